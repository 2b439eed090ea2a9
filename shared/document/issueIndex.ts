/**
 * The issues of a report indexed by path, so every view can ask "what is wrong here?" cheaply:
 * the form shows the issues of one field under it, the tree rolls counts up to records and
 * nested lists (issue 4 §1 "error and warning badges rolled up to records"), the JSON view finds
 * the issue under the cursor. Built once per report, never per render.
 */
import { formatPath, type Issue, type PathSegment, type Severity } from '../issues/issue';

export type IssueCounts = Record<Severity, number>;

const ZERO: IssueCounts = Object.freeze({ error: 0, warning: 0, info: 0 });

function keyOf(path: string | readonly PathSegment[]): string {
  return typeof path === 'string' ? path : formatPath(path);
}

/** A read-only index of one list of issues. */
export class IssueIndex {
  /** Issue positions (into `issues`) exactly at a path. */
  private readonly exact = new Map<string, number[]>();
  /** Issue positions at a path or anywhere below it. */
  private readonly below = new Map<string, number[]>();
  private readonly countsBelow = new Map<string, IssueCounts>();
  private readonly perRecord = new Map<number, number[]>();

  constructor(readonly issues: readonly Issue[]) {
    issues.forEach((issue, i) => {
      push(this.exact, issue.path, i);
      // Every prefix of the path, the whole document ("") first.
      let key = '';
      this.addBelow(key, i, issue.severity);
      for (const seg of issue.segments) {
        key = typeof seg === 'number' ? `${key}[${seg}]` : key === '' ? seg : `${key}.${seg}`;
        this.addBelow(key, i, issue.severity);
      }
      if (issue.record !== undefined) push(this.perRecord, issue.record, i);
    });
  }

  private addBelow(key: string, i: number, severity: Severity): void {
    push(this.below, key, i);
    let c = this.countsBelow.get(key);
    if (!c) this.countsBelow.set(key, (c = { error: 0, warning: 0, info: 0 }));
    c[severity]++;
  }

  /** Issues whose path is exactly this one (for a field: its own issues). */
  at(path: string | readonly PathSegment[]): Issue[] {
    return (this.exact.get(keyOf(path)) ?? []).map((i) => this.issues[i]);
  }

  /** Issues at this path or below it (for a record or a nested list). */
  under(path: string | readonly PathSegment[]): Issue[] {
    return (this.below.get(keyOf(path)) ?? []).map((i) => this.issues[i]);
  }

  /** Counts per severity at this path and below (badges). */
  counts(path: string | readonly PathSegment[]): IssueCounts {
    return this.countsBelow.get(keyOf(path)) ?? ZERO;
  }

  /** Issues of one record (by the record index the engine gives each issue). */
  ofRecord(record: number): Issue[] {
    return (this.perRecord.get(record) ?? []).map((i) => this.issues[i]);
  }

  /** Counts per severity of one record. */
  recordCounts(record: number): IssueCounts {
    const list = this.perRecord.get(record);
    if (!list) return ZERO;
    const c = { error: 0, warning: 0, info: 0 };
    for (const i of list) c[this.issues[i].severity]++;
    return c;
  }

  /** Indexes of the records that have issues, ascending. */
  recordsWithIssues(): number[] {
    return [...this.perRecord.keys()].sort((a, b) => a - b);
  }
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The index of no issues (before the first report). */
export const EMPTY_ISSUE_INDEX = new IssueIndex([]);
