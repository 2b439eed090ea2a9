/**
 * Pseudonym generators, one per kind of personal data. Each draws from the batch's random
 * source, so a pseudonym says nothing about the value it replaces; the Masker remembers which
 * value got which pseudonym (consistency), these functions only invent plausible ones.
 */
import type { Random } from '../generate/random';
import { guid, person, toAscii } from '../generate/vietnamese';

/** Province codes of CCCD numbers (first three digits), for ids invented without keepStructure. */
const CCCD_PROVINCES = ['001', '002', '004', '008', '015', '022', '026', '031', '035', '038', '040', '042', '046', '048', '052', '056', '066', '075', '079', '092', '096'];

/** Replaces each digit with a random digit and each letter with a random letter of the same case. */
export function sameShape(value: string, r: Random): string {
  let out = '';
  for (const ch of value) {
    if (/[0-9]/.test(ch)) out += String(r.int(0, 9));
    else if (/[A-Z]/.test(ch)) out += String.fromCharCode(65 + r.int(0, 25));
    else if (/\p{L}/u.test(ch)) out += String.fromCharCode(97 + r.int(0, 25));
    else out += ch;
  }
  return out;
}

/**
 * A citizen id: 12-digit CCCD (3-digit province, century/gender digit, 2-digit birth year,
 * 6 random digits — dossier.md §2.7) or 9-digit CMND (2-digit province of issue, 7 digits).
 * With `keepStructure` only the random part changes, so "female, born 1998, Hà Nội" stays
 * readable. Other shapes (tax codes, passports) keep their shape.
 */
export function idNumberPseudonym(value: string, r: Random, keepStructure: boolean): string {
  const v = value.trim();
  if (/^\d{12}$/.test(v)) {
    if (keepStructure) return v.slice(0, 6) + r.digits(6);
    return `${r.pick(CCCD_PROVINCES)}${r.int(0, 3)}${r.digits(2)}${r.digits(6)}`;
  }
  if (/^\d{9}$/.test(v)) return keepStructure ? v.slice(0, 2) + r.digits(7) : `${r.int(0, 3)}${r.digits(8)}`;
  return sameShape(value, r);
}

const ORG_PREFIXES = [
  'công ty cổ phần', 'công ty tnhh một thành viên', 'công ty tnhh', 'công ty', 'doanh nghiệp tư nhân', 'hợp tác xã', 'hộ kinh doanh',
  'chi nhánh', 'văn phòng đại diện', 'trường', 'bệnh viện', 'ubnd', 'ủy ban nhân dân', 'cty',
];
const ORG_NAMES = ['Minh Phát', 'An Khang', 'Hòa Bình', 'Thành Công', 'Phú Thịnh', 'Đại Việt', 'Hưng Thịnh', 'Tân Tiến', 'Bảo An', 'Sao Mai'];
const MIDDLES = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Thu', 'Đức', 'Quang', 'Thanh', 'Kim', 'Hữu', 'Bảo', 'Gia'];

/**
 * A Vietnamese name with diacritics and the same number of words (so a partial mention —
 * the name without the family name — maps onto the matching words), female when the original
 * has "Thị". An organisation keeps its legal form ("Công ty TNHH …") and gets an invented name.
 */
export function namePseudonym(value: string, r: Random): string {
  const v = value.normalize('NFC').trim().replace(/\s+/g, ' ');
  const lower = v.toLowerCase();
  const org = ORG_PREFIXES.find((p) => lower.startsWith(p + ' '));
  if (org) return `${v.slice(0, org.length)} ${r.pick(ORG_NAMES)}`;
  const n = v.split(' ').filter(Boolean).length;
  let p = person(r);
  const female = /(?<!\p{L})thị(?!\p{L})/u.test(lower) ? true : /(?<!\p{L})văn(?!\p{L})/u.test(lower) ? false : undefined;
  for (let i = 0; i < 20 && female !== undefined && p.female !== female; i++) p = person(r);
  const [family, middle, given] = p.fullName.split(' ');
  let out: string;
  if (n <= 1) out = given;
  else if (n === 2) out = `${family} ${given}`;
  else {
    const middles = [middle];
    const pool = MIDDLES.filter((m) => (p.female ? m !== 'Văn' : m !== 'Thị'));
    while (middles.length < n - 2) middles.push(r.pick(pool));
    out = [family, ...middles, given].join(' ');
  }
  return out;
}

/**
 * A phone number of the same length and prefix class: the country code (+84 / 84) and the first
 * national digit (mobile 3/5/7/8/9, landline 2) are kept, the rest is random; separators stay.
 */
export function phonePseudonym(value: string, r: Random): string {
  const digits = value.replace(/\D/g, '');
  if (!digits) return opaqueToken(r);
  let keep = 0;
  if (/^84/.test(digits) && digits.length >= 11) keep = 3;
  else if (/^0/.test(digits)) keep = 2;
  else keep = 1;
  const replaced = digits.slice(0, keep) + r.digits(digits.length - keep);
  let i = 0;
  return value.replace(/\d/g, () => replaced[i++]);
}

/** An e-mail address at `example.vn` (a reserved-style domain no citizen uses). */
export function emailPseudonym(_value: string, r: Random): string {
  const p = person(r);
  const [family, , given] = toAscii(p.fullName).toLowerCase().split(' ');
  return `${given}.${family}${r.int(10, 9999)}@example.vn`;
}

const STREETS = ['Lê Lợi', 'Trần Phú', 'Quang Trung', 'Hùng Vương', 'Nguyễn Huệ', 'Lý Tự Trọng', 'Bà Triệu', 'Phan Chu Trinh'];
const WARDS = ['phường Minh Khai', 'phường Tân Phong', 'xã Yên Bình', 'xã Phú Lộc', 'thị trấn Hòa Mạc', 'phường Trung Sơn'];
const PROVINCES = ['tỉnh Hà Giang', 'thành phố Hà Nội', 'tỉnh Thanh Hóa', 'thành phố Đà Nẵng', 'tỉnh Hà Nam', 'Thành phố Hồ Chí Minh'];

/**
 * A street address. With `keepStructure` the last part is kept when it names a province
 * ("tỉnh …", "thành phố …"): the province is coarse and often what a reviewer needs.
 */
export function addressPseudonym(value: string, r: Random, keepStructure: boolean): string {
  const parts = value.split(',').map((s) => s.trim());
  const last = parts[parts.length - 1] ?? '';
  const province = keepStructure && parts.length > 1 && /^(tỉnh|thành phố|tp\.?)\s/i.test(last) ? last : r.pick(PROVINCES);
  return `Số ${r.int(1, 300)} ${r.pick(STREETS)}, ${r.pick(WARDS)}, ${province}`;
}

/** A DVCQG account id (TechID): a fresh GUID when the value is GUID-shaped, else the same shape. */
export function accountIdPseudonym(value: string, r: Random): string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value.trim()) ? guid(r) : sameShape(value, r);
}

/**
 * A file URL: scheme, host and port stay (a vendor still sees which system served the file),
 * user info, path, query and fragment are replaced; the file extension is kept.
 */
export function urlPseudonym(value: string, r: Random): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)(?:[^@/?#]*@)?([^/?#]*)([^?#]*)/i.exec(value.trim());
  if (!m) return opaqueToken(r);
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(m[3])?.[0] ?? '';
  return `${m[1]}${m[2]}/masked/${hex(r, 10)}${ext}`;
}

function hex(r: Random, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[r.int(0, 15)];
  return s;
}

/** What replaces a value the masker cannot classify: says it was masked, hides what it was. */
export function opaqueToken(r: Random): string {
  return `<masked:${hex(r, 8)}>`;
}

/** What replaces a secret (session token, password). */
export const SECRET_TOKEN = '<masked>';
