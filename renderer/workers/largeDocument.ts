/**
 * The worker's side of a large document: the text and the parsed value stay here, and the UI asks
 * for what it shows — a record, a page of record summaries, the issue report. Record texts are
 * found with one scan of the file the first time one is asked for (shared/parse locatePaths).
 */
import { locatePaths } from '../../shared/parse/locate';
import { formatPath, type PathSegment } from '../../shared/issues/issue';
import { recordLayout, recordPath, type RecordLayout } from '../../shared/document/records';
import type { ObjectSpec, PacketSpec } from '../../shared/spec/types';
import type { RecordSummary, RecordText } from './protocol';

/** Records this near the start are located in the first FAST_PREFIX characters only. */
const FAST_RECORDS = 50;
const FAST_PREFIX = 4_000_000;

/** The field that names a record in a list: the first required string field of its spec (MaHoSo, MATTHC…). */
function keyFieldOf(spec: ObjectSpec | undefined): string[] {
  if (!spec) return [];
  return spec.fields.filter((f) => f.required === 'M' && (f.type === 'string' || f.type === 'stringOrNumber') && !f.format?.startsWith('date')).map((f) => f.name);
}

/** A large document held by the worker. */
export class HeldDocument {
  readonly layout: RecordLayout;
  private ranges?: { offset: number; length: number; line: number }[];
  private readonly keyFields: string[];

  constructor(
    readonly text: string,
    readonly value: unknown,
    readonly packet: PacketSpec | undefined,
  ) {
    this.layout = recordLayout(value, packet);
    this.keyFields = keyFieldOf(packet?.record);
  }

  private recordValue(index: number): unknown {
    const path = recordPath(this.layout, index);
    if (!path) return undefined;
    let v: unknown = this.value;
    for (const seg of path) v = (v as Record<string | number, unknown> | undefined)?.[seg as never];
    return v;
  }

  /** Summaries of records [from, from + count). */
  summaries(from: number, count: number): RecordSummary[] {
    const out: RecordSummary[] = [];
    const end = Math.min(this.layout.count, from + count);
    for (let i = Math.max(0, from); i < end; i++) {
      const rec = this.recordValue(i);
      const summary: RecordSummary = { index: i };
      if (rec && typeof rec === 'object' && !Array.isArray(rec)) {
        for (const f of this.keyFields) {
          const v = (rec as Record<string, unknown>)[f];
          if ((typeof v === 'string' && v.trim()) || typeof v === 'number') {
            summary.key = String(v);
            summary.keyField = f;
            break;
          }
        }
      }
      out.push(summary);
    }
    return out;
  }

  /** Record `index` as written in the file. */
  record(index: number): RecordText | null {
    const path = recordPath(this.layout, index);
    if (!path) return null;
    // The first records are found in the start of the text alone, so the first one is on screen
    // before the whole file is scanned (and before validation ends).
    if (!this.ranges && index < FAST_RECORDS) {
      const r = locatePaths(this.text.slice(0, FAST_PREFIX), [path])[0];
      if (r) return { index, path, text: this.text.slice(r.offset, r.offset + r.length), offset: r.offset, line: r.line, value: this.recordValue(index) };
    }
    if (!this.ranges) {
      const paths: PathSegment[][] = [];
      for (let i = 0; i < this.layout.count; i++) paths.push(recordPath(this.layout, i)!);
      this.ranges = locatePaths(this.text, paths).map((r) => (r ? { offset: r.offset, length: r.length, line: r.line } : { offset: -1, length: 0, line: 0 }));
    }
    const r = this.ranges[index];
    const value = this.recordValue(index);
    // A record the scan could not place (never expected for text that parsed) is shown re-serialised.
    const text = r && r.offset >= 0 ? this.text.slice(r.offset, r.offset + r.length) : JSON.stringify(value, null, 2);
    return { index, path, text, offset: r?.offset ?? -1, line: r?.line ?? 0, value };
  }

  /** A short description for logs and errors. */
  describe(index: number): string {
    return formatPath(recordPath(this.layout, index) ?? []);
  }
}
