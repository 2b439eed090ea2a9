/**
 * Where the records of a document are (spec/README.md "Documents a user opens"): the `data` or
 * `result` list of an envelope or reply, the items of a bare array, or the document itself when
 * it is a single record. The model's record actions (add, duplicate, delete) and the views'
 * "which record is this path in" both use this one answer.
 */
import type { PathSegment } from '../issues/issue';
import { MASK_MARKER_KEY } from '../mask/marker';
import type { PacketSpec } from '../spec/types';

export interface RecordLayout {
  /** Path of the list holding the records; undefined for a single-record document (or none). */
  arrayPath?: PathSegment[];
  /** Number of records (a single record counts 1; a document without records 0). */
  count: number;
  /** Path of the single record (`[]`, or `['data']` for an object-shaped `data`). */
  singlePath?: PathSegment[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Records of a bare array, leaving out a trailing masking mark (shared/mask/marker.ts). */
function arrayCount(list: unknown[]): number {
  const last = list[list.length - 1];
  return isObject(last) && Object.keys(last).length === 1 && MASK_MARKER_KEY in last ? list.length - 1 : list.length;
}

/** The record layout of a parsed document, using the packet's `recordsField` when the packet is known. */
export function recordLayout(value: unknown, packet?: PacketSpec): RecordLayout {
  if (Array.isArray(value)) return { arrayPath: [], count: arrayCount(value) };
  if (!isObject(value)) return { count: 0 };
  const fields = packet?.recordsField ? [packet.recordsField] : (['data', 'result'] as const);
  for (const key of fields) {
    const v = value[key];
    if (Array.isArray(v)) return { arrayPath: [key], count: v.length };
    if (isObject(v)) return { count: 1, singlePath: [key] };
  }
  // An envelope or reply without its list has no records; anything else is one record.
  if (packet && packet.recordsField) return { arrayPath: [packet.recordsField], count: 0 };
  if ('service' in value || 'error_code' in value) return { count: 0 };
  return { count: 1, singlePath: [] };
}

/** The path of record `index`. */
export function recordPath(layout: RecordLayout, index: number): PathSegment[] | undefined {
  if (layout.arrayPath) return index >= 0 && index < layout.count ? [...layout.arrayPath, index] : undefined;
  return index === 0 ? layout.singlePath : undefined;
}

/** The index of the record a path lies in, or undefined when it lies outside every record (the envelope). */
export function recordIndexOf(layout: RecordLayout, path: readonly PathSegment[]): number | undefined {
  if (layout.arrayPath) {
    const n = layout.arrayPath.length;
    for (let i = 0; i < n; i++) if (path[i] !== layout.arrayPath[i]) return undefined;
    const seg = path[n];
    return typeof seg === 'number' && seg < layout.count ? seg : undefined;
  }
  if (!layout.singlePath || layout.count === 0) return undefined;
  for (let i = 0; i < layout.singlePath.length; i++) if (path[i] !== layout.singlePath[i]) return undefined;
  return 0;
}

/**
 * A value like `value` that none of `taken` holds: its trailing number counted up, keeping its
 * width (`…-240507-0015` → `…-240507-0016`), or `-2`, `-3`… appended when it has none. Used for a
 * new record's MaHoSo, so a record added from the template is not a duplicate create
 * (dossier.md §5 rule 1).
 */
export function uniqueValue(value: string, taken: ReadonlySet<string>): string {
  if (!taken.has(value)) return value;
  const m = /^(.*?)(\d+)$/.exec(value);
  const prefix = m ? m[1] : `${value}-`;
  let n = m ? Number(m[2]) : 1;
  const width = m ? m[2].length : 1;
  for (;;) {
    n++;
    const candidate = `${prefix}${String(n).padStart(width, '0')}`;
    if (!taken.has(candidate)) return candidate;
  }
}
