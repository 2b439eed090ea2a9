/**
 * TCVN3 ("ABC", the .VnTime fonts): TCVN 5712:1993, the 8-bit code of its VN3 level, byte ↔
 * character. ASCII stays ASCII; 0xA1–0xFF are Vietnamese letters, one byte per precomposed letter.
 *
 * Reconciliation (2 tables merged into this one, entry by entry against TCVN 5712:1993):
 * - The 67 lower-case letters and Ă Â Ê Ô Ơ Ư Đ: both former tables agreed on every byte, and so
 *   does the standard (e.g. B5 à, B8 á, D4 ễ, AD ư — the soft-hyphen byte, so "Trường" is "Tr", U+00AD, "êng").
 * - The 16 toned capitals at AF, BA, BF–C5, CD, D9–DB, E0, F0, FF: both former tables left them
 *   unmapped (shown as Latin-1 "Á", "Ù" …). TCVN 5712:1993 assigns them in the upper half it shares
 *   between VN1, VN2 and VN3, so they are mapped here. Unsure: many .VnTime fonts draw nothing
 *   there and ABC users wrote capitals with the separate .VnTimeH fonts (lower-case bytes, see
 *   below); the bytes only appear in text from software that follows the standard's capitals, so
 *   mapping them costs nothing for the rest and recovers "Ầ", "Ễ" … where they do appear.
 * - The five combining tone marks at B0–B4 (VN1/VN2; ° ± ² ³ ´ in Windows-1252): mapped only right
 *   after a toneless vowel, which is the only place the standard's tone marks make sense; anywhere
 *   else ("25°C", "m²") the byte keeps its Windows-1252 character, so text from fonts that kept the
 *   Latin-1 symbols there is not damaged.
 * - 0x80–0x9F keep their Windows-1252 punctuation: VN3 leaves the C1 half of VN1 (where VN1 puts
 *   more capitals) to the platform, and Word documents in .VnTime carry “ ” – — there.
 * Capitals the code has no byte for (Á, Ệ, Ự …) are encoded as the toneless capital plus a
 * combining tone byte, as VN1 intends; text typed in .VnTimeH stores them as the lower-case byte,
 * which decodes to the lower-case letter — the bytes cannot tell those apart.
 */
import { fromCodeUnits, hasCombiningMark } from './codeUnits';
import { CP1252 } from './windows';

/**
 * 0xA0–0xFF, sixteen bytes a row. A0 is the no-break space (as in Windows-1252); B0–B4 are the
 * combining huyền, hỏi, ngã, sắc, nặng.
 */
const TCVN3_A0_FF = [
  '\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ',
  '\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ',
  'ẮẦẨẪẤỀặầẩẫấậèỂẻẽ',
  'éẹềểễếệìỉỄẾỒĩíịò',
  'Ổỏõóọồổỗốộờởỡớợù',
  'ỖủũúụừửữứựỳỷỹýỵỐ',
].join('');

/** Byte → UTF-16 code unit; bytes TCVN3 does not assign keep their Windows-1252 character. */
const UNITS = new Uint16Array(256);
for (let b = 0; b < 256; b++) UNITS[b] = b >= 0xa0 ? TCVN3_A0_FF.charCodeAt(b - 0xa0) : CP1252.unitOf(b);

const FIRST_MARK = 0xb0;
const LAST_MARK = 0xb4;

/** Toneless vowels (a tone mark may follow them), as code units. */
const TONE_CARRIERS = new Set([...'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY'].map((c) => c.charCodeAt(0)));

/** Character → byte, for the letters (and tone marks) TCVN3 assigns. */
const BYTES = new Map<string, number>();
for (let b = 0xa1; b < 256; b++) BYTES.set(TCVN3_A0_FF[b - 0xa0], b);

/** Decodes TCVN3 bytes to NFC text. */
export function decodeTcvn3(bytes: ArrayLike<number>): string {
  const out = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] & 0xff;
    const isMark = b >= FIRST_MARK && b <= LAST_MARK;
    out[i] = isMark && !(i > 0 && TONE_CARRIERS.has(out[i - 1])) ? CP1252.unitOf(b) : UNITS[b];
  }
  const text = fromCodeUnits(out);
  return hasCombiningMark(text) ? text.normalize('NFC') : text;
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Encodes text as TCVN3, or undefined when a character has no TCVN3 spelling (Latin-1 letters
 * such as "ç" or "ñ", whose bytes are Vietnamese letters here, and anything beyond).
 */
export function encodeTcvn3(text: string): Uint8Array | undefined {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.charCodeAt(0);
    const byte = code < 0x80 ? code : BYTES.get(ch);
    const afterVowel = out.length > 0 && TONE_CARRIERS.has(UNITS[out[out.length - 1]]);
    // A lone combining tone only reads back as one right after a toneless vowel.
    if (byte !== undefined && byte >= FIRST_MARK && byte <= LAST_MARK && !afterVowel) return undefined;
    if (byte !== undefined) {
      out.push(byte);
      continue;
    }
    // Windows-1252 punctuation in 0x80–0xA0 is the same byte in TCVN3, and so are ° ± ² ³ ´ where
    // the decoder keeps them (anywhere but right after a toneless vowel).
    const cp1252 = CP1252.byteOf(ch);
    const keptSymbol = cp1252 !== undefined && cp1252 >= FIRST_MARK && cp1252 <= LAST_MARK && !afterVowel;
    if (cp1252 !== undefined && ((cp1252 >= 0x80 && cp1252 <= 0xa0) || keptSymbol)) {
      out.push(cp1252);
      continue;
    }
    // A toned capital without its own byte: the toneless capital, then the combining tone (VN1's way).
    const nfd = ch.normalize('NFD');
    const tones = nfd.match(TONES) ?? [];
    const base = nfd.replace(TONES, '').normalize('NFC');
    const baseByte = base.length === 1 && base.charCodeAt(0) < 0x80 ? base.charCodeAt(0) : BYTES.get(base);
    if (tones.length !== 1 || baseByte === undefined || !TONE_CARRIERS.has(base.charCodeAt(0))) return undefined;
    out.push(baseByte, BYTES.get(tones[0])!);
  }
  return Uint8Array.from(out);
}
