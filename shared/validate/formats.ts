/**
 * One checker per named value format (`FormatId`, shared/spec/types.ts), with a plain description
 * for messages and, where a wrong value can be normalised safely, the normalised value a quick fix
 * proposes (never applied silently).
 *
 * Checkers take the value as text: string fields as sent, `stringOrNumber`/number fields as
 * `String(value)`. They are called once per field per record on 100 MB documents, so the common
 * formats avoid regular expressions where a character loop is as clear.
 */
import { t, type Localized } from '../i18n/localized';
import { isValidLocal, normalizeToWire } from '../datetime/wire';
import type { FormatId } from '../spec/types';

export interface FormatInfo {
  id: FormatId;
  /** What a good value looks like, for messages ("yyyyMMddHHmmss (14 chữ số…)"). */
  description: Localized;
  example: string;
  check(value: string): boolean;
  /** A corrected value, when one can be derived with confidence; undefined otherwise. */
  normalize?(value: string): string | undefined;
  /** A regular expression approximating the format, for the JSON Schema given to Monaco. */
  pattern?: string;
  /**
   * Every value the check accepts is printable ASCII (digits, signs, separators): the codegen
   * accelerator then knows such a value needs no text-integrity look (formats.test.ts holds it).
   */
  asciiOnly?: boolean;
}

function isDigits(s: string, from = 0, to = s.length): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function num(s: string, from: number, len: number): number {
  let n = 0;
  for (let i = from; i < from + len; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
}

/**
 * Whether year/month/day/hour/minute/second make a real date-time, with the limits of
 * `isValidLocal` (shared/datetime/wire.ts; a property test holds the two equal). Written out
 * because it runs for every date of every record, and `isValidLocal` builds a Date per call.
 */
function validParts(y: number, mo: number, d: number, h: number, mi: number, se: number): boolean {
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || se > 59) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo]);
}

/** `yyyyMMddHHmmss` and a real local date-time (dossier.md §1.7; rejects 30 February and hour 24). */
export function isDatetime14(s: string): boolean {
  if (s.length !== 14) return false;
  // Unrolled: this runs for every date of every record of a 100 MB batch.
  const a = s.charCodeAt(0) - 48, b = s.charCodeAt(1) - 48, c = s.charCodeAt(2) - 48, d = s.charCodeAt(3) - 48;
  const e = s.charCodeAt(4) - 48, f = s.charCodeAt(5) - 48, g = s.charCodeAt(6) - 48, h = s.charCodeAt(7) - 48;
  const i = s.charCodeAt(8) - 48, j = s.charCodeAt(9) - 48, k = s.charCodeAt(10) - 48, l = s.charCodeAt(11) - 48;
  const m = s.charCodeAt(12) - 48, n = s.charCodeAt(13) - 48;
  if ((a | b | c | d | e | f | g | h | i | j | k | l | m | n) < 0 || a > 9 || b > 9 || c > 9 || d > 9 || e > 9 || f > 9 || g > 9 || h > 9 || i > 9 || j > 9 || k > 9 || l > 9 || m > 9 || n > 9) {
    return false;
  }
  return validParts(a * 1000 + b * 100 + c * 10 + d, e * 10 + f, g * 10 + h, i * 10 + j, k * 10 + l, m * 10 + n);
}

/** `yyyyMMdd` and a real calendar date. */
export function isDate8(s: string): boolean {
  if (s.length !== 8 || !isDigits(s)) return false;
  return validParts(num(s, 0, 4), num(s, 4, 2), num(s, 6, 2), 0, 0, 0);
}

/** `dd/MM/yyyy` (OpenCPS Q&A answer date, other-kinds.md e.3 row 5) and a real date. */
export function isDateDMY(s: string): boolean {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s);
  if (!m) return false;
  return isValidLocal({ year: +m[3], month: +m[2], day: +m[1], hour: 0, minute: 0, second: 0 });
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const EMAIL = /^[^\s@"<>()[\]\\,;:]+@[^\s@"<>()[\]\\,;:]+\.[^\s@"<>()[\]\\,;:]+$/;
const URL_RE = /^(?:https?|ftp):\/\/[^\s/?#]+[^\s]*$/i;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const PHONE = /^\+?\d{8,15}$/;
const PERIOD_MY = /^(\d{1,2})-(\d{4})$/;

function percentValue(s: string): number | undefined {
  const body = s.endsWith('%') ? s.slice(0, -1) : s;
  if (!DECIMAL.test(body)) return undefined;
  return Number(body);
}

function trimmedIfValid(check: (s: string) => boolean) {
  return (s: string): string | undefined => {
    const trimmed = s.trim().normalize('NFC');
    return trimmed !== s && check(trimmed) ? trimmed : undefined;
  };
}

/** Proposes the wire form of a date written in another common format, when that is unambiguous. */
function normalizeDatetime(s: string): string | undefined {
  const w = normalizeToWire(s);
  return w !== undefined && w !== s ? w : undefined;
}

const FORMATS: Record<FormatId, FormatInfo> = {
  datetime14: {
    id: 'datetime14',
    asciiOnly: true,
    description: t(
      'yyyyMMddHHmmss: 14 chữ số liền nhau, giờ Việt Nam, là một ngày giờ có thật (ví dụ 20240312081500)',
      'yyyyMMddHHmmss: 14 digits, no separators, Vietnam local time, a real date-time (e.g. 20240312081500)',
    ),
    example: '20240312081500',
    check: isDatetime14,
    normalize: normalizeDatetime,
    pattern: '^\\d{14}$',
  },
  date8: {
    id: 'date8',
    asciiOnly: true,
    description: t('yyyyMMdd: 8 chữ số, là một ngày có thật (ví dụ 20240312)', 'yyyyMMdd: 8 digits, a real date (e.g. 20240312)'),
    example: '20240312',
    check: isDate8,
    normalize: (s) => {
      const w = normalizeToWire(s);
      const d = w?.slice(0, 8);
      return d !== undefined && d !== s && isDate8(d) ? d : undefined;
    },
    pattern: '^\\d{8}$',
  },
  dateDMYor14: {
    id: 'dateDMYor14',
    asciiOnly: true,
    description: t(
      'dd/MM/yyyy (như OpenCPS gửi) hoặc yyyyMMddHHmmss, là một ngày có thật',
      'dd/MM/yyyy (as OpenCPS sends it) or yyyyMMddHHmmss, a real date',
    ),
    example: '15/10/2026',
    check: (s) => isDatetime14(s) || isDateDMY(s),
    normalize: normalizeDatetime,
    pattern: '^(\\d{14}|\\d{2}/\\d{2}/\\d{4})$',
  },
  period: {
    id: 'period',
    asciiOnly: true,
    description: t(
      'kỳ tổng hợp M-YYYY hoặc MM-YYYY (ví dụ 7-2020), hoặc yyyyMMdd, hoặc yyyyMMddHHmmss',
      'period M-YYYY or MM-YYYY (e.g. 7-2020), or yyyyMMdd, or yyyyMMddHHmmss',
    ),
    example: '7-2020',
    check: (s) => {
      const m = PERIOD_MY.exec(s);
      if (m) return +m[1] >= 1 && +m[1] <= 12 && +m[2] >= 1900;
      return isDate8(s) || isDatetime14(s);
    },
    normalize: trimmedIfValid((s) => PERIOD_MY.test(s) || isDate8(s) || isDatetime14(s)),
    pattern: '^(\\d{1,2}-\\d{4}|\\d{8}|\\d{14})$',
  },
  email: {
    id: 'email',
    description: t('địa chỉ thư điện tử, ví dụ ten@example.vn', 'an e-mail address, e.g. name@example.vn'),
    example: 'nguyen.van.a@example.vn',
    check: (s) => EMAIL.test(s),
    normalize: trimmedIfValid((s) => EMAIL.test(s)),
  },
  phone: {
    id: 'phone',
    asciiOnly: true,
    description: t('số điện thoại: 8–15 chữ số, có thể có dấu + ở đầu, không có dấu cách', 'a phone number: 8–15 digits, optionally a leading +, no spaces'),
    example: '0912345678',
    check: (s) => PHONE.test(s),
    normalize: (s) => {
      const compact = s.replace(/[\s.\-()]/g, '');
      return compact !== s && PHONE.test(compact) ? compact : undefined;
    },
    pattern: '^\\+?\\d{8,15}$',
  },
  url: {
    id: 'url',
    description: t('đường dẫn tuyệt đối http(s)://… mà Cổng DVCQG tải được', 'an absolute http(s)://… link the portal can fetch'),
    example: 'https://dichvucong.example.vn/tep/123.pdf',
    check: (s) => URL_RE.test(s),
    normalize: trimmedIfValid((s) => URL_RE.test(s)),
  },
  guid: {
    id: 'guid',
    asciiOnly: true,
    description: t('mã dạng GUID 8-4-4-4-12 ký tự hệ 16', 'a GUID, 8-4-4-4-12 hexadecimal characters'),
    example: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    check: (s) => GUID.test(s),
    normalize: (s) => {
      const inner = s.trim().replace(/^\{(.*)\}$/, '$1');
      return inner !== s && GUID.test(inner) ? inner : undefined;
    },
    pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
  },
  percent: {
    id: 'percent',
    asciiOnly: true,
    description: t('phần trăm từ 0 đến 100, số nguyên hoặc thập phân, có thể có dấu % ở cuối (ví dụ 45%)', 'a percentage 0–100, integer or decimal, optionally with a trailing % (e.g. 45%)'),
    example: '45%',
    check: (s) => {
      const v = percentValue(s);
      return v !== undefined && v >= 0 && v <= 100;
    },
    normalize: trimmedIfValid((s) => {
      const v = percentValue(s);
      return v !== undefined && v >= 0 && v <= 100;
    }),
    pattern: '^\\d+(\\.\\d+)?%?$',
  },
  decimal: {
    id: 'decimal',
    asciiOnly: true,
    description: t('một số thập phân viết bằng chữ số, dấu chấm thập phân (ví dụ 96.55)', 'a decimal number in digits with a dot (e.g. 96.55)'),
    example: '96.55',
    check: (s) => DECIMAL.test(s),
    normalize: (s) => {
      const v = s.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
      return v !== s && DECIMAL.test(v) ? v : undefined;
    },
    pattern: '^-?\\d+(\\.\\d+)?$',
  },
  nonNegativeInteger: {
    id: 'nonNegativeInteger',
    asciiOnly: true,
    description: t('số nguyên không âm (0, 1, 2, …)', 'a non-negative integer (0, 1, 2, …)'),
    example: '0',
    check: (s) => isDigits(s),
    normalize: trimmedIfValid((s) => isDigits(s)),
    pattern: '^\\d+$',
  },
  positiveInteger: {
    id: 'positiveInteger',
    asciiOnly: true,
    description: t('số nguyên dương (1, 2, 3, …)', 'a positive integer (1, 2, 3, …)'),
    example: '1',
    check: (s) => isDigits(s) && /[1-9]/.test(s),
    normalize: trimmedIfValid((s) => isDigits(s) && /[1-9]/.test(s)),
    pattern: '^0*[1-9]\\d*$',
  },
  month: {
    id: 'month',
    asciiOnly: true,
    description: t('tháng từ 1 đến 12', 'a month from 1 to 12'),
    example: '7',
    check: (s) => isDigits(s) && s.length <= 2 && +s >= 1 && +s <= 12,
    normalize: trimmedIfValid((s) => isDigits(s) && s.length <= 2 && +s >= 1 && +s <= 12),
    pattern: '^(0?[1-9]|1[0-2])$',
  },
  year: {
    id: 'year',
    asciiOnly: true,
    description: t('năm có 4 chữ số (ví dụ 2026)', 'a 4-digit year (e.g. 2026)'),
    example: '2026',
    check: (s) => s.length === 4 && isDigits(s),
    normalize: trimmedIfValid((s) => s.length === 4 && isDigits(s)),
    pattern: '^\\d{4}$',
  },
  digits: {
    id: 'digits',
    asciiOnly: true,
    description: t('chỉ gồm chữ số', 'digits only'),
    example: '001234',
    check: (s) => isDigits(s),
    normalize: (s) => {
      const compact = s.replace(/[\s.\-]/g, '');
      return compact !== s && isDigits(compact) ? compact : undefined;
    },
    pattern: '^\\d+$',
  },
  idNumber: {
    id: 'idNumber',
    asciiOnly: true,
    description: t('số định danh 12 chữ số (CCCD) hoặc 9 chữ số (CMND)', 'an identity number: 12 digits (CCCD) or 9 digits (CMND)'),
    example: '001203012345',
    check: (s) => (s.length === 12 || s.length === 9) && isDigits(s),
    normalize: (s) => {
      const compact = s.replace(/[\s.\-]/g, '');
      return compact !== s && (compact.length === 12 || compact.length === 9) && isDigits(compact) ? compact : undefined;
    },
    pattern: '^(\\d{9}|\\d{12})$',
  },
  trueFalse: {
    id: 'trueFalse',
    asciiOnly: true,
    description: t('"True" hoặc "False" (cách viết của .NET, chữ hoa đầu)', '"True" or "False" (.NET spelling, capitalised)'),
    example: 'False',
    check: (s) => s === 'True' || s === 'False',
    normalize: (s) => {
      const v = s.trim().toLowerCase();
      if (v === 'true' || v === '1') return 'True';
      if (v === 'false' || v === '0') return 'False';
      return undefined;
    },
    pattern: '^(True|False)$',
  },
};

/** The checker and description of a format. */
export function formatInfo(id: FormatId): FormatInfo {
  return FORMATS[id];
}

/** Every format id the engine knows (profile files are validated against it). */
export const FORMAT_IDS = Object.keys(FORMATS) as FormatId[];

/** Whether `value` is well-formed for `id`. */
export function checkFormat(id: FormatId, value: string): boolean {
  return FORMATS[id].check(value);
}

/** A normalised value for a quick fix, or undefined when none is certain. */
export function normalizeFormat(id: FormatId, value: string): string | undefined {
  const f = FORMATS[id];
  const v = f.normalize?.(value);
  return v !== undefined && f.check(v) ? v : undefined;
}
