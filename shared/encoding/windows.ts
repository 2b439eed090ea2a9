/**
 * Windows-1252 (what a Western-configured program shows) and Windows-1258 (the Vietnamese Windows
 * code page, which spells tones with combining marks), byte ↔ character. The one copy of these
 * tables in the product: the file decoder (shared/parse/legacy.ts) and the mojibake detector
 * (shared/text/mojibake.ts) both read them from here.
 */
import { fromCodeUnits, hasCombiningMark } from './codeUnits';

/**
 * Windows-1252 bytes 0x80–0x9F (above 0x9F it equals Latin-1). The five bytes Microsoft leaves
 * undefined (81 8D 8F 90 9D) keep their C1 control code point, which is what both Windows and the
 * WHATWG TextDecoder do, so nothing is dropped and every byte has exactly one character.
 */
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Where Windows-1258 differs from Windows-1252 (Microsoft's published table, which TextDecoder
 * follows): Š Ž š ž are absent (their bytes become C1 controls), Ă Đ Ơ Ư ă đ ơ ư and ₫ replace
 * Latin-1 letters, and the five tones are combining marks (huyền CC, hỏi D2, ngã DE, sắc EC, nặng F2).
 */
const CP1258_DIFF: Readonly<Record<number, string>> = {
  0x8a: '\u008a', 0x8e: '\u008e', 0x9a: '\u009a', 0x9e: '\u009e',
  0xc3: '\u0102', 0xcc: '\u0300', 0xd0: '\u0110', 0xd2: '\u0309', 0xd5: '\u01a0', 0xdd: '\u01af', 0xde: '\u0303',
  0xe3: '\u0103', 0xec: '\u0301', 0xf0: '\u0111', 0xf2: '\u0323', 0xf5: '\u01a1', 0xfd: '\u01b0', 0xfe: '\u20ab',
};

/** A single-byte code page: byte → character and back, one character per byte. */
export interface CodePage {
  id: 'windows-1252' | 'windows-1258';
  /** The characters of the bytes, exactly as the table says (no normalisation). */
  decode(bytes: ArrayLike<number>): string;
  /** The bytes of `text`, character by character, or undefined when a character has no byte here. */
  encode(text: string): number[] | undefined;
  /** The byte of one character, or undefined. */
  byteOf(ch: string): number | undefined;
  /** The UTF-16 code unit of a byte (every byte of these code pages is one BMP character). */
  unitOf(byte: number): number;
}

/** Builds a code page from Windows-1252 plus the bytes where it differs. */
function buildCodePage(id: CodePage['id'], diff: Readonly<Record<number, string>>): CodePage {
  const units = new Uint16Array(256);
  for (let b = 0; b < 256; b++) {
    const ch = diff[b] ?? (b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80] : String.fromCharCode(b));
    units[b] = ch.charCodeAt(0);
  }
  const toByte = new Map<string, number>();
  units.forEach((u, b) => toByte.set(String.fromCharCode(u), b));
  const byteOf = (ch: string) => toByte.get(ch);
  return {
    id,
    decode(bytes) {
      const out = new Uint16Array(bytes.length);
      for (let i = 0; i < bytes.length; i++) out[i] = units[bytes[i] & 0xff];
      return fromCodeUnits(out);
    },
    encode(text) {
      const out: number[] = [];
      for (const ch of text) {
        const b = toByte.get(ch);
        if (b === undefined) return undefined;
        out.push(b);
      }
      return out;
    },
    byteOf,
    unitOf: (b) => units[b & 0xff],
  };
}

export const CP1252: CodePage = buildCodePage('windows-1252', {});
export const CP1258: CodePage = buildCodePage('windows-1258', CP1258_DIFF);

/** Decodes Windows-1258 bytes to NFC text (the tone marks composed with their letters). */
export function decodeWindows1258(bytes: ArrayLike<number>): string {
  const text = CP1258.decode(bytes);
  return hasCombiningMark(text) ? text.normalize('NFC') : text;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Encodes text as Windows-1258 the way Vietnamese Windows programs write it: a letter the code page
 * has (á, â, ơ, đ …) is one byte; any other Vietnamese letter is its toneless letter followed by the
 * tone byte (ễ → ê + ngã). Undefined when a character cannot be written at all (e.g. "ş", "中").
 */
export function encodeWindows1258(text: string): Uint8Array | undefined {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = CP1258.byteOf(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const nfd = ch.normalize('NFD');
    const tones = nfd.match(TONE_MARKS) ?? [];
    if (tones.length !== 1) return undefined;
    const base = CP1258.byteOf(nfd.replace(TONE_MARKS, '').normalize('NFC'));
    const tone = CP1258.byteOf(tones[0]);
    if (base === undefined || tone === undefined) return undefined;
    out.push(base, tone);
  }
  return Uint8Array.from(out);
}
