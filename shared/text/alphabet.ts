/**
 * The Vietnamese alphabet as data: every precomposed letter (NFC), which of them carry a tone
 * mark, and a plausibility score for a piece of text. The mojibake detector uses the score to
 * choose between decodings; nothing here knows about encodings.
 */

const VOWELS = 'aăâeêioôơuưy';
/** Combining tone marks: huyền, sắc, hỏi, ngã, nặng. */
export const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

function build(): { letters: Set<string>; toned: Set<string> } {
  const letters = new Set<string>();
  const toned = new Set<string>();
  for (const base of (VOWELS + VOWELS.toUpperCase()).split('')) {
    letters.add(base);
    for (const mark of TONE_MARKS) {
      const c = (base + mark).normalize('NFC');
      letters.add(c);
      toned.add(c);
    }
  }
  for (const c of 'bcdđghklmnpqrstvxfjwzBCDĐGHKLMNPQRSTVXFJWZ') letters.add(c);
  return { letters, toned };
}

const { letters: VIETNAMESE_LETTERS, toned: TONED } = build();

/** Every letter of the Vietnamese alphabet (NFC), ASCII included: for tables built once (cleanText.ts). */
export function vietnameseLetters(): string[] {
  return [...VIETNAMESE_LETTERS];
}

/** Whether `ch` (one NFC character) is a letter of the Vietnamese alphabet, ASCII included. */
export function isVietnameseLetter(ch: string): boolean {
  return VIETNAMESE_LETTERS.has(ch);
}

/** Whether `ch` is a Vietnamese letter outside ASCII (ă, ế, đ…): evidence that text is Vietnamese. */
export function isVietnameseSpecific(ch: string): boolean {
  return VIETNAMESE_LETTERS.has(ch) && ch.charCodeAt(0) > 0x7f;
}

/** Extra characters that Windows code pages produce in mojibake and real text almost never holds. */
const MOJIBAKE_PUNCTUATION = new Set('\u201a\u0192\u201e\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2122\u0161\u203a\u0153\u017e\u0178'.split(''));

/**
 * Counts characters that Vietnamese text never needs: Latin-1 and Latin Extended letters and
 * symbols outside the Vietnamese alphabet (µ, ¸, Ô is fine but Ð, ®, ¬ are not), and the odd
 * Windows punctuation of mojibake (‰, ™, ƒ…). Combining marks and no-break spaces are left to
 * the other detectors.
 */
export function foreignCount(text: string): number {
  let n = 0;
  const chars = [...text.normalize('NFC')];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const cp = ch.codePointAt(0)!;
    if (cp === 0xa0) continue;
    // A soft hyphen inside a word is TCVN3's "ư" (Tr­êng = Trường); elsewhere it is left to the invisible-character check.
    if (cp === 0xad && !(i > 0 && /\p{L}/u.test(chars[i - 1]))) continue;
    if ((cp >= 0x80 && cp <= 0x24f && !VIETNAMESE_LETTERS.has(ch)) || MOJIBAKE_PUNCTUATION.has(ch)) n++;
  }
  return n;
}

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?';
const NUCLEUS =
  '(oai|oao|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|iêu|yêu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)';
// `k` ends Central Highlands names (Đắk Lắk).
const CODA = '(ch|ng|nh|c|m|n|p|t|k)?';
const SYLLABLE = new RegExp(`^${ONSET}${NUCLEUS}${CODA}$`);
/** Nuclei that never end a syllable: ă, â, iê, yê, uô, ươ need a final consonant (ăn, tiên, muốn). */
const NEEDS_CODA = new Set(['ă', 'â', 'uâ', 'oă', 'iê', 'yê', 'uô', 'ươ', 'uyê']);
const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Spoken Vietnamese has a few thousand syllables: remembering verdicts makes whole packets cheap to score. */
const syllableVerdicts = new Map<string, boolean>();
const SYLLABLE_CACHE_LIMIT = 50_000;

/** Whether a word is one well-formed Vietnamese syllable (onset, vowel nucleus, final consonant, one tone). */
export function isVietnameseSyllable(word: string): boolean {
  let verdict = syllableVerdicts.get(word);
  if (verdict === undefined) {
    verdict = judgeSyllable(word);
    if (syllableVerdicts.size >= SYLLABLE_CACHE_LIMIT) syllableVerdicts.clear();
    syllableVerdicts.set(word, verdict);
  }
  return verdict;
}

function judgeSyllable(word: string): boolean {
  const chars = [...word.normalize('NFC')];
  if (!chars.every((c) => VIETNAMESE_LETTERS.has(c))) return false;
  if (chars.filter((c) => TONED.has(c)).length > 1) return false;
  const rest = chars.slice(1).join('');
  if (rest !== rest.toLowerCase() && word !== word.toUpperCase()) return false;
  const bare = word.normalize('NFD').replace(TONE_RE, '').normalize('NFC').toLowerCase();
  const m = SYLLABLE.exec(bare);
  if (!m) return false;
  return !(NEEDS_CODA.has(m[1]) && !m[2]);
}

/** What separates words when scoring (spaces, digits, punctuation). */
export const WORD_SEPARATORS = /[\s\d.,;:!?()[\]{}"'/\\\-–—_@#%&*+=<>|~`^]+/;

/**
 * How much a text reads like Vietnamese: +1 per well-formed syllable, −1 per other word that holds
 * a non-ASCII letter. Plain ASCII words and symbols count 0, so English text and codes score neutral.
 */
export function vietnameseScore(text: string): number {
  let score = 0;
  for (const word of text.normalize('NFC').split(WORD_SEPARATORS)) {
    if (!word || !/\p{L}/u.test(word)) continue;
    if ([...word].every((c) => c.charCodeAt(0) < 0x80)) continue;
    score += isVietnameseSyllable(word) ? 1 : -1;
  }
  return score;
}
