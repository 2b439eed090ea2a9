/**
 * Field-level differences between two packets (issue 4 §6 "a field-level list of differences that
 * ignores key order and whitespace"): values are compared, not texts; lists of records are matched
 * by `MaHoSo` when every item has a distinct one (so a batch sent in another order is "the same"),
 * otherwise item by item — the "semantically same" comparison of HL7Spy's bulk compare (PEERS.md
 * §1 "Diff / compare").
 */
import { formatPath, type PathSegment } from '../issues/issue';

export type DifferenceKind = 'added' | 'removed' | 'changed';

export interface FieldDifference {
  kind: DifferenceKind;
  /** Path in the newer document (in the older one for a removal). */
  path: PathSegment[];
  /** `data[2].NgayHenTra`, with the record's key when the list was matched by key: `data[2].NgayHenTra (MaHoSo 000.21…)`. */
  label: string;
  before?: unknown;
  after?: unknown;
}

export interface DiffOptions {
  /** Fields that identify list items (default `MaHoSo`). */
  keys?: readonly string[];
  /** Paths (spec/README.md syntax, `[*]` for any index) left out, e.g. `session`, `data[*].NgayTiepNhan`. */
  ignore?: readonly string[];
  /** Stop after this many differences (a 100,000-record batch against another). */
  limit?: number;
}

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The key field shared by every item of both lists with distinct values, if any. */
function keyOf(a: unknown[], b: unknown[], keys: readonly string[]): string | undefined {
  if (a.length === 0 && b.length === 0) return undefined;
  for (const k of keys) {
    const ok = (list: unknown[]) => {
      const seen = new Set<string>();
      for (const item of list) {
        if (!isObject(item)) return false;
        const v = item[k];
        if (typeof v !== 'string' && typeof v !== 'number') return false;
        const s = String(v);
        if (seen.has(s)) return false;
        seen.add(s);
      }
      return true;
    };
    if (ok(a) && ok(b)) return k;
  }
  return undefined;
}

function ignoredMatcher(patterns: readonly string[]): (path: PathSegment[]) => boolean {
  if (patterns.length === 0) return () => false;
  const escape = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // `[*]` (escaped above to `\[\*\]`) stands for any index.
  const res = patterns.map((p) => new RegExp(`^${escape(p).split('\\[\\*\\]').join('\\[\\d+\\]')}$`));
  return (path) => {
    const text = formatPath(path);
    return res.some((re) => re.test(text));
  };
}

/** The field-level differences from `before` to `after`. */
export function semanticDiff(before: unknown, after: unknown, options: DiffOptions = {}): FieldDifference[] {
  const keys = options.keys ?? ['MaHoSo'];
  const limit = options.limit ?? Infinity;
  const ignored = ignoredMatcher(options.ignore ?? []);
  const out: FieldDifference[] = [];
  const push = (kind: DifferenceKind, path: PathSegment[], note: string, a?: unknown, b?: unknown) => {
    if (out.length >= limit || ignored(path)) return;
    const label = `${formatPath(path) || '(…)'}${note}`;
    out.push({ kind, path, label, ...(kind !== 'added' ? { before: a } : {}), ...(kind !== 'removed' ? { after: b } : {}) });
  };

  const walk = (a: unknown, b: unknown, path: PathSegment[], note: string): void => {
    if (out.length >= limit || ignored(path)) return;
    if (isObject(a) && isObject(b)) {
      for (const k of Object.keys(a)) {
        if (k in b) walk(a[k], b[k], [...path, k], note);
        else push('removed', [...path, k], note, a[k]);
      }
      for (const k of Object.keys(b)) if (!(k in a)) push('added', [...path, k], note, undefined, b[k]);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      const key = keyOf(a, b, keys);
      if (key) {
        const olds = new Map(a.map((item, i) => [String((item as Obj)[key]), i]));
        const seen = new Set<string>();
        b.forEach((item, j) => {
          const id = String((item as Obj)[key]);
          const i = olds.get(id);
          const itemNote = `${note} (${key} ${id})`;
          seen.add(id);
          if (i === undefined) push('added', [...path, j], itemNote, undefined, item);
          else walk(a[i], item, [...path, j], itemNote);
        });
        a.forEach((item, i) => {
          const id = String((item as Obj)[key]);
          if (!seen.has(id)) push('removed', [...path, i], `${note} (${key} ${id})`, item);
        });
        return;
      }
      const n = Math.max(a.length, b.length);
      for (let i = 0; i < n; i++) {
        if (i >= a.length) push('added', [...path, i], note, undefined, b[i]);
        else if (i >= b.length) push('removed', [...path, i], note, a[i]);
        else walk(a[i], b[i], [...path, i], note);
      }
      return;
    }
    if (!Object.is(a, b)) push('changed', path, note, a, b);
  };

  walk(before, after, [], '');
  return out;
}
