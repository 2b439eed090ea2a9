/**
 * "What changes if the portal's guide changes?" (PEERS.md §3 idea 10): the difference between two
 * reports of the same text under two profiles — A, the profile in use, and B, the one considered.
 * Issues are matched by code and path; several issues with one code at one path are paired first
 * by their message (which carries the message's parameters: field, value, pattern…), then in order.
 * Pure: the CLI's `validate --compare-profile` and the app's compare dialog both use it.
 */
import type { Issue, Severity } from '../issues/issue';
import type { ValidationReport } from './report';

/** One side of a comparison: the profile, the verdict and the counts under it. */
export interface ComparedSide {
  profile: { id: string; version: string };
  valid: boolean;
  counts: Record<Severity, number>;
}

/** The same issue (code and path) reported with another severity under B. */
export interface SeverityChange {
  a: Issue;
  b: Issue;
}

/** How the verdict moves from A to B. */
export type VerdictChange = 'same' | 'becomesInvalid' | 'becomesValid';

export interface ReportComparison {
  a: ComparedSide;
  b: ComparedSide;
  /** Reported under A only (B no longer reports it), in A's order. */
  onlyA: Issue[];
  /** Reported under B only (new under B), in B's order. */
  onlyB: Issue[];
  /** Reported under both with different severities, in B's order. */
  changed: SeverityChange[];
  /** Issues reported under both with the same severity. */
  unchanged: number;
  verdict: VerdictChange;
}

const keyOf = (i: Issue) => `${i.code}\u0000${i.path}`;
const messageOf = (i: Issue) => `${i.message.vi}\u0000${i.message.en}`;

function side(r: ValidationReport): ComparedSide {
  return { profile: { id: r.profile.id, version: r.profile.version }, valid: r.valid, counts: { error: r.counts.error, warning: r.counts.warning, info: r.counts.info } };
}

function groups(issues: readonly Issue[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  issues.forEach((issue, index) => {
    const key = keyOf(issue);
    const list = out.get(key);
    if (list) list.push(index);
    else out.set(key, [index]);
  });
  return out;
}

/**
 * Pairs the issues of one code and path: the k-th A issue with a message is paired with the k-th
 * B issue with the same message, and what is left is paired in order. Both passes depend only on
 * ranks, so swapping A and B pairs the same issues.
 */
function pairGroup(a: readonly Issue[], aIdx: number[], b: readonly Issue[], bIdx: number[], pairs: [number, number][]): void {
  const freeB = new Set(bIdx);
  const freeA: number[] = [];
  for (const ia of aIdx) {
    const msg = messageOf(a[ia]);
    const ib = bIdx.find((j) => freeB.has(j) && messageOf(b[j]) === msg);
    if (ib === undefined) freeA.push(ia);
    else {
      freeB.delete(ib);
      pairs.push([ia, ib]);
    }
  }
  const restB = bIdx.filter((j) => freeB.has(j));
  for (let k = 0; k < Math.min(freeA.length, restB.length); k++) pairs.push([freeA[k], restB[k]]);
}

/** The difference between two reports of the same text, A (the profile in use) and B. */
export function compareReports(a: ValidationReport, b: ValidationReport): ReportComparison {
  const inA = groups(a.issues);
  const inB = groups(b.issues);
  const pairs: [number, number][] = [];
  for (const [key, aIdx] of inA) {
    const bIdx = inB.get(key);
    if (bIdx) pairGroup(a.issues, aIdx, b.issues, bIdx, pairs);
  }
  const pairedA = new Set(pairs.map(([ia]) => ia));
  const pairedB = new Set(pairs.map(([, ib]) => ib));
  const changed = pairs
    .filter(([ia, ib]) => a.issues[ia].severity !== b.issues[ib].severity)
    .sort((x, y) => x[1] - y[1])
    .map(([ia, ib]) => ({ a: a.issues[ia], b: b.issues[ib] }));
  return {
    a: side(a),
    b: side(b),
    onlyA: a.issues.filter((_, i) => !pairedA.has(i)),
    onlyB: b.issues.filter((_, i) => !pairedB.has(i)),
    changed,
    unchanged: pairs.length - changed.length,
    verdict: a.valid === b.valid ? 'same' : a.valid ? 'becomesInvalid' : 'becomesValid',
  };
}

/** Whether B changes anything: an issue appears, disappears or changes severity. */
export function hasDifferences(c: ReportComparison): boolean {
  return c.onlyA.length > 0 || c.onlyB.length > 0 || c.changed.length > 0;
}
