/**
 * Records of a document and lookups across a batch: "show every record where field = value",
 * and the agency (`madonvi` in the envelope, `Madonvi` in statistics and survey records,
 * other-kinds.md §0.4) an issue belongs to.
 */
import { formatPath, type PathSegment } from '../issues/issue';
import { stripMaskMarker } from '../mask/marker';
import type { ReportEntry } from './types';

/** The records of a document and the path prefix of each (envelope `data`/`result`, bare array, single record). */
export function recordsOf(document: unknown): { record: Record<string, unknown>; prefix: PathSegment[] }[] {
  const { value: doc } = stripMaskMarker(document);
  const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  if (Array.isArray(doc)) return doc.flatMap((r, i) => (isObj(r) ? [{ record: r, prefix: [i] }] : []));
  if (!isObj(doc)) return [];
  for (const key of ['data', 'result'] as const) {
    const v = doc[key];
    if (Array.isArray(v)) return v.flatMap((r, i) => (isObj(r) ? [{ record: r, prefix: [key, i] }] : []));
    if (isObj(v)) return [{ record: v, prefix: [key] }];
  }
  if ('service' in doc || 'error_code' in doc) return [];
  return [{ record: doc, prefix: [] }];
}

/** The agency of a document (envelope `madonvi`), or of one of its records (`Madonvi`). */
export function agencyOf(document: unknown, recordIndex?: number): string {
  const { value: doc } = stripMaskMarker(document);
  const recs = recordsOf(doc);
  const rec = recordIndex !== undefined ? recs[recordIndex]?.record : recs.length === 1 ? recs[0].record : undefined;
  const fromRecord = rec && (rec.Madonvi ?? rec.madonvi ?? rec.MaDonVi);
  if (typeof fromRecord === 'string' && fromRecord) return fromRecord;
  if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
    const m = (doc as Record<string, unknown>).madonvi ?? (doc as Record<string, unknown>).Madonvi;
    if (typeof m === 'string') return m;
  }
  return '';
}

/** Values at a dotted field path inside a record; arrays on the way are searched element by element. */
function valuesAt(value: unknown, parts: string[]): unknown[] {
  if (parts.length === 0) return Array.isArray(value) ? value : [value];
  if (Array.isArray(value)) return value.flatMap((v) => valuesAt(v, parts));
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const key = parts[0] in o ? parts[0] : Object.keys(o).find((k) => k.toLowerCase() === parts[0].toLowerCase());
  return key === undefined ? [] : valuesAt(o[key], parts.slice(1));
}

export interface RecordMatch {
  file: string;
  /** Index of the record in its document. */
  record: number;
  /** Path of the record in the spec/README.md syntax (`data[3]`, `[3]`, `""`). */
  path: string;
  value: Record<string, unknown>;
}

/**
 * Every record of the batch where `field` (a wire name, or a dotted path such as
 * `DinhDanhCHS.SoDinhDanh`; letter case ignored) equals `value` (compared as text, trimmed).
 */
export function findRecords(entries: readonly ReportEntry[], field: string, value: string): RecordMatch[] {
  const parts = field.split('.').filter(Boolean);
  const want = value.trim();
  const out: RecordMatch[] = [];
  for (const e of entries) {
    recordsOf(e.document).forEach(({ record, prefix }, i) => {
      if (valuesAt(record, parts).some((v) => v !== null && typeof v !== 'object' && String(v).trim() === want)) {
        out.push({ file: e.file, record: i, path: formatPath(prefix), value: record });
      }
    });
  }
  return out;
}

/** The distinct values of a field across the batch with how many records hold each (for a picker). */
export function fieldValues(entries: readonly ReportEntry[], field: string): { value: string; count: number }[] {
  const parts = field.split('.').filter(Boolean);
  const counts = new Map<string, number>();
  for (const e of entries) {
    for (const { record } of recordsOf(e.document)) {
      const vals = new Set(valuesAt(record, parts).filter((v) => v !== null && typeof v !== 'object').map((v) => String(v)));
      for (const v of vals) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
  }
  return [...counts.entries()].map(([v, count]) => ({ value: v, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
