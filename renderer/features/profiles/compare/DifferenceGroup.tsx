/**
 * One group of a profile comparison — new under B, gone under B, or severity changed — as a
 * headed list of clickable issues: path (with line and column), severity (A → B for a change),
 * message, code and spec reference. A long group shows its first MAX_SHOWN items and says how
 * the command line lists them all.
 */
import { List, ListItem, ListItemButton, Typography } from '@mui/material';
import { useId } from 'react';
import type { Issue } from '../../../../shared/issues/issue';
import type { ReportComparison } from '../../../../shared/validate/compareReports';
import { useI18n } from '../../../i18n/I18nProvider';
import { issueSpecRef, WrappingPath } from '../../editor/issues/IssueItem';
import { MONO } from '../../../theme/fonts';

/** Items shown per group: enough to read, few enough that a 100,000-record comparison stays responsive. */
export const MAX_SHOWN = 300;

export type DifferenceKind = 'added' | 'gone' | 'changed';

interface Row {
  /** The issue a click selects: B's, or A's for an issue gone under B. */
  issue: Issue;
  severity: string;
}

export interface DifferenceGroupProps {
  kind: DifferenceKind;
  comparison: ReportComparison;
  onSelect(issue: Issue): void;
}

/** A group of differences; nothing when it is empty. */
export function DifferenceGroup({ kind, comparison, onSelect }: DifferenceGroupProps) {
  const { t, tl } = useI18n();
  const headingId = useId();
  const severity = (i: Issue) => t(`severity.${i.severity}`);
  const rows: Row[] =
    kind === 'added'
      ? comparison.onlyB.map((i) => ({ issue: i, severity: severity(i) }))
      : kind === 'gone'
        ? comparison.onlyA.map((i) => ({ issue: i, severity: severity(i) }))
        : comparison.changed.map((c) => ({ issue: c.b, severity: t('profileCompare.severityMove', { a: severity(c.a), b: severity(c.b) }) }));
  if (rows.length === 0) return null;
  const shown = rows.slice(0, MAX_SHOWN);
  return (
    <section aria-labelledby={headingId} data-group={kind}>
      <Typography id={headingId} variant="subtitle2" component="h3" sx={{ mt: 2 }}>
        {t(`profileCompare.${kind}`, { n: rows.length })}
      </Typography>
      <List dense aria-labelledby={headingId} disablePadding>
        {shown.map(({ issue, severity: sev }, index) => {
          const ref = issueSpecRef(issue, t('tree.specRow'));
          return (
            <ListItem key={index} disablePadding divider data-issue-code={issue.code}>
              <ListItemButton onClick={() => onSelect(issue)} sx={{ display: 'block' }}>
                <Typography variant="body2" component="span" sx={{ display: 'block', fontFamily: MONO, overflowWrap: 'anywhere' }}>
                  {issue.path ? <WrappingPath path={issue.path} /> : t('doc.wholeDocument')}
                  {issue.range && (
                    <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                      {t('doc.where', { line: issue.range.line, column: issue.range.column })}
                    </Typography>
                  )}
                </Typography>
                <Typography variant="body2" component="span" sx={{ display: 'block' }}>
                  <strong>{sev}</strong> — {tl(issue.message)}
                </Typography>
                <Typography variant="caption" component="span" color="text.secondary" sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
                  <span style={{ fontFamily: MONO }}>{issue.code}</span>
                  {ref && <span>{t('issues.specRef', { ref })}</span>}
                </Typography>
              </ListItemButton>
            </ListItem>
          );
        })}
      </List>
      {rows.length > shown.length && (
        <Typography variant="caption" color="text.secondary" role="note">
          {t('profileCompare.more', { shown: shown.length, n: rows.length, a: comparison.a.profile.id, b: comparison.b.profile.id })}
        </Typography>
      )}
    </section>
  );
}
