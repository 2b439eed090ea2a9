/**
 * One issue of the panel: severity, where (path, line and column), what (message), why and what
 * to do (hint), the spec clause it comes from, a provisional mark for reconstructed definitions,
 * and its quick fix. Clicking it selects the field in every view. Rows are plain elements styled
 * once by class (not per row), so scrolling through thousands of issues stays light.
 */
import BuildIcon from '@mui/icons-material/Build';
import ErrorIcon from '@mui/icons-material/Error';
import InfoIcon from '@mui/icons-material/Info';
import WarningIcon from '@mui/icons-material/Warning';
import { Button } from '@mui/material';
import { styled } from '@mui/material/styles';
import { Fragment, memo } from 'react';
import type { Issue } from '../../../../shared/issues/issue';
import { useI18n } from '../../../i18n/I18nProvider';
import { specRefText as fieldSpecRefText } from '../tree/describe';
import { MONO } from '../../../theme/fonts';

const ICONS = { error: ErrorIcon, warning: WarningIcon, info: InfoIcon } as const;

const Row = styled('div')(({ theme }) => ({
  borderBottom: `1px solid ${theme.palette.divider}`,
  '&[data-current="true"]': { backgroundColor: theme.palette.action.selected },
  '& .qi-main': {
    display: 'flex',
    gap: theme.spacing(1),
    alignItems: 'flex-start',
    width: '100%',
    textAlign: 'left',
    padding: theme.spacing(1, 1.5),
    border: 0,
    background: 'none',
    color: 'inherit',
    font: 'inherit',
    cursor: 'pointer',
  },
  '& .qi-main:hover': { backgroundColor: theme.palette.action.hover },
  '& .qi-main:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: -2 },
  '& .qi-body': { minWidth: 0, flex: 1 },
  '& .qi-path': { ...theme.typography.body2, fontFamily: MONO, overflowWrap: 'anywhere' },
  '& .qi-pos, & .qi-meta, & .qi-hint': { ...theme.typography.caption, color: theme.palette.text.secondary },
  '& .qi-pos': { fontFamily: MONO, marginLeft: theme.spacing(1) },
  '& .qi-msg': theme.typography.body2,
  '& .qi-meta': { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(1), marginTop: 2, alignItems: 'center' },
  '& .qi-code': { fontFamily: MONO },
  '& .qi-provisional': { border: `1px solid ${theme.palette.warning.main}`, color: theme.palette.warning.main, borderRadius: 10, padding: '0 6px' },
  '& .qi-fix': { padding: theme.spacing(0, 1.5, 1, 5) },
  '& .qi-icon': { marginTop: 2, flexShrink: 0 },
}));

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

/**
 * "dossier.md §5 mục 4": where in the reference an issue's rule comes from, worded as the form's
 * field labels and the command line word it (a bare "§2.1 37" read like a line number).
 */
export function issueSpecRef(issue: Issue, rowWord: string): string | undefined {
  return issue.specRef ? fieldSpecRefText(issue.specRef, rowWord) : undefined;
}

export interface IssueItemProps {
  issue: Issue;
  current: boolean;
  onSelect(issue: Issue): void;
  /** Opens the fix's preview; absent when the document cannot be changed (large-file mode). */
  onFix?(issue: Issue): void;
}

/** The content of an issue's list item (memoised: the panel re-renders often while typing). */
export const IssueItem = memo(function IssueItem({ issue, current, onSelect, onFix }: IssueItemProps) {
  const { t, tl } = useI18n();
  const Icon = ICONS[issue.severity];
  const ref = issueSpecRef(issue, t('tree.specRow'));
  return (
    <Row data-issue-code={issue.code} data-current={current}>
      <button type="button" className="qi-main" onClick={() => onSelect(issue)}>
        <Icon fontSize="small" color={issue.severity} titleAccess={t(`severity.${issue.severity}`)} className="qi-icon" />
        <span className="qi-body">
          <span className="qi-path" style={{ display: 'block' }}>
            {issue.path ? <WrappingPath path={issue.path} /> : t('doc.wholeDocument')}
            {issue.range && <span className="qi-pos">{t('doc.where', { line: issue.range.line, column: issue.range.column })}</span>}
          </span>
          <span className="qi-msg" style={{ display: 'block' }}>
            {tl(issue.message)}
          </span>
          {issue.hint && (
            <span className="qi-hint" style={{ display: 'block' }}>
              {tl(issue.hint)}
            </span>
          )}
          <span className="qi-meta">
            <span className="qi-code">{issue.code}</span>
            {ref && <span>{t('issues.specRef', { ref })}</span>}
            {issue.provisional && <span className="qi-provisional">{t('issues.provisional')}</span>}
          </span>
        </span>
      </button>
      {issue.fix && onFix && (
        <div className="qi-fix">
          <Button size="small" variant="outlined" startIcon={<BuildIcon fontSize="small" />} onClick={() => onFix(issue)}>
            {t('issues.fixButton', { title: tl(issue.fix.title) })}
          </Button>
        </div>
      )}
    </Row>
  );
});
