/**
 * One issue of the panel: severity, where (path, line and column), what (message), why and what
 * to do (hint), the spec clause it comes from, a provisional mark for reconstructed definitions,
 * and its quick fix. Clicking it selects the field in every view.
 */
import BuildIcon from '@mui/icons-material/Build';
import ErrorIcon from '@mui/icons-material/Error';
import InfoIcon from '@mui/icons-material/Info';
import WarningIcon from '@mui/icons-material/Warning';
import { Box, Button, ButtonBase, Chip, Stack, Typography } from '@mui/material';
import { Fragment, memo } from 'react';
import type { Issue } from '../../../../shared/issues/issue';
import { useI18n } from '../../../i18n/I18nProvider';

const ICONS = { error: ErrorIcon, warning: WarningIcon, info: InfoIcon } as const;

/** A path that wraps between its segments (after a dot, before an index), not inside a field name. */
export function WrappingPath({ path }: { path: string }) {
  const parts = path.split(/(?<=\.)|(?=\[)/);
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {p}
        </Fragment>
      ))}
    </>
  );
}

/** "dossier.md §5 4": where in the reference an issue's rule comes from. */
export function specRefText(issue: Issue): string | undefined {
  const r = issue.specRef;
  return r ? `${r.file} ${r.section}${r.row ? ` ${r.row}` : ''}` : undefined;
}

export interface IssueItemProps {
  issue: Issue;
  current: boolean;
  onSelect(issue: Issue): void;
  onFix(issue: Issue): void;
}

/** The content of an issue's list item (memoised: the panel re-renders often while typing). */
export const IssueItem = memo(function IssueItem({ issue, current, onSelect, onFix }: IssueItemProps) {
  const { t, tl } = useI18n();
  const Icon = ICONS[issue.severity];
  const ref = specRefText(issue);
  return (
    <Box data-issue-code={issue.code} sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: current ? 'action.selected' : undefined }}>
      <ButtonBase
        onClick={() => onSelect(issue)}
        sx={{ display: 'block', width: '100%', textAlign: 'left', px: 1.5, py: 1, '&:hover': { bgcolor: 'action.hover' }, '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 } }}
      >
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <Icon fontSize="small" color={issue.severity} titleAccess={t(`severity.${issue.severity}`)} sx={{ mt: 0.25 }} />
          <Box sx={{ minWidth: 0, flex: 1 }}>
            <Typography variant="body2" component="div" sx={{ fontFamily: 'monospace', wordBreak: 'normal', overflowWrap: 'anywhere' }}>
              {issue.path ? <WrappingPath path={issue.path} /> : t('doc.wholeDocument')}
              {issue.range && (
                <Typography component="span" variant="caption" color="text.secondary" sx={{ fontFamily: 'inherit', ml: 1 }}>
                  {t('doc.where', { line: issue.range.line, column: issue.range.column })}
                </Typography>
              )}
            </Typography>
            <Typography variant="body2" component="div">
              {tl(issue.message)}
            </Typography>
            {issue.hint && (
              <Typography variant="caption" component="div" color="text.secondary">
                {tl(issue.hint)}
              </Typography>
            )}
            <Stack direction="row" spacing={1} sx={{ mt: 0.25, alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
                {issue.code}
              </Typography>
              {ref && (
                <Typography variant="caption" color="text.secondary">
                  {t('issues.specRef', { ref })}
                </Typography>
              )}
              {issue.provisional && <Chip size="small" variant="outlined" color="warning" label={t('issues.provisional')} />}
            </Stack>
          </Box>
        </Stack>
      </ButtonBase>
      {issue.fix && (
        <Box sx={{ px: 1.5, pb: 1, pl: 5 }}>
          <Button size="small" variant="outlined" startIcon={<BuildIcon fontSize="small" />} onClick={() => onFix(issue)}>
            {t('issues.fixButton', { title: tl(issue.fix.title) })}
          </Button>
        </Box>
      )}
    </Box>
  );
});
