/**
 * Guesses which legacy Vietnamese encoding bytes that are not UTF-8 are in, so the error can name
 * it (PEERS.md [V2] "loạn font"). Method: decode a sample with each candidate and count how many of
 * the words that contain a non-ASCII letter are well-formed Vietnamese syllables (only Vietnamese
 * letters, at most one tone, a known vowel nucleus and final consonant). Text in the right encoding
 * scores near 100 %; the wrong ones produce symbols (µ ¸ ·), stray marks or impossible vowel
 * clusters ("Vieọt"). The guess is only shown to the user; nothing is converted without consent.
 */
import { decodeLegacy, type LegacyEncoding } from './legacy';

const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Every lower-case Vietnamese letter (NFC), toned or not. */
const LETTERS = new Set<string>('bcdđghklmnpqrstvxfjwz'.split(''));
for (const v of 'aăâeêioôơuưy') for (const t of TONES) LETTERS.add((v + t).normalize('NFC'));

const VOWELS = new Set('aăâeêioôơuưy');

// Vowel nuclei of Vietnamese syllables (tones removed), after the initial consonant (qu/gi included there).
const NUCLEI = new Set(
  ('a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu iêu oa oă oai oao oay oe oeo oi oo ôi ơi ' +
    'ua uâ uây uê ui uô uôi uơ uy uya uyê uyu ưa ưi ưu ươ ươi ươu yê yêu').split(' '),
);
const FINALS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
const INITIAL_RE = /^(ngh|ng|nh|ch|gh|kh|ph|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?/;

/** Whether a word (already NFC) reads as one Vietnamese syllable. */
export function isPlausibleSyllable(word: string): boolean {
  const w = word.toLowerCase();
  let tones = 0;
  for (const ch of w) {
    if (!LETTERS.has(ch)) return false;
    const toneCount = ch.normalize('NFD').match(TONE_RE)?.length ?? 0;
    tones += toneCount;
  }
  if (tones > 1) return false;
  const bare = w.normalize('NFD').replace(TONE_RE, '').normalize('NFC');
  let rest: string;
  if (/^qu[aăâeêioôơưy]/.test(bare)) rest = bare.slice(2);
  else if (/^gi[aăâeêoôơuưy]/.test(bare)) rest = bare.slice(2);
  else rest = bare.slice((INITIAL_RE.exec(bare)?.[0] ?? '').length);
  let n = 0;
  while (n < rest.length && VOWELS.has(rest[n])) n++;
  const nucleus = rest.slice(0, n);
  const final = rest.slice(n);
  return nucleus !== '' && NUCLEI.has(nucleus) && FINALS.has(final);
}

/** Share (0..1) of non-ASCII words that are plausible syllables, and how many such words there were. */
export function vietnameseScore(text: string): { score: number; words: number } {
  let words = 0;
  let good = 0;
  for (const m of text.matchAll(/[\p{L}\p{M}\u00b5\u00b7\u00b8\u00a8\u00a9\u00aa\u00ab\u00ac\u00ad\u00ae\u00bb-\u00be]+/gu)) {
    const w = m[0];
    if (!/[^\x00-\x7f]/.test(w)) continue;
    words++;
    if (isPlausibleSyllable(w)) good++;
  }
  return { score: words === 0 ? 0 : good / words, words };
}

const CANDIDATES: LegacyEncoding[] = ['vni', 'tcvn3', 'windows-1258'];

/** The legacy encoding the bytes most likely use, or undefined when none reads as Vietnamese. */
export function guessLegacyEncoding(bytes: Uint8Array): LegacyEncoding | undefined {
  // 256 KiB is plenty for the statistics and keeps the error path quick on 100 MB files.
  const sample = bytes.subarray(0, 262144);
  let best: LegacyEncoding | undefined;
  let bestScore = 0;
  for (const enc of CANDIDATES) {
    const { score, words } = vietnameseScore(decodeLegacy(sample, enc));
    if (words > 0 && score > bestScore) {
      best = enc;
      bestScore = score;
    }
  }
  // Below this the text is more likely some other 8-bit encoding (Latin-1 names, Chinese GBK …).
  return bestScore >= 0.6 ? best : undefined;
}
