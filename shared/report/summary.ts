/**
 * The batch summary of the triage view: how many files, records and issues, and the issues
 * grouped by rule code, by agency, by kind and by service, most frequent first.
 */
import type { Severity } from '../issues/issue';
import { issueRows, type IssueRow } from './rows';
import type { ReportEntry, ReportOptions } from './types';

export interface GroupCount {
  key: string;
  /** Issues in the group, all severities. */
  count: number;
  bySeverity: Record<Severity, number>;
  /** Distinct files with at least one issue of the group. */
  files: number;
}

export interface BatchSummary {
  files: number;
  filesValid: number;
  /** Files that are not JSON. */
  filesUnreadable: number;
  records: number;
  issues: Record<Severity, number>;
  byCode: GroupCount[];
  byAgency: GroupCount[];
  byKind: GroupCount[];
  byService: GroupCount[];
  /** Profiles used (id@version), so the summary says under which rules it was made. */
  profiles: string[];
}

function group(rows: readonly IssueRow[], key: (r: IssueRow) => string): GroupCount[] {
  const map = new Map<string, { count: number; bySeverity: Record<Severity, number>; files: Set<string> }>();
  for (const r of rows) {
    const k = key(r);
    let g = map.get(k);
    if (!g) map.set(k, (g = { count: 0, bySeverity: { error: 0, warning: 0, info: 0 }, files: new Set() }));
    g.count++;
    g.bySeverity[r.severity]++;
    g.files.add(r.file);
  }
  return [...map.entries()]
    .map(([k, g]) => ({ key: k, count: g.count, bySeverity: g.bySeverity, files: g.files.size }))
    .sort((a, b) => b.bySeverity.error - a.bySeverity.error || b.count - a.count || a.key.localeCompare(b.key));
}

/** Summarises a batch (masked when the options carry a masker: agencies and file names pass through it). */
export function summarize(entries: readonly ReportEntry[], options: Pick<ReportOptions, 'masker'> = {}): BatchSummary {
  const rows = issueRows(entries, options);
  const issues = { error: 0, warning: 0, info: 0 };
  for (const r of rows) issues[r.severity]++;
  return {
    files: entries.length,
    filesValid: entries.filter((e) => e.report.valid).length,
    filesUnreadable: entries.filter((e) => e.report.syntax).length,
    records: entries.reduce((n, e) => n + e.report.recordCount, 0),
    issues,
    byCode: group(rows, (r) => r.code),
    byAgency: group(rows, (r) => r.agency),
    byKind: group(rows, (r) => r.kind),
    byService: group(rows, (r) => r.service),
    profiles: [...new Set(entries.map((e) => `${e.report.profile.id}@${e.report.profile.version}`))],
  };
}
