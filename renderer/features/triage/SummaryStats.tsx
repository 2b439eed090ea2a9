/**
 * The batch in numbers: files, valid, unreadable, records, errors, warnings — each a labelled
 * group, so a screen reader (and a test) reads "Lỗi 12".
 */
import { Box, Paper, Typography } from '@mui/material';
import type { BatchSummary } from '../../../shared/report/summary';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/I18nProvider';

const STATS: { key: MessageKey; value: (s: BatchSummary) => number; color?: string }[] = [
  { key: 'triage.files', value: (s) => s.files },
  { key: 'triage.filesValid', value: (s) => s.filesValid, color: 'success.main' },
  { key: 'triage.filesUnreadable', value: (s) => s.filesUnreadable },
  { key: 'triage.records', value: (s) => s.records },
  { key: 'triage.errors', value: (s) => s.issues.error, color: 'error.main' },
  { key: 'triage.warnings', value: (s) => s.issues.warning, color: 'warning.main' },
];

/** The numbers. */
export function SummaryStats({ summary }: { summary: BatchSummary }) {
  const { t } = useI18n();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(120px, 1fr))', gap: 1 }}>
      {STATS.map((s) => (
        <Paper key={s.key} variant="outlined" role="group" aria-label={t(s.key)} sx={{ px: 1.5, py: 1 }}>
          <Typography variant="caption" color="text.secondary" aria-hidden>
            {t(s.key)}
          </Typography>
          <Typography variant="h5" component="p" sx={{ color: s.value(summary) > 0 ? s.color : undefined, fontVariantNumeric: 'tabular-nums' }}>
            {s.value(summary)}
          </Typography>
        </Paper>
      ))}
    </Box>
  );
}
