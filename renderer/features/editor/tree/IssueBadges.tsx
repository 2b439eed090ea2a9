/**
 * Error and warning counts as two small pills (issue 4 §1 "error and warning badges rolled up to
 * records"), read by screen readers as "2 lỗi, 1 cảnh báo". Nothing is shown for zero.
 */
import { Box } from '@mui/material';
import type { IssueCounts } from '../../../../shared/document/issueIndex';
import { useI18n } from '../../../i18n/I18nProvider';
import { issueCountsText } from '../../../i18n/format';
import { SR_ONLY } from './srOnly';

/** The badges of one node or record. */
export function IssueBadges({ counts }: { counts: IssueCounts }) {
  const { lang } = useI18n();
  if (!counts.error && !counts.warning) return null;
  const pill = (n: number, color: 'error' | 'warning') =>
    n > 0 && (
      <Box
        component="span"
        aria-hidden
        sx={{
          px: 0.75,
          minWidth: 20,
          height: 18,
          lineHeight: '18px',
          borderRadius: 9,
          fontSize: 11,
          fontWeight: 700,
          textAlign: 'center',
          bgcolor: `${color}.main`,
          color: `${color}.contrastText`,
        }}
      >
        {n > 999 ? '999+' : n}
      </Box>
    );
  return (
    <Box component="span" sx={{ display: 'inline-flex', gap: 0.5, ml: 1, flexShrink: 0, alignItems: 'center' }}>
      {pill(counts.error, 'error')}
      {pill(counts.warning, 'warning')}
      <span style={SR_ONLY}>{issueCountsText(counts, lang)}</span>
    </Box>
  );
}
