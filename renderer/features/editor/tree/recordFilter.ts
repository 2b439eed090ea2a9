/**
 * "Show every record where field = value" (PEERS.md §1 "Search / filter": Interface Explorer's
 * "filter on this field and value", Wireshark's "apply as filter"): from a field of one record,
 * the tree keeps only the records whose same field holds the same value. Nested list items
 * match at any index (`TaiLieuNop[*].DuocSoHoa`).
 */
import type { PathSegment } from '../../../../shared/issues/issue';

export interface RecordFilter {
  /** The field's path inside a record; numbers of nested lists are wildcards. */
  path: PathSegment[];
  /** The value as written (strings as is, other scalars through String()). */
  value: string;
  /** How it reads: `TaiLieuNop[*].DuocSoHoa`. */
  label: string;
}

function scalarText(v: unknown): string | undefined {
  if (v === null) return 'null';
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

/** The filter for the field at `path` (inside record at `recordPath`) holding `value`; undefined when not a scalar inside a record. */
export function filterFor(path: readonly PathSegment[], recordPath: readonly PathSegment[], value: unknown): RecordFilter | undefined {
  const text = scalarText(value);
  if (text === undefined || path.length <= recordPath.length) return undefined;
  const rel = path.slice(recordPath.length);
  let label = '';
  for (const s of rel) label += typeof s === 'number' ? '[*]' : label ? `.${s}` : s;
  return { path: rel, value: text, label };
}

/** Whether a record holds the filter's value at the filter's path (any index of nested lists). */
export function recordMatches(record: unknown, filter: RecordFilter): boolean {
  const walk = (v: unknown, i: number): boolean => {
    if (i === filter.path.length) return scalarText(v) === filter.value;
    const seg = filter.path[i];
    if (typeof seg === 'number') return Array.isArray(v) && v.some((item) => walk(item, i + 1));
    if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
    return walk((v as Record<string, unknown>)[seg], i + 1);
  };
  return walk(record, 0);
}
