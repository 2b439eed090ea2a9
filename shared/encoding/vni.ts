/**
 * VNI-Windows (the VNI-Times fonts), byte ↔ character. A toned or marked vowel is its ASCII base
 * letter followed by one byte that carries the mark(s): circumflex and breve combined with the
 * tone; đ ơ ư, the toned i and ỵ are single bytes. Capitals use the mark byte 0x20 below the
 * lower-case one (Ù for ù …). Bytes VNI does not assign keep their Windows-1252 character.
 *
 * Reconciliation (2 implementations merged into this one, against the VNI-Windows chart):
 * - Every letter and mark byte: both former tables agreed.
 * - ỵ = 0xEE ("î"), Ỵ = 0xCE ("Î"): kept, and written so by the encoder. VNI gives ỵ a single
 *   byte as it does the toned i's, while ý ỳ ỷ ỹ are "y" + tone byte; "y" + nặng byte (ï / Ï) is
 *   still read as ỵ, since those bytes can mean nothing else. Not fully sure: this is the
 *   VNI-Windows chart as common converters implement it (both former authors had the same), not
 *   checked against VNI's own documentation, which is not public.
 * - A mark byte of the other case (lower-case "a" + "Á"): the file decoder joined it, the mojibake
 *   detector did not. Joined here: in VNI fonts every one of these bytes is a mark glyph whatever
 *   its case (the case only moves it up for capitals), so the bytes can mean nothing else.
 * - Toned i takes no mark byte ("iù" stays as it is): VNI has single bytes for í ì ỉ ĩ ị.
 */
import { fromCodeUnits } from './codeUnits';
import { CP1252 } from './windows';

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031b';

/** The five tones in the order the mark rows below list them: sắc, huyền, hỏi, ngã, nặng. */
const TONES = [ACUTE, GRAVE, HOOK, TILDE, DOT] as const;

/** Single-byte letters, lower-case byte → letter; the capital is 0x20 lower. */
const LETTERS_LOWER: [number, string][] = [
  [0xf1, 'đ'], [0xf4, 'ơ'], [0xf6, 'ư'],
  [0xed, 'í'], [0xec, 'ì'], [0xe6, 'ỉ'], [0xf3, 'ĩ'], [0xf2, 'ị'], [0xee, 'ỵ'],
];

type MarkKind = 'tone' | 'circumflex' | 'breve';

/**
 * Mark bytes (lower-case), tone by tone in the order of TONES; the first circumflex and breve
 * bytes carry no tone.
 */
const TONE_BYTES = [0xf9, 0xf8, 0xfb, 0xf5, 0xef];
const CIRCUMFLEX_BYTES = [0xe2, 0xe1, 0xe0, 0xe5, 0xe3, 0xe4];
const BREVE_BYTES = [0xea, 0xe9, 0xe8, 0xfa, 0xfc, 0xeb];

/** The letters each kind of mark byte may follow (after đ/ơ/ư bytes are read as letters). */
const BASES: Record<MarkKind, Set<string>> = {
  tone: new Set('aeouyơưAEOUYƠƯ'),
  circumflex: new Set('aeoAEO'),
  breve: new Set('aA'),
};

interface Mark {
  marks: string;
  kind: MarkKind;
}

const MARKS = new Map<number, Mark>();
const LETTERS = new Map<number, string>();
const LETTER_BYTES = new Map<string, number>();
/** Lower-case mark byte of a (modifier, tone) pair, for encoding; '' = none. */
const MARK_BYTE = new Map<string, number>();

for (const [b, letter] of LETTERS_LOWER) {
  for (const [byte, ch] of [[b, letter], [b - 0x20, letter.toUpperCase()]] as const) {
    LETTERS.set(byte, ch);
    LETTER_BYTES.set(ch, byte);
  }
}
const addMark = (b: number, modifier: string, tone: string, kind: MarkKind) => {
  MARKS.set(b, { marks: modifier + tone, kind });
  MARKS.set(b - 0x20, { marks: modifier + tone, kind });
  MARK_BYTE.set(modifier + tone, b);
};
TONES.forEach((tone, i) => addMark(TONE_BYTES[i], '', tone, 'tone'));
['', ...TONES].forEach((tone, i) => addMark(CIRCUMFLEX_BYTES[i], CIRCUMFLEX, tone, 'circumflex'));
['', ...TONES].forEach((tone, i) => addMark(BREVE_BYTES[i], BREVE, tone, 'breve'));

/** Decodes VNI-Windows bytes to NFC text: a mark byte joins the letter before it when that letter can carry it. */
export function decodeVni(bytes: ArrayLike<number>): string {
  // A byte becomes at most two code units (circumflex or breve plus a tone).
  const out = new Uint16Array(bytes.length * 2);
  let n = 0;
  let combined = false;
  // The letter a mark byte may attach to; cleared once a mark is attached (one mark byte per letter).
  let base = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] & 0xff;
    if (b < 0x80) {
      out[n++] = b;
      base = String.fromCharCode(b);
      continue;
    }
    const mark = MARKS.get(b);
    if (mark && BASES[mark.kind].has(base)) {
      for (let k = 0; k < mark.marks.length; k++) out[n++] = mark.marks.charCodeAt(k);
      combined = true;
      base = '';
      continue;
    }
    const letter = LETTERS.get(b);
    out[n++] = letter ? letter.charCodeAt(0) : CP1252.unitOf(b);
    base = letter ?? '';
  }
  const text = fromCodeUnits(out, n);
  return combined ? text.normalize('NFC') : text;
}

/** Whether a byte means something else in VNI than in Windows-1252 (a letter or a mark). */
function isVniByte(b: number): boolean {
  return LETTERS.has(b) || MARKS.has(b);
}

/**
 * Encodes text as VNI-Windows, or undefined when a character has no VNI spelling (Latin-1 letters
 * whose bytes VNI uses for marks, e.g. "ñ", "ü", and anything beyond Windows-1252).
 */
export function encodeVni(text: string): Uint8Array | undefined {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.charCodeAt(0);
    const single = code < 0x80 ? code : LETTER_BYTES.get(ch);
    if (single !== undefined) {
      out.push(single);
      continue;
    }
    const spelled = spellVni(ch);
    if (spelled) {
      out.push(...spelled);
      continue;
    }
    const cp1252 = CP1252.byteOf(ch);
    if (cp1252 === undefined || isVniByte(cp1252)) return undefined;
    out.push(cp1252);
  }
  return Uint8Array.from(out);
}

/** The VNI bytes of one Vietnamese vowel spelled as base letter + mark byte, or undefined. */
function spellVni(ch: string): number[] | undefined {
  const nfd = ch.normalize('NFD');
  let base = nfd[0];
  let modifier = '';
  let tone = '';
  for (const m of nfd.slice(1)) {
    if (m === HORN) base = (base + HORN).normalize('NFC');
    else if (m === CIRCUMFLEX || m === BREVE) modifier = m;
    else if ((TONES as readonly string[]).includes(m)) tone = m;
    else return undefined;
  }
  if (modifier === '' && tone === '') return undefined;
  const kind: MarkKind = modifier === CIRCUMFLEX ? 'circumflex' : modifier === BREVE ? 'breve' : 'tone';
  const lower = MARK_BYTE.get(modifier + tone);
  if (lower === undefined || !BASES[kind].has(base)) return undefined;
  const upper = base !== base.toLowerCase();
  const baseByte = base.charCodeAt(0) < 0x80 ? base.charCodeAt(0) : LETTER_BYTES.get(base);
  if (baseByte === undefined) return undefined;
  return [baseByte, upper ? lower - 0x20 : lower];
}
