/**
 * Issues are data: one type used by the tree, the form, editor markers, reports and the CLI
 * (STYLE.md practice 2).
 */
import type { Localized } from '../i18n/localized';
import type { SpecRef } from '../spec/types';

export type Severity = 'error' | 'warning' | 'info';

/** A severity or `off` (the rule does not run / the issue is not reported). */
export type SeverityOrOff = Severity | 'off';

/** A path segment: an object key or an array index. */
export type PathSegment = string | number;

/** A span of the document text, as UTF-16 offsets, with 1-based line/column of its start and end. */
export interface TextRange {
  offset: number;
  length: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A change of the document a quick fix proposes. Applied only when the user accepts it. */
export type FixEdit =
  /** Set the value at `path` (JSON value); creates the key if absent. */
  | { op: 'set'; path: PathSegment[]; value: unknown }
  /** Remove the key or array element at `path`. */
  | { op: 'remove'; path: PathSegment[] }
  /** Rename a key of the object at `path`. */
  | { op: 'rename'; path: PathSegment[]; from: string; to: string }
  /** Replace a span of the raw text (repairs of syntax faults, before the text is JSON). */
  | { op: 'text'; offset: number; length: number; text: string };

export interface QuickFix {
  title: Localized;
  edits: FixEdit[];
}

export interface Issue {
  /** Path in the syntax of spec/README.md: `data[0].TaiLieuNop[1].DuongDanTaiTepTin`; `""` = whole document. */
  path: string;
  /** The same path as segments. */
  segments: PathSegment[];
  /** Stable rule code, e.g. `required.missing`, `format.datetime`, `dossier.deadline-before-receipt`. */
  code: string;
  severity: Severity;
  message: Localized;
  hint?: Localized;
  specRef?: SpecRef;
  /** Index of the record the issue belongs to, when it is inside one. */
  record?: number;
  /** Where in the text: of the value; for a missing field, of its enclosing object. */
  range?: TextRange;
  fix?: QuickFix;
  /** The definition behind the issue is a reconstruction (PAKN). */
  provisional?: boolean;
}

/** Renders path segments in the syntax of spec/README.md. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out === '' ? s : `.${s}`;
  }
  return out;
}

/** Parses a path of the spec/README.md syntax back into segments. */
export function parsePath(path: string): PathSegment[] {
  const segs: PathSegment[] = [];
  const re = /\[(\d+)\]|\.?([^.[\]]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path)) !== null) {
    if (m[1] !== undefined) segs.push(Number(m[1]));
    else if (m[2] !== undefined) segs.push(m[2]);
  }
  return segs;
}

/** Counts issues per severity. */
export function countIssues(issues: readonly Issue[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const i of issues) c[i.severity]++;
  return c;
}
