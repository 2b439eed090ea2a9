/**
 * How a value reads to a person, shared by the Tree and the Form's record picker: codes decoded
 * with their list's label (`TrangThaiHoSo` `10` → "Đã trả kết quả", issue 4 §1), wire dates as
 * dd/MM/yyyy HH:mm (dossier.md §1.7), and the title of a record (its identifying value, its
 * owner's name and its status).
 */
import { formatDisplay, parseWire } from '../../../../shared/datetime/wire';
import { pick, type Lang, type Localized } from '../../../../shared/i18n/localized';
import type { FieldSpec, ObjectSpec } from '../../../../shared/spec/types';
import type { RecordSpec } from '../model/recordSpec';

/** What a scalar shows: the text as written, and what it means when the spec can say. */
export interface ValueText {
  /** The value as written (strings without quotes; `""` shown by the view as "empty"). */
  raw: string;
  /** The decoded meaning: a code's label, a date as dd/MM/yyyy HH:mm. */
  meaning?: string;
  /** Why the value looks wrong to the spec, when it visibly does (not a validation: a hint for the eye). */
  odd?: 'not-a-date' | 'not-in-list';
  /** JSON type of the value. */
  type: 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object' | 'absent';
}

const DATE_FORMATS = new Set(['datetime14', 'date8']);

/** Shows a yyyyMMdd date (dossier.md §1.7 sibling format) as dd/MM/yyyy. */
function date8ToDisplay(text: string): string | undefined {
  const d = /^\d{8}$/.test(text) ? parseWire(`${text}000000`) : undefined;
  return d ? formatDisplay(d).slice(0, 10) : undefined;
}

/** The type name of a JSON value. */
export function jsonType(value: unknown): ValueText['type'] {
  if (value === undefined) return 'absent';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  return t === 'string' || t === 'number' || t === 'boolean' ? t : 'object';
}

/** Describes a scalar value in the light of its field (code label, date display). */
export function describeValue(value: unknown, field: FieldSpec | undefined, spec: RecordSpec | undefined, lang: Lang): ValueText {
  const type = jsonType(value);
  if (type === 'array' || type === 'object' || type === 'absent') return { raw: '', type };
  const raw = type === 'null' ? 'null' : String(value);
  if (!field || type === 'null' || raw === '') return { raw, type };
  if (field.codes && spec) {
    const label = spec.codeLabel(field.codes, raw);
    if (label) return { raw, type, meaning: pick(label, lang) };
    const list = spec.codeList(field.codes);
    return list && list.closed ? { raw, type, odd: 'not-in-list' } : { raw, type };
  }
  if (field.format && DATE_FORMATS.has(field.format)) {
    const d = field.format === 'date8' ? date8ToDisplay(raw) : (() => {
      const parsed = parseWire(raw);
      return parsed ? formatDisplay(parsed) : undefined;
    })();
    return d ? { raw, type, meaning: d } : { raw, type, odd: 'not-a-date' };
  }
  return { raw, type };
}

/** The fields that identify a record: the required non-date text fields (MaHoSo, MATTHC…), the same rule as the large-file worker's summaries (renderer/workers/largeDocument.ts). */
export function keyFieldsOf(spec: ObjectSpec | undefined): FieldSpec[] {
  if (!spec) return [];
  return spec.fields.filter((f) => f.required === 'M' && (f.type === 'string' || f.type === 'stringOrNumber') && !f.format?.startsWith('date'));
}

function textOf(v: unknown): string | undefined {
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** The parts of a record's title; each may be missing. */
export interface RecordTitle {
  /** The identifying value (MaHoSo…) and its field. */
  key?: string;
  keyField?: string;
  /** A person's or procedure's name (ChuHoSo, TenTTHC…). */
  name?: string;
  /** The status, decoded ("Đã trả kết quả"). */
  status?: string;
}

/** The status field of a record spec: the first coded field whose name starts with "TrangThai" (dossier.md §2.1 row 19). */
function statusFieldOf(spec: ObjectSpec): FieldSpec | undefined {
  return spec.fields.find((f) => f.codes && /^trangthai/i.test(f.name));
}

/** The name field: a person's name first (ChuHoSo), else a "Ten…" text (TenTTHC, TENTTHC). */
function nameFieldOf(spec: ObjectSpec): FieldSpec | undefined {
  return spec.fields.find((f) => f.pii === 'name') ?? spec.fields.find((f) => /^ten/i.test(f.name) && f.type === 'string');
}

/** The title of a record: MaHoSo / name / status, read from its value with the record spec. */
export function recordTitle(value: unknown, spec: RecordSpec, lang: Lang): RecordTitle {
  const objectSpec = spec.record;
  if (!value || typeof value !== 'object' || Array.isArray(value) || !objectSpec) return {};
  const rec = value as Record<string, unknown>;
  const out: RecordTitle = {};
  for (const f of keyFieldsOf(objectSpec)) {
    const v = textOf(rec[f.name]);
    if (v) {
      out.key = v;
      out.keyField = f.name;
      break;
    }
  }
  const nameField = nameFieldOf(objectSpec);
  if (nameField && nameField.name !== out.keyField) out.name = textOf(rec[nameField.name]);
  const statusField = statusFieldOf(objectSpec);
  const status = statusField ? textOf(rec[statusField.name]) : undefined;
  if (statusField && status) out.status = describeValue(status, statusField, spec, lang).meaning ?? status;
  return out;
}

/** One line for a record title ("000.21…-0010 · Nguyễn Thị Minh Hằng · Đã trả kết quả"). */
export function recordTitleText(title: RecordTitle): string {
  return [title.key, title.name, title.status].filter(Boolean).join(' · ');
}

/** The title of a list item: its first required text value (TenTepDinhKem, SoDinhDanh…), else its first text value. */
export function itemTitle(value: unknown, spec: ObjectSpec | undefined): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const rec = value as Record<string, unknown>;
  const fields = spec?.fields ?? [];
  const ordered = [...fields.filter((f) => f.required === 'M' && !f.format?.startsWith('date')), ...fields];
  for (const f of ordered) {
    const v = textOf(rec[f.name]);
    if (v) return v;
  }
  for (const v of Object.values(rec)) {
    const text = textOf(v);
    if (text) return text;
  }
  return undefined;
}

/** A field's label in the interface language. */
export function fieldLabel(field: FieldSpec | undefined, lang: Lang): string {
  return field ? pick(field.label as Localized, lang) : '';
}

/** `dossier.md §2.1 mục 18` / `dossier.md §2.1 row 18`: where a field is defined. */
export function specRefText(ref: { file: string; section: string; row?: string } | undefined, rowWord: string): string {
  if (!ref) return '';
  return `${ref.file} ${ref.section}${ref.row ? ` ${/^\d+$/.test(ref.row) ? `${rowWord} ${ref.row}` : ref.row}` : ''}`;
}
