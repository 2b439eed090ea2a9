/**
 * The issues panel's grouping (issue 4 §3 "grouped by record and by rule, filter by severity"):
 * per record (the envelope's issues first), or per rule code (the most frequent first, the way a
 * helpdesk officer triages a batch: "which fault, how often"). Within a group, document order.
 */
import type { Issue, Severity } from '../issues/issue';

export type IssueGrouping = 'record' | 'rule';

export interface IssueGroup {
  /** Stable key: `record:3`, `record:-` (outside every record), `rule:dossier.deadline-before-receipt`. */
  key: string;
  /** The record index, for record groups (undefined: the envelope / whole document). */
  record?: number;
  /** The rule code, for rule groups. */
  code?: string;
  issues: Issue[];
  counts: Record<Severity, number>;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Groups the issues of the chosen severities. */
export function groupIssues(issues: readonly Issue[], by: IssueGrouping, severities: ReadonlySet<Severity>): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    if (!severities.has(issue.severity)) continue;
    const key = by === 'record' ? `record:${issue.record ?? '-'}` : `rule:${issue.code}`;
    let g = groups.get(key);
    if (!g) {
      g = by === 'record' ? { key, record: issue.record, issues: [], counts: { error: 0, warning: 0, info: 0 } } : { key, code: issue.code, issues: [], counts: { error: 0, warning: 0, info: 0 } };
      groups.set(key, g);
    }
    g.issues.push(issue);
    g.counts[issue.severity]++;
  }
  const list = [...groups.values()];
  if (by === 'record') return list.sort((a, b) => (a.record ?? -1) - (b.record ?? -1));
  // Rules: the worst severity first, then the most frequent, then by code.
  const worst = (g: IssueGroup) => Math.min(...g.issues.map((i) => RANK[i.severity]));
  return list.sort((a, b) => worst(a) - worst(b) || b.issues.length - a.issues.length || a.code!.localeCompare(b.code!));
}

/** The position of the next (or previous) issue after `current` in a flat list, wrapping around. */
export function stepIssue(count: number, current: number | undefined, direction: 1 | -1): number | undefined {
  if (count === 0) return undefined;
  if (current === undefined || current < 0 || current >= count) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}
