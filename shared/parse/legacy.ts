/**
 * Conversion of the pre-Unicode Vietnamese 8-bit encodings that still turn up in files exported by
 * old one-stop-shop installations ("loạn font", PEERS.md [V2]). Used only after the user confirms
 * the encoding that decodeBytes suspected: nothing here is applied silently.
 *
 * - Windows-1258: precomposed â ê ô ă ơ ư đ plus *combining* tone marks → normalised to NFC.
 * - TCVN3 (ABC, ".VnTime" fonts): one byte per precomposed lower-case letter; upper-case toned
 *   letters do not exist in this encoding (documents used a separate upper-case font), so they come
 *   out lower-case.
 * - VNI-Windows: an ASCII base letter followed by one byte carrying the tone and/or the mark
 *   (circumflex, breve); ơ ư đ and the toned i/ỵ are single bytes.
 * Bytes a table does not define keep their Windows-1252 meaning, so nothing is dropped.
 */
import { platformDecode, platformSupports } from './textCodec';

/** The legacy encodings the product can convert from. */
export type LegacyEncoding = 'windows-1258' | 'tcvn3' | 'vni';

/** Display names of the legacy encodings, Vietnamese first. */
export const LEGACY_ENCODING_NAMES: Record<LegacyEncoding, { vi: string; en: string }> = {
  'windows-1258': { vi: 'Windows-1258 (bảng mã Việt của Windows)', en: 'Windows-1258 (Windows Vietnamese code page)' },
  tcvn3: { vi: 'TCVN3 (ABC, phông .VnTime)', en: 'TCVN3 (ABC, .VnTime fonts)' },
  vni: { vi: 'VNI (VNI-Windows, phông VNI-Times)', en: 'VNI (VNI-Windows, VNI-Times fonts)' },
};

// Windows-1252 in 0x80–0x9F (elsewhere above 0x9F it equals Latin-1). Undefined slots keep the C1 code point.
const CP1252_80 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** The Windows-1252 character of a byte. */
function cp1252(b: number): string {
  return b >= 0x80 && b < 0xa0 ? CP1252_80[b - 0x80] : String.fromCharCode(b);
}

// Windows-1258 differs from 1252 in these slots (Microsoft's published table); Š Ž š ž are absent.
const CP1258_DIFF: Record<number, string> = {
  0x8a: '\u008a', 0x8e: '\u008e', 0x9a: '\u009a', 0x9e: '\u009e',
  0xc3: '\u0102', 0xcc: '\u0300', 0xd0: '\u0110', 0xd2: '\u0309', 0xd5: '\u01a0', 0xdd: '\u01af', 0xde: '\u0303',
  0xe3: '\u0103', 0xec: '\u0301', 0xf0: '\u0111', 0xf2: '\u0323', 0xf5: '\u01a1', 0xfd: '\u01b0', 0xfe: '\u20ab',
};

/** Windows-1258 without the platform decoder (small-ICU runtimes); the tests check it equals TextDecoder's. */
export function decodeWindows1258Table(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    out += b < 0x80 ? String.fromCharCode(b) : CP1258_DIFF[b] ?? cp1252(b);
  }
  return out.normalize('NFC');
}

// TCVN3 (TCVN 5712:1993, VN3): byte → letter. Rows follow the tones in the order huyền, hỏi, ngã, sắc, nặng.
const TCVN3: Record<number, string> = {
  0xa1: 'Ă', 0xa2: 'Â', 0xa3: 'Ê', 0xa4: 'Ô', 0xa5: 'Ơ', 0xa6: 'Ư', 0xa7: 'Đ',
  0xa8: 'ă', 0xa9: 'â', 0xaa: 'ê', 0xab: 'ô', 0xac: 'ơ', 0xad: 'ư', 0xae: 'đ',
  0xb5: 'à', 0xb6: 'ả', 0xb7: 'ã', 0xb8: 'á', 0xb9: 'ạ',
  0xbb: 'ằ', 0xbc: 'ẳ', 0xbd: 'ẵ', 0xbe: 'ắ', 0xc6: 'ặ',
  0xc7: 'ầ', 0xc8: 'ẩ', 0xc9: 'ẫ', 0xca: 'ấ', 0xcb: 'ậ',
  0xcc: 'è', 0xce: 'ẻ', 0xcf: 'ẽ', 0xd0: 'é', 0xd1: 'ẹ',
  0xd2: 'ề', 0xd3: 'ể', 0xd4: 'ễ', 0xd5: 'ế', 0xd6: 'ệ',
  0xd7: 'ì', 0xd8: 'ỉ', 0xdc: 'ĩ', 0xdd: 'í', 0xde: 'ị',
  0xdf: 'ò', 0xe1: 'ỏ', 0xe2: 'õ', 0xe3: 'ó', 0xe4: 'ọ',
  0xe5: 'ồ', 0xe6: 'ổ', 0xe7: 'ỗ', 0xe8: 'ố', 0xe9: 'ộ',
  0xea: 'ờ', 0xeb: 'ở', 0xec: 'ỡ', 0xed: 'ớ', 0xee: 'ợ',
  0xef: 'ù', 0xf1: 'ủ', 0xf2: 'ũ', 0xf3: 'ú', 0xf4: 'ụ',
  0xf5: 'ừ', 0xf6: 'ử', 0xf7: 'ữ', 0xf8: 'ứ', 0xf9: 'ự',
  0xfa: 'ỳ', 0xfb: 'ỷ', 0xfc: 'ỹ', 0xfd: 'ý', 0xfe: 'ỵ',
};

/** Decodes TCVN3 bytes. */
function decodeTcvn3(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    out += b < 0x80 ? String.fromCharCode(b) : TCVN3[b] ?? cp1252(b);
  }
  return out;
}

// VNI-Windows single-byte letters (no preceding base letter).
const VNI_LETTERS: Record<number, string> = {
  0xf1: 'đ', 0xd1: 'Đ', 0xf4: 'ơ', 0xd4: 'Ơ', 0xf6: 'ư', 0xd6: 'Ư',
  0xed: 'í', 0xec: 'ì', 0xe6: 'ỉ', 0xf3: 'ĩ', 0xf2: 'ị', 0xee: 'ỵ',
  0xcd: 'Í', 0xcc: 'Ì', 0xc6: 'Ỉ', 0xd3: 'Ĩ', 0xd2: 'Ị', 0xce: 'Ỵ',
};

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRC = '\u0302';
const BREVE = '\u0306';

/** A VNI mark byte: the combining marks it stands for and which base letters it may follow. */
interface VniMark {
  marks: string;
  bases: 'tone' | 'circumflex' | 'breve';
}

// Lower-case mark bytes; the upper-case forms are the same bytes minus 0x20 (Ù for ù, Â for â …).
const VNI_MARKS_LOWER: [number, string, VniMark['bases']][] = [
  [0xf9, ACUTE, 'tone'], [0xf8, GRAVE, 'tone'], [0xfb, HOOK, 'tone'], [0xf5, TILDE, 'tone'], [0xef, DOT, 'tone'],
  [0xe2, CIRC, 'circumflex'], [0xe1, CIRC + ACUTE, 'circumflex'], [0xe0, CIRC + GRAVE, 'circumflex'],
  [0xe5, CIRC + HOOK, 'circumflex'], [0xe3, CIRC + TILDE, 'circumflex'], [0xe4, CIRC + DOT, 'circumflex'],
  [0xea, BREVE, 'breve'], [0xe9, BREVE + ACUTE, 'breve'], [0xe8, BREVE + GRAVE, 'breve'],
  [0xfa, BREVE + HOOK, 'breve'], [0xfc, BREVE + TILDE, 'breve'], [0xeb, BREVE + DOT, 'breve'],
];
const VNI_MARKS: Record<number, VniMark> = {};
for (const [b, marks, bases] of VNI_MARKS_LOWER) {
  VNI_MARKS[b] = { marks, bases };
  VNI_MARKS[b - 0x20] = { marks, bases };
}

const TONE_BASES = new Set('aeouyAEOUYơưƠƯ');
const CIRCUMFLEX_BASES = new Set('aeoAEO');
const BREVE_BASES = new Set('aA');

/** Decodes VNI-Windows bytes: a mark byte combines with the letter before it when that letter can carry it. */
function decodeVni(bytes: Uint8Array): string {
  let out = '';
  // The letter a mark byte may attach to; cleared once a mark is attached (one mark byte per letter).
  let base = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) {
      const ch = String.fromCharCode(b);
      out += ch;
      base = ch;
      continue;
    }
    const mark = VNI_MARKS[b];
    if (mark && base !== '') {
      const ok =
        mark.bases === 'tone' ? TONE_BASES.has(base) : mark.bases === 'circumflex' ? CIRCUMFLEX_BASES.has(base) : BREVE_BASES.has(base);
      if (ok) {
        out += mark.marks;
        base = '';
        continue;
      }
    }
    const letter = VNI_LETTERS[b];
    if (letter) {
      out += letter;
      base = letter;
      continue;
    }
    out += cp1252(b);
    base = '';
  }
  return out.normalize('NFC');
}

/** Converts bytes of a legacy Vietnamese encoding to text (NFC); call only after the user confirmed the encoding. */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  switch (encoding) {
    case 'windows-1258':
      return platformSupports('windows-1258')
        ? platformDecode(bytes, 'windows-1258', false).normalize('NFC')
        : decodeWindows1258Table(bytes);
    case 'tcvn3':
      return decodeTcvn3(bytes);
    case 'vni':
      return decodeVni(bytes);
  }
}
