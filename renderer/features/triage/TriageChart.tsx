/**
 * The triage chart (issue 6 §2): the rules broken most often as horizontal bars, each split into
 * errors, warnings and infos in the theme's colours, with the count at the end. Plain SVG (no
 * chart library); the figure has a text description and every bar its own title, and clicking a
 * bar chooses that rule's group.
 */
import { Box, Typography, useTheme } from '@mui/material';
import type { GroupCount } from '../../../shared/report/summary';
import { useI18n } from '../../i18n/I18nProvider';
import { ruleTitle } from './labels';
import { MONO } from '../../theme/fonts';

export interface TriageChartProps {
  groups: readonly GroupCount[];
  /** How many bars at most. */
  limit?: number;
  onPick?(key: string): void;
}

const ROW = 26;
const LABEL = 300;
const WIDTH = 700;
const COUNT = 56;

/** The chart. */
export function TriageChart({ groups, limit = 10, onPick }: TriageChartProps) {
  const { t, tl } = useI18n();
  const theme = useTheme();
  const shown = groups.slice(0, limit);
  const max = Math.max(1, ...shown.map((g) => g.count));
  const bar = WIDTH - LABEL - COUNT;
  const height = shown.length * ROW + 4;
  const colors = { error: theme.palette.error.main, warning: theme.palette.warning.main, info: theme.palette.info.main };
  const description = t('triage.chartLabel', { count: shown.length });
  return (
    <Box component="figure" sx={{ m: 0 }}>
      <Typography component="figcaption" variant="subtitle2" sx={{ mb: 0.5 }}>
        {t('triage.chartTitle')}
      </Typography>
      {shown.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('triage.noIssues')}
        </Typography>
      ) : (
        <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={description} style={{ maxHeight: height * 1.4, display: 'block' }}>
          {shown.map((g, i) => {
            const y = i * ROW + 2;
            let x = LABEL;
            const title = ruleTitle(g.key);
            const parts = (['error', 'warning', 'info'] as const).map((sev) => {
              const w = (g.bySeverity[sev] / max) * bar;
              const rect = w > 0 ? <rect key={sev} x={x} y={y + 4} width={Math.max(1, w)} height={ROW - 10} fill={colors[sev]} rx={2} /> : null;
              x += w;
              return rect;
            });
            return (
              <g key={g.key} style={{ cursor: onPick ? 'pointer' : undefined }} onClick={() => onPick?.(g.key)}>
                <title>{`${g.key}${title ? ` — ${tl(title)}` : ''}: ${g.count} (${t('triage.errors')} ${g.bySeverity.error}, ${t('triage.warnings')} ${g.bySeverity.warning}, ${t('triage.infos')} ${g.bySeverity.info})`}</title>
                <text x={LABEL - 8} y={y + ROW / 2 + 2} textAnchor="end" fontSize={11} fontFamily={MONO} fill={theme.palette.text.primary}>
                  {g.key.length > 38 ? `${g.key.slice(0, 37)}…` : g.key || t('hd.unknown')}
                </text>
                {parts}
                <text x={x + 6} y={y + ROW / 2 + 2} fontSize={12} fill={theme.palette.text.secondary}>
                  {g.count}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <Box sx={{ display: 'flex', gap: 2, mt: 0.5 }} aria-hidden>
        {(['error', 'warning', 'info'] as const).map((sev) => (
          <Box key={sev} sx={{ display: 'flex', alignItems: 'center', gap: 0.5, fontSize: 12, color: 'text.secondary' }}>
            <Box sx={{ width: 10, height: 10, bgcolor: colors[sev], borderRadius: 0.5 }} />
            {t(sev === 'error' ? 'triage.errors' : sev === 'warning' ? 'triage.warnings' : 'triage.infos')}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
