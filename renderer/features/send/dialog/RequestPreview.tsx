/**
 * "What will be sent": every request of the plan with its URL, its isUpdating, its dossier
 * numbers and its exact body, the session shown as a placeholder (PEERS.md §2.1: validate and
 * show before sending, never after).
 */
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Accordion, AccordionDetails, AccordionSummary, Box, Chip, Stack, Typography } from '@mui/material';
import type { SendPreview } from '../../../../shared/portal/result';
import { useI18n } from '../../../i18n/I18nProvider';
import { JsonBlock } from '../JsonBlock';
import { MONO } from '../../../theme/fonts';

/** Requests past this many are summarised, so a 10,000-record batch does not render 1,000 bodies. */
const SHOWN = 30;

/** The list of planned requests. */
export function RequestPreview({ preview }: { preview: SendPreview }) {
  const { t } = useI18n();
  const total = preview.requests.length;
  return (
    <Box component="section" aria-labelledby="send-preview-title">
      <Typography id="send-preview-title" variant="subtitle2" component="h3" sx={{ mt: 1 }}>
        {t('send.dialog.preview')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('send.dialog.previewHelp')}
      </Typography>
      {preview.requests.slice(0, SHOWN).map((r) => (
        <Accordion key={r.index} disableGutters defaultExpanded={total === 1} slotProps={{ transition: { unmountOnExit: true } }}>
          <AccordionSummary expandIcon={<ExpandMoreIcon />}>
            <Stack spacing={0.5}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {t('send.dialog.request', { n: r.index + 1, total, service: preview.service ?? '', records: r.recordIndexes.length, count: r.recordIndexes.length })}
              </Typography>
              <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', alignItems: 'center' }} useFlexGap>
                <Typography variant="caption" sx={{ fontFamily: MONO }}>
                  {t('send.dialog.requestUrl', { url: r.url })}
                </Typography>
                {r.isUpdating && <Chip size="small" variant="outlined" label={`isUpdating ${r.isUpdating === 'auto' ? 'auto' : `"${r.isUpdating}"`}`} />}
                {r.maHoSo.slice(0, 3).map((m) => (
                  <Chip key={m} size="small" label={m} />
                ))}
                {r.maHoSo.length > 3 && <Chip size="small" label={`+${r.maHoSo.length - 3}`} />}
              </Stack>
            </Stack>
          </AccordionSummary>
          <AccordionDetails>
            <JsonBlock value={r.body} label={t('send.dialog.request', { n: r.index + 1, total, service: preview.service ?? '', records: r.recordIndexes.length, count: r.recordIndexes.length })} />
          </AccordionDetails>
        </Accordion>
      ))}
      {total > SHOWN && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('send.dialog.moreRequests', { n: total - SHOWN })}
        </Typography>
      )}
    </Box>
  );
}
