/**
 * The common case of the text-integrity lens, fast: is a value well-formed Vietnamese in NFC —
 * only printable ASCII (tab and line breaks included) and precomposed Vietnamese letters, every
 * word holding a non-ASCII letter one real syllable? No detector can fire on such a value.
 *
 * A 100,000-dossier batch holds some 660,000 such values. Judging each by splitting it into words
 * or by looking the whole value up in a set of known-clean values costs a hash of every value and
 * a trip to memory per lookup; this reads each value once, character by character, against a
 * 64 KiB table of character classes, and looks each non-ASCII word up in a compact table of
 * syllables already confirmed by `isVietnameseSyllable` (alphabet.ts), which stays judge: a word
 * the table does not hold yet is cut out and asked once.
 */
import { isVietnameseSyllable, vietnameseLetters, WORD_SEPARATORS } from './alphabet';

/** Character classes: not allowed in clean text, a word separator, an ASCII word character, a non-ASCII letter. */
const BAD = 0;
const SEPARATOR = 1;
const ASCII_WORD = 2;
const LETTER = 3;

const CLASSES = (() => {
  const table = new Uint8Array(0x10000);
  // Exactly the separators of WORD_SEPARATORS, tested one character at a time.
  const separator = new RegExp(`^(?:${WORD_SEPARATORS.source})$`);
  const classify = (ch: string) => (separator.test(ch) ? SEPARATOR : ch.charCodeAt(0) < 0x80 ? ASCII_WORD : LETTER);
  for (let c = 0; c < 0x80; c++) if ((c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d) table[c] = classify(String.fromCharCode(c));
  // A letter longer than one UTF-16 unit could never be one character of a value: none is, but skip it if so.
  for (const letter of vietnameseLetters()) if (letter.length === 1) table[letter.charCodeAt(0)] = classify(letter);
  return table;
})();

/**
 * Confirmed syllables holding a non-ASCII letter, in open addressing: slot k holds the word's hash
 * at 2k and, at 2k + 1, where its characters lie in `pool` and how many (start << 8 | length;
 * 0 = empty), so a probe reads one cache line. Bounded: once full, unknown words are asked of
 * `isVietnameseSyllable` (which has its own cache) every time — slower, never wrong.
 */
const SLOTS = 1 << 15;
const MAX_WORDS = SLOTS >> 1;
/** Longer words are not kept (a Vietnamese syllable has at most seven letters: nghiêng). */
const MAX_WORD = 10;
const slots = new Int32Array(SLOTS * 2);
const pool = new Uint16Array(MAX_WORDS * MAX_WORD);
let poolUsed = 0;
let words = 0;

/** Whether the word at [from, to) of `value`, with hash `h`, is in the table. */
function known(value: string, from: number, to: number, h: number): boolean {
  const len = to - from;
  for (let slot = h & (SLOTS - 1); ; slot = (slot + 1) & (SLOTS - 1)) {
    const meta = slots[2 * slot + 1];
    if (meta === 0) return false;
    if (slots[2 * slot] !== h || (meta & 0xff) !== len) continue;
    const start = meta >>> 8;
    let k = 0;
    while (k < len && pool[start + k] === value.charCodeAt(from + k)) k++;
    if (k === len) return true;
  }
}

function remember(value: string, from: number, to: number, h: number): void {
  const len = to - from;
  if (words >= MAX_WORDS || len > MAX_WORD) return;
  let slot = h & (SLOTS - 1);
  while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & (SLOTS - 1);
  for (let k = 0; k < len; k++) pool[poolUsed + k] = value.charCodeAt(from + k);
  slots[2 * slot] = h;
  slots[2 * slot + 1] = (poolUsed << 8) | len;
  poolUsed += len;
  words++;
}

/** Whether the word at [from, to), which holds a non-ASCII letter, is one Vietnamese syllable. */
function isSyllableAt(value: string, from: number, to: number, h: number): boolean {
  if (known(value, from, to, h)) return true;
  if (!isVietnameseSyllable(value.slice(from, to))) return false;
  remember(value, from, to, h);
  return true;
}

/**
 * Whether a value is clean Vietnamese (see above): every character printable ASCII, tab, a line
 * break or a Vietnamese letter, and every word — a run between WORD_SEPARATORS — that holds a
 * non-ASCII letter a well-formed syllable.
 */
export function isCleanVietnamese(value: string): boolean {
  const n = value.length;
  let i = 0;
  while (i < n) {
    let c = value.charCodeAt(i);
    let cls = CLASSES[c];
    if (cls === SEPARATOR) {
      i++;
      continue;
    }
    if (cls === BAD) return false;
    // A word: up to the next separator (or the end), hashed on the way.
    const start = i;
    let h = 0;
    let nonAscii = false;
    for (;;) {
      if (cls === LETTER) nonAscii = true;
      h = (Math.imul(h, 31) + c) | 0;
      if (++i === n) break;
      c = value.charCodeAt(i);
      cls = CLASSES[c];
      if (cls === SEPARATOR) break;
      if (cls === BAD) return false;
    }
    if (nonAscii && !isSyllableAt(value, start, i, h)) return false;
  }
  return true;
}
