/**
 * The 8-bit code pages behind Vietnamese mojibake: Windows-1252 (what a Western-configured
 * program shows) and Windows-1258 (the Vietnamese Windows code page, which spells tones with
 * combining marks), plus a strict UTF-8 encoder/decoder. Pure data and arithmetic, so the core
 * needs no TextEncoder/TextDecoder (not in the ES2023 library shared/ compiles against).
 */

/** Windows-1252 bytes 0x80–0x9F; undefined bytes are passed through as C1 controls (what Windows does). */
const CP1252_HIGH: (string | undefined)[] = [
  '\u20ac', undefined, '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021',
  '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', undefined, '\u017d', undefined,
  undefined, '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014',
  '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', undefined, '\u017e', '\u0178',
];

/** Where Windows-1258 differs from Windows-1252 (byte → character; `null` = unassigned). */
const CP1258_DIFF: Record<number, string | null> = {
  0x8a: null, 0x8e: null, 0x9a: null, 0x9e: null,
  0xc3: '\u0102', 0xcc: '\u0300', 0xd0: '\u0110', 0xd2: '\u0309', 0xd5: '\u01a0', 0xdd: '\u01af', 0xde: '\u0303',
  0xe3: '\u0103', 0xec: '\u0301', 0xf0: '\u0111', 0xf2: '\u0323', 0xf5: '\u01a1', 0xfd: '\u01b0', 0xfe: '\u20ab',
};

/** A single-byte code page: byte → character and back. */
export interface CodePage {
  id: 'windows-1252' | 'windows-1258';
  decode(bytes: readonly number[]): string;
  /** The bytes of `text`, or undefined when a character has no byte in this code page. */
  encode(text: string): number[] | undefined;
}

function buildCodePage(id: CodePage['id'], diff: Record<number, string | null>): CodePage {
  const toChar: string[] = [];
  for (let b = 0; b < 256; b++) {
    let c: string | undefined | null = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    if (b in diff) c = diff[b];
    toChar[b] = c ?? String.fromCharCode(b);
  }
  const toByte = new Map<string, number>();
  toChar.forEach((c, b) => toByte.set(c, b));
  return {
    id,
    decode: (bytes) => bytes.map((b) => toChar[b & 0xff]).join(''),
    encode(text) {
      const out: number[] = [];
      for (const ch of text) {
        const b = toByte.get(ch);
        if (b === undefined) return undefined;
        out.push(b);
      }
      return out;
    },
  };
}

export const CP1252: CodePage = buildCodePage('windows-1252', {});
export const CP1258: CodePage = buildCodePage('windows-1258', CP1258_DIFF);

/** UTF-8 bytes of a string (lone surrogates become U+FFFD). */
export function utf8Encode(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    let cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}

/** Strict UTF-8 decoding: undefined on any malformed or overlong sequence. */
export function utf8DecodeStrict(bytes: readonly number[]): string | undefined {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    let cp: number;
    let n: number;
    if (b < 0x80) {
      cp = b;
      n = 0;
    } else if (b >= 0xc2 && b <= 0xdf) {
      cp = b & 31;
      n = 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      cp = b & 15;
      n = 2;
    } else if (b >= 0xf0 && b <= 0xf4) {
      cp = b & 7;
      n = 3;
    } else return undefined;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return undefined;
      cp = (cp << 6) | (c & 63);
    }
    if ((n === 2 && cp < 0x800) || (n === 3 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    out += String.fromCodePoint(cp);
    i += n + 1;
  }
  return out;
}
