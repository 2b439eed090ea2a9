/**
 * A document being read or validated: progress (when known) and a Cancel button that works at once.
 */
import { Box, Button, LinearProgress, Paper, Typography } from '@mui/material';
import { useI18n } from '../../i18n/I18nProvider';
import type { BusyState } from './documentModel';

/** The progress panel. */
export function BusyPanel({ busy }: { busy: BusyState }) {
  const { t } = useI18n();
  const percent = busy.progress === null ? null : Math.round(busy.progress * 100);
  const label = busy.stage === 'reading' ? t('loading.reading', { name: busy.name }) : t('loading.validating', { name: busy.name });
  return (
    <Paper variant="outlined" component="section" aria-label={label} sx={{ p: 3 }}>
      <Typography gutterBottom>
        {label}
        {percent !== null ? ` ${percent}%` : ''}
      </Typography>
      <LinearProgress
        variant={percent === null ? 'indeterminate' : 'determinate'}
        value={percent ?? undefined}
        aria-label={label}
      />
      <Box sx={{ mt: 2 }}>
        <Button onClick={busy.cancel}>{t('action.cancel')}</Button>
      </Box>
    </Paper>
  );
}
