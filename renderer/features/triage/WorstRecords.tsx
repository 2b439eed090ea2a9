/**
 * "Fix the worst record" (issue 6 "Done means"): the records of the batch with the most errors,
 * each opening in the editor at its first error.
 */
import { Box, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import type { WorstRecord } from '../../../shared/ipc/helpdesk';
import { useI18n } from '../../i18n/I18nProvider';
import { MONO } from '../../theme/fonts';

export interface WorstRecordsProps {
  worst: readonly WorstRecord[];
  onOpen(w: WorstRecord): void;
}

/** The list. */
export function WorstRecords({ worst, onOpen }: WorstRecordsProps) {
  const { t } = useI18n();
  if (worst.length === 0) return null;
  return (
    <Box component="section" aria-labelledby="worst-title">
      <Typography id="worst-title" variant="subtitle2">
        {t('triage.worstTitle')}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {t('triage.worstHelp')}
      </Typography>
      <List dense aria-labelledby="worst-title" sx={{ maxHeight: 300, overflow: 'auto' }}>
        {worst.map((w) => (
          <ListItemButton key={`${w.fileId}:${w.record}`} onClick={() => onOpen(w)} aria-label={`${t('hd.openRecord')}: ${w.name} ${w.path}`}>
            <ListItemText
              primary={
                <Box component="span" sx={{ fontFamily: MONO, fontSize: 12 }}>
                  {w.name} · {w.path}
                  {w.maHoSo ? ` · ${w.maHoSo}` : ''}
                </Box>
              }
              secondary={`${t('triage.errors')}: ${w.errors} · ${t('triage.warnings')}: ${w.warnings}${w.agency ? ` · ${w.agency}` : ''}`}
            />
          </ListItemButton>
        ))}
      </List>
    </Box>
  );
}
