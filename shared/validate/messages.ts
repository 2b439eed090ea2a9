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

/** Fills `{name}` placeholders per language; Localized params use their own language. */
export function render(text: Localized, params: Record<string, MessageParam>): Localized {
  const sub = (s: string, lang: 'vi' | 'en') =>
    s.replace(/\{(\w+)\}/g, (m, k: string) => {
      const v = params[k];
      if (v === undefined) return m;
      return typeof v === 'object' ? v[lang] || v.vi : String(v);
    });
  return { vi: sub(text.vi, 'vi'), en: sub(text.en, 'en') };
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
