/**
 * The issues panel (issue 4 §3): every issue of the latest report as a list (virtualised, so a
 * batch with 100,000 issues scrolls), grouped by record or by rule, filtered by severity, with
 * counts; F8 / Shift+F8 walk it; clicking an issue selects its field in every view, and a field
 * selected in another view (tree, form, JSON cursor) highlights its issue here; issues with a
 * quick fix offer it with a preview.
 */
import { Box, LinearProgress, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { groupIssues, stepIssue, type IssueGroup, type IssueGrouping } from '../../../../shared/document/issueGroups';
import { formatPath, type Issue, type Severity } from '../../../../shared/issues/issue';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatNumber, issueCountsText } from '../../../i18n/format';
import { registerCommandHandlers } from '../commands/bus';
import { useEditorStore, useProgress } from '../model/EditorContext';
import type { EditorDocument } from '../model/types';
import { markIssuesComplete } from '../large/benchMarks';
import { IssueItem } from './IssueItem';
import { GroupHeader } from './GroupHeader';

type Row = { kind: 'group'; group: IssueGroup; collapsed: boolean } | { kind: 'issue'; issue: Issue; position: number };

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** Identity of an issue across reports (the objects change with every validation). */
const issueKey = (i: Issue) => `${i.code}|${i.path}`;

export interface IssuesPanelProps {
  doc: EditorDocument;
  onFix(issue: Issue): void;
}

/** The issues panel of a document. */
export function IssuesPanel({ doc, onFix }: IssuesPanelProps) {
  const store = useEditorStore();
  const { t, lang } = useI18n();
  const [grouping, setGrouping] = useState<IssueGrouping>('record');
  const [shown, setShown] = useState<Severity[]>(SEVERITIES);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [currentKey, setCurrentKey] = useState<string>();
  const scroller = useRef<HTMLDivElement>(null);
  const report = doc.report;
  const progress = useProgress(doc.id);
  const issues = useMemo(() => report?.issues ?? [], [report]);

  const groups = useMemo(() => groupIssues(issues, grouping, new Set(shown)), [issues, grouping, shown]);
  const { rows, flat } = useMemo(() => {
    const rows: Row[] = [];
    const flat: { issue: Issue; row: number }[] = [];
    // One group (a single record, a single rule) needs no header.
    const headers = groups.length > 1;
    for (const group of groups) {
      const isCollapsed = collapsed.has(group.key);
      if (headers) rows.push({ kind: 'group', group, collapsed: isCollapsed });
      if (headers && isCollapsed) continue;
      for (const issue of group.issues) {
        flat.push({ issue, row: rows.length });
        rows.push({ kind: 'issue', issue, position: flat.length - 1 });
      }
    }
    return { rows, flat };
  }, [groups, collapsed]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]?.kind === 'group' ? 40 : 88),
    overscan: 8,
    // Rows can be shown before the list is measured (first paint; tests without layout).
    initialRect: { width: 440, height: 600 },
    // Scrolling re-renders rows in React's own time, not in a forced synchronous render per frame.
    useFlushSync: false,
    getItemKey: (i) => {
      const r = rows[i];
      return r.kind === 'group' ? r.group.key : `${issueKey(r.issue)}#${r.position}`;
    },
  });

  const select = useCallback(
    (issue: Issue) => {
      setCurrentKey(issueKey(issue));
      store.select(issue.segments, 'issues', issue, doc.id);
    },
    [store, doc.id],
  );

  // F8 / Shift+F8 and the quick fix of the current issue, while the panel is on screen.
  const currentPos = currentKey === undefined ? undefined : flat.findIndex((f) => issueKey(f.issue) === currentKey);
  useEffect(() => {
    const step = (direction: 1 | -1) => {
      const next = stepIssue(flat.length, currentPos === -1 ? undefined : currentPos, direction);
      if (next === undefined) return false;
      select(flat[next].issue);
      virtualizer.scrollToIndex(flat[next].row, { align: 'auto' });
    };
    return registerCommandHandlers({
      nextIssue: () => step(1),
      previousIssue: () => step(-1),
      quickFix: () => {
        const current = currentPos !== undefined && currentPos >= 0 ? flat[currentPos]?.issue : undefined;
        const target = current?.fix ? current : flat.find((f) => f.issue.fix)?.issue;
        if (!target || doc.readOnly) return false;
        onFix(target);
      },
    });
  }, [flat, currentPos, select, virtualizer, onFix, doc.readOnly]);

  // Follow a selection made elsewhere: the issue at the selected path becomes the current one
  // (highlighted, scrolled into view, where F8 continues from); a path without issues clears it.
  const selection = doc.selection;
  useEffect(() => {
    if (!selection || selection.source === 'issues') return;
    const at = formatPath(selection.path);
    const found = flat.findIndex((f) => f.issue.path === at);
    setCurrentKey(found >= 0 ? issueKey(flat[found].issue) : undefined);
    if (found >= 0) virtualizer.scrollToIndex(flat[found].row, { align: 'auto' });
    // Only a new selection moves the panel, not a new report or filter.
  }, [selection?.seq]);

  const reportCurrent = report && !doc.validating;
  useEffect(() => {
    if (reportCurrent) markIssuesComplete(doc.id);
  }, [reportCurrent, doc.id]);

  const counts = report?.counts ?? { error: 0, warning: 0, info: 0 };
  const toggleGroup = (key: string) =>
    setCollapsed((c) => {
      const next = new Set(c);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <Box component="section" aria-labelledby="issues-panel-title" sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1 }}>
      <Box sx={{ px: 1.5, pt: 1, pb: 0.5, borderBottom: 1, borderColor: 'divider' }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
          <Typography id="issues-panel-title" variant="subtitle1" component="h2">
            {t('doc.issuesTitle')}
          </Typography>
          <Typography variant="body2" color="text.secondary" data-testid="issues-panel-counts">
            {report ? `${issueCountsText(counts, lang)}, ${t('count.infos', { n: formatNumber(counts.info, lang), count: counts.info })}` : t('status.validating')}
          </Typography>
        </Stack>
        <Stack direction="row" spacing={1} sx={{ mt: 0.5, flexWrap: 'wrap', rowGap: 0.5 }}>
          <ToggleButtonGroup
            size="small"
            value={shown}
            aria-label={t('issues.filter')}
            onChange={(_e, value: Severity[]) => value.length > 0 && setShown(value)}
          >
            {SEVERITIES.map((s) => (
              <ToggleButton key={s} value={s} sx={{ py: 0.25, textTransform: 'none' }}>
                {`${t(`severity.${s}Plural`)} ${formatNumber(counts[s], lang)}`}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          <ToggleButtonGroup size="small" exclusive value={grouping} aria-label={t('issues.groupBy')} onChange={(_e, v: IssueGrouping | null) => v && setGrouping(v)}>
            <ToggleButton value="record" sx={{ py: 0.25, textTransform: 'none' }}>
              {t('issues.byRecord')}
            </ToggleButton>
            <ToggleButton value="rule" sx={{ py: 0.25, textTransform: 'none' }}>
              {t('issues.byRule')}
            </ToggleButton>
          </ToggleButtonGroup>
        </Stack>
      </Box>
      {doc.validating && <LinearProgress aria-label={t('status.validating')} variant={progress != null ? 'determinate' : 'indeterminate'} value={progress != null ? progress * 100 : undefined} />}
      <Box ref={scroller} sx={{ flex: 1, overflow: 'auto', minHeight: 120 }}>
        {report && rows.length === 0 ? (
          <Typography color="text.secondary" sx={{ p: 2 }}>
            {issues.length === 0 ? t('doc.noIssues') : t('issues.allFiltered')}
          </Typography>
        ) : (
          <Box component="ul" role="list" aria-labelledby="issues-panel-title" sx={{ m: 0, p: 0, position: 'relative', height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((v) => {
              const row = rows[v.index];
              return (
                <li
                  key={v.key}
                  data-index={v.index}
                  ref={virtualizer.measureElement}
                  aria-current={row.kind === 'issue' && issueKey(row.issue) === currentKey ? 'true' : undefined}
                  style={{ listStyle: 'none', position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${v.start}px)` }}
                >
                  {row.kind === 'group' ? (
                    <GroupHeader group={row.group} collapsed={row.collapsed} onToggle={() => toggleGroup(row.group.key)} layout={doc.layout} />
                  ) : (
                    <IssueItem issue={row.issue} current={issueKey(row.issue) === currentKey} onSelect={select} onFix={doc.readOnly ? undefined : onFix} />
                  )}
                </li>
              );
            })}
          </Box>
        )}
      </Box>
    </Box>
  );
}
