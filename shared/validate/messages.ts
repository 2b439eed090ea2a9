/**
 * The generic field-level checks (docs/ARCHITECTURE.md "Generic field-level codes"): their
 * metadata, messages and hints in Vietnamese and English. Like a rule's, a generic code's
 * severity comes from the profile: `profile.rules[code]` > `defaultSeverity[base]` > the
 * strength the finding carries (e.g. the field's required mark).
 */
import { t, type Localized } from '../i18n/localized';
import type { SeverityOrOff } from '../issues/issue';
import type { BaseProfileId } from '../rules/types';
import type { SpecRef } from '../spec/types';

export interface GenericCodeMeta {
  code: string;
  title: Localized;
  /** `{label}` is the field's label in the message's language; other placeholders are literal values. */
  message: Localized;
  hint: Localized;
  /** Fixed severity per built-in profile, when the code is not driven by a strength. */
  defaultSeverity?: Partial<Record<BaseProfileId, SeverityOrOff>>;
  specRef?: SpecRef;
}

const README_CONVENTIONS: SpecRef = { file: 'README.md', section: 'Conventions that hold across kinds' };

const META: GenericCodeMeta[] = [
  {
    code: 'required.missing',
    title: t('Thiếu trường bắt buộc', 'Required field missing'),
    message: t('Thiếu trường {field} ({label}): {requirement}.', 'Field {field} ({label}) is missing: {requirement}.'),
    hint: t('Thêm trường {field} với giá trị hợp lệ.', 'Add the field {field} with a valid value.'),
  },
  {
    code: 'required.empty',
    title: t('Trường bắt buộc để trống', 'Required field empty'),
    message: t('Trường {field} ({label}) đang để trống ({value}): {requirement}.', 'Field {field} ({label}) is empty ({value}): {requirement}.'),
    hint: t('Điền giá trị cho {field}; giá trị rỗng không được chấp nhận ở đây.', 'Fill in {field}; an empty value is not accepted here.'),
  },
  {
    code: 'type.expected-string',
    title: t('Phải là chuỗi', 'Must be a string'),
    message: t(
      '{field} ({label}) là {actual} {value}; trên đường truyền giá trị này luôn là chuỗi JSON (ví dụ "{suggested}").',
      '{field} ({label}) is a {actual} {value}; on the wire this value is always a JSON string (e.g. "{suggested}").',
    ),
    hint: t('Đặt giá trị trong dấu ngoặc kép.', 'Put the value in double quotes.'),
    // README.md "What official text settles": a number where a string was observed is a warning
    // until the official type is known; the strict profile keeps it an error (sample 94).
    defaultSeverity: { lenient: 'warning' },
    specRef: { file: 'dossier.md', section: '§1.7' },
  },
  {
    code: 'type.mismatch',
    title: t('Sai kiểu dữ liệu', 'Wrong JSON type'),
    message: t('{field} ({label}) phải là {expected}, nhưng đang là {actual}.', '{field} ({label}) must be {expected}, but is {actual}.'),
    hint: t('Sửa kiểu giá trị theo mô tả của trường.', 'Change the value to the type the field description gives.'),
  },
  {
    code: 'format',
    title: t('Sai định dạng', 'Wrong format'),
    message: t('{field} ({label}) = "{value}" không đúng định dạng {format}.', '{field} ({label}) = "{value}" does not match the format {format}.'),
    hint: t('Ví dụ một giá trị đúng: "{example}".', 'An example of a valid value: "{example}".'),
  },
  {
    code: 'pattern.mismatch',
    title: t('Không khớp mẫu', 'Does not match the pattern'),
    message: t('{field} ({label}) = "{value}" không khớp mẫu {pattern}.', '{field} ({label}) = "{value}" does not match the pattern {pattern}.'),
    hint: t('Sửa giá trị cho khớp mẫu; mẫu có thể được thay trong hồ sơ cấu hình (profile).', 'Make the value match the pattern; a profile file can replace the pattern.'),
  },
  {
    code: 'length.max',
    title: t('Quá dài', 'Too long'),
    message: t('{field} ({label}) dài {length} ký tự, vượt quá {max}.', '{field} ({label}) is {length} characters long, over the limit of {max}.'),
    hint: t('Rút gọn giá trị xuống tối đa {max} ký tự.', 'Shorten the value to at most {max} characters.'),
  },
  {
    code: 'code.unknown',
    title: t('Mã không có trong danh mục', 'Code not in the list'),
    message: t(
      '{field} ({label}) = "{value}" không có trong danh mục {list}. Các mã hợp lệ: {codes}.',
      '{field} ({label}) = "{value}" is not in the list {list}. Valid codes: {codes}.',
    ),
    hint: t('Chọn một mã trong danh mục {list}.', 'Pick a code from the list {list}.'),
  },
  {
    code: 'key.unknown',
    title: t('Trường không có trong đặc tả', 'Key not in the reference'),
    message: t('Trường "{field}" không có trong đặc tả của {object}.', 'The key "{field}" is not part of {object} in the reference.'),
    hint: t(
      'Kiểm tra chính tả; nếu Cổng đã bổ sung trường này, thêm nó vào hồ sơ cấu hình (addFields).',
      'Check the spelling; if the portal added this field, declare it in a profile (addFields).',
    ),
  },
  {
    code: 'key.case',
    title: t('Sai chữ hoa/thường của tên trường', 'Key spelled with other letter case'),
    message: t('Trường "{key}" được hiểu là {field} ({label}) nhưng viết khác chữ hoa/thường.', 'The key "{key}" is read as {field} ({label}) but its letter case differs.'),
    hint: t('Đổi tên thành "{field}"; không rõ Cổng DVCQG có phân biệt chữ hoa/thường hay không.', 'Rename it to "{field}"; whether the portal matches keys case-insensitively is unknown.'),
    defaultSeverity: { strict: 'warning', lenient: 'warning' },
    specRef: README_CONVENTIONS,
  },
  {
    code: 'key.alias',
    title: t('Tên trường thay thế', 'Alternative key spelling'),
    message: t('Trường "{key}" là cách viết khác được chấp nhận của {field} ({label}).', 'The key "{key}" is an accepted alternative spelling of {field} ({label}).'),
    hint: t('Có thể đổi tên thành "{field}" cho thống nhất.', 'You may rename it to "{field}" for consistency.'),
    defaultSeverity: { strict: 'info', lenient: 'info' },
  },
  {
    code: 'key.duplicate-alias',
    title: t('Trường bị lặp dưới hai tên', 'Field given twice under two spellings'),
    message: t('"{key}" và "{field}" cùng chỉ trường {label}; chỉ giá trị của "{field}" được kiểm tra.', '"{key}" and "{field}" both name {label}; only the value of "{field}" is checked.'),
    hint: t('Xóa một trong hai trường.', 'Remove one of the two keys.'),
    defaultSeverity: { strict: 'warning', lenient: 'warning' },
  },
  {
    code: 'packet.unknown',
    title: t('Không nhận ra loại gói tin', 'Packet kind not recognised'),
    message: t('Không xác định được loại gói tin: {reason}', 'Could not tell which packet this is: {reason}'),
    hint: t(
      'Chỉ định loại bằng --kind (ví dụ --kind dossier) hoặc kiểm tra trường "service". {candidates}',
      'Give the kind with --kind (e.g. --kind dossier) or check the "service" field. {candidates}',
    ),
    defaultSeverity: { strict: 'error', lenient: 'error' },
    specRef: { file: 'README.md', section: 'Documents a user opens' },
  },
  {
    code: 'rule.failed',
    title: t('Quy tắc không chạy được', 'Rule could not run'),
    message: t('Quy tắc {rule} gặp lỗi khi kiểm tra và đã bị bỏ qua: {error}', 'The rule {rule} failed while checking and was skipped: {error}'),
    hint: t('Đây là lỗi của chương trình; hãy báo lại kèm gói tin.', 'This is a defect of the program; please report it with the packet.'),
    defaultSeverity: { strict: 'warning', lenient: 'warning' },
  },
];

const byCode = new Map(META.map((m) => [m.code, m]));

/** Metadata of a generic code; `format.<id>` codes share the `format` entry. */
export function genericMeta(code: string): GenericCodeMeta {
  const m = byCode.get(code) ?? (code.startsWith('format.') ? byCode.get('format') : undefined);
  if (!m) throw new Error(`Unknown generic code ${code}`);
  return m;
}

/** Every generic code (for the CLI's documentation and profile validation). */
export function genericCodes(): readonly GenericCodeMeta[] {
  return META;
}

const REQUIREMENT: Record<string, Localized> = {
  M: t('trường bắt buộc', 'a required field'),
  'M*': t(
    'đặc tả coi là bắt buộc, dù Cổng DVCQG từng chấp nhận gói tin thiếu trường này (M*)',
    'the reference treats it as required, though the portal accepted packets without it (M*)',
  ),
  'M?': t('có lẽ là bắt buộc (suy luận, M?)', 'probably required (inferred, M?)'),
};

/** How firmly a required mark requires the field, for messages. */
export function requirementText(mark: string): Localized {
  return REQUIREMENT[mark] ?? t('không được để trống', 'must not be empty');
}

/** A parameter that differs by language (a label) or is the same in both (a value). */
export type MessageParam = string | number | Localized;

/**
 * A message template cut once at its `{name}` placeholders: literal text at even indexes of
 * `parts`, names at odd ones. Rendering joins the pieces — no regular expression per issue (a
 * document with a fault in each of 100,000 records renders 400,000 messages and hints) — into one
 * flat string.
 *
 * Filled texts are remembered by their placeholder values while that pays: a hint's values are the
 * field's own (label, list, example), and a batch from one system repeats the same wrong value
 * record after record, so most issues share their texts instead of each keeping copies alive for
 * as long as the report. A template whose texts keep differing (a value per record) stops being
 * remembered.
 */
interface Template {
  parts: string[];
  /** Filled texts by their placeholder values, one map level per placeholder (no key string built). */
  filled: FilledTree | undefined;
  /** Filled texts kept, lookups and repeats since the template last started remembering. */
  size: number;
  lookups: number;
  hits: number;
}

type FilledTree = Map<string, FilledTree | string>;

const PLACEHOLDER = /\{(\w+)\}/g;
const templates = new Map<string, Template>();
const TEMPLATES_LIMIT = 10_000;
/** Filled texts kept per template, and the share of repeats below which a template stops keeping them. */
const FILLED_LIMIT = 2_000;
const TRIAL = 500;

function templateOf(text: string): Template {
  let template = templates.get(text);
  if (template) return template;
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    parts.push(text.slice(last, m.index), m[1]);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  template = { parts, filled: parts.length > 1 ? new Map() : undefined, size: 0, lookups: 0, hits: 0 };
  // Templates are the rules' and generic codes' own texts: a few hundred. The bound only guards odd callers.
  if (templates.size < TEMPLATES_LIMIT) templates.set(text, template);
  return template;
}

function fillTemplate(text: string, params: Record<string, MessageParam>, lang: 'vi' | 'en'): string {
  const template = templateOf(text);
  const parts = template.parts;
  if (parts.length === 1) return parts[0];
  const pieces = new Array<string>(parts.length);
  pieces[0] = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const v = params[parts[i]];
    // An unknown placeholder stays as written.
    pieces[i] = v === undefined ? `{${parts[i]}}` : typeof v === 'object' ? v[lang] || v.vi : String(v);
    pieces[i + 1] = parts[i + 1];
  }
  const filled = template.filled;
  if (!filled) return pieces.join('');
  // The values alone identify the text (the literal parts are the template's): walk them down the tree.
  template.lookups++;
  const room = template.size < FILLED_LIMIT;
  let level: FilledTree | undefined = filled;
  const lastValue = parts.length - 2;
  for (let i = 1; i < lastValue && level; i += 2) {
    let next = level.get(pieces[i]) as FilledTree | undefined;
    if (next === undefined && room) level.set(pieces[i], (next = new Map()));
    level = next;
  }
  const known = level?.get(pieces[lastValue]);
  if (known !== undefined) {
    template.hits++;
    return known as string;
  }
  const out = pieces.join('');
  if (template.lookups >= TRIAL && template.hits * 2 < template.lookups) template.filled = undefined;
  else if (level && room) {
    level.set(pieces[lastValue], out);
    template.size++;
  }
  return out;
}

/**
 * Forgets the filled texts remembered so far (the engine calls it as a validation starts): they
 * quote the document's values, and are worth keeping for one document at a time.
 */
export function forgetFilledTexts(): void {
  for (const template of templates.values()) {
    template.size = 0;
    template.lookups = 0;
    template.hits = 0;
    template.filled = template.parts.length > 1 ? new Map() : undefined;
  }
}

/** Fills `{name}` placeholders per language; Localized params use their own language. */
export function render(text: Localized, params: Record<string, MessageParam>): Localized {
  return { vi: fillTemplate(text.vi, params, 'vi'), en: fillTemplate(text.en, params, 'en') };
}

/** The JSON type of a value, named in both languages for messages. */
export function jsonTypeName(value: unknown): Localized {
  if (value === null) return t('null', 'null');
  if (Array.isArray(value)) return t('mảng', 'array');
  switch (typeof value) {
    case 'string':
      return t('chuỗi', 'string');
    case 'number':
      return t('số', 'number');
    case 'boolean':
      return t('giá trị đúng/sai (boolean)', 'boolean');
    case 'object':
      return t('đối tượng', 'object');
    default:
      return t(typeof value, typeof value);
  }
}

/** A short, safe rendering of a value for messages (long text cut). */
export function showValue(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
