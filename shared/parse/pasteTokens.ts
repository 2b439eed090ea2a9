/**
 * A forgiving tokeniser for text that *should* be JSON but was pasted from Word, a PDF or the
 * portal's integration guide (official-sources.md G4, PEERS.md [V4] idea 4). It understands what
 * JSON does not — comments, single and typographic quotes, `=` as a separator, NBSP and zero-width
 * characters — so the repairs can name and fix them, and it never looks inside a string for them:
 * `"https://x"` holds no comment and `"a = b"` no separator.
 */

/** The quote style of a string token. */
export type QuoteStyle = 'double' | 'single' | 'smart-double' | 'smart-single';

export type PasteToken =
  | { kind: '{' | '}' | '[' | ']' | ',' | ':' | '='; start: number; end: number }
  | {
      kind: 'string';
      start: number;
      end: number;
      quote: QuoteStyle;
      /** False when the line or the text ended before the closing quote. */
      terminated: boolean;
    }
  | { kind: 'comment'; start: number; end: number; block: boolean; terminated: boolean }
  /** A space-like (NBSP, U+2000…) or invisible (zero-width, stray BOM) character outside strings. */
  | { kind: 'oddspace'; start: number; end: number; invisible: boolean }
  /** A run of other characters: numbers, true/false/null, bare words. */
  | { kind: 'word'; start: number; end: number }
  /** Any other single character. */
  | { kind: 'other'; start: number; end: number };

/** Typographic double quotes: “ ” „ ‟ ″. */
export const SMART_DOUBLE = new Set(['\u201c', '\u201d', '\u201e', '\u201f', '\u2033']);
/** Typographic single quotes: ‘ ’ ‚ ‛ ′. */
export const SMART_SINGLE = new Set(['\u2018', '\u2019', '\u201a', '\u201b', '\u2032']);

/** Characters that look like a space but are not JSON whitespace. */
export function isOddSpace(ch: string): boolean {
  return ch === '\u00a0' || ch === '\u1680' || (ch >= '\u2000' && ch <= '\u200a') || ch === '\u202f' || ch === '\u205f' || ch === '\u3000';
}

/** Characters that are invisible: zero-width space/joiners, word joiner, and a BOM after the first character. */
export function isInvisible(ch: string): boolean {
  return ch === '\u200b' || ch === '\u200c' || ch === '\u200d' || ch === '\u2060' || ch === '\ufeff';
}

function isJsonSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

const DELIMS = new Set(['{', '}', '[', ']', ',', ':', '=', '"', "'", '/']);

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return !isJsonSpace(c) && !DELIMS.has(ch) && !SMART_DOUBLE.has(ch) && !SMART_SINGLE.has(ch) && !isOddSpace(ch) && !isInvisible(ch);
}

function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** End (exclusive) of a straight-quoted string opened at `start`, and whether it was closed on its line. */
function scanQuoted(text: string, start: number, quote: string): { end: number; terminated: boolean } {
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (ch === quote) return { end: i + 1, terminated: true };
    if (ch === '\n' || ch === '\r') break;
    i++;
  }
  return { end: Math.min(i, text.length), terminated: false };
}

/**
 * A typographic-quoted string: Word turns both quotes of `"x"` into “x”, and the same marks may
 * appear inside the value (“Tên “ABC””), so the closer is the first candidate quote that is followed
 * by a separator (`: , } ] =`) or the end of the line; failing that, the first candidate on the line.
 */
function scanSmart(text: string, start: number, candidates: Set<string>, straight: string): { end: number; terminated: boolean } {
  const stop = lineEnd(text, start + 1);
  let first = -1;
  for (let i = start + 1; i < stop; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (!candidates.has(ch) && ch !== straight) continue;
    if (first < 0) first = i;
    let j = i + 1;
    while (j < stop && (text[j] === ' ' || text[j] === '\t' || isOddSpace(text[j]))) j++;
    if (j >= stop || ':,}]='.includes(text[j])) return { end: i + 1, terminated: true };
  }
  if (first >= 0) return { end: first + 1, terminated: true };
  return { end: stop, terminated: false };
}

/**
 * Splits pasted text into tokens; JSON whitespace is skipped, everything else is kept with its
 * offsets. A generator, so that a broken 100 MB paste is not turned into millions of objects at once.
 */
export function* pasteTokens(text: string): Generator<PasteToken> {
  let i = 0;
  // A BOM as the very first character is accepted by parseJson, not a paste fault.
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isJsonSpace(c)) {
      i++;
      continue;
    }
    const ch = text[i];
    switch (ch) {
      case '{':
      case '}':
      case '[':
      case ']':
      case ',':
      case ':':
      case '=':
        yield { kind: ch, start: i, end: i + 1 };
        i++;
        continue;
      case '"':
      case "'": {
        const s = scanQuoted(text, i, ch);
        yield { kind: 'string', start: i, end: s.end, quote: ch === '"' ? 'double' : 'single', terminated: s.terminated };
        i = s.end;
        continue;
      }
      case '/': {
        const next = text[i + 1];
        if (next === '/') {
          const end = lineEnd(text, i);
          yield { kind: 'comment', start: i, end, block: false, terminated: true };
          i = end;
          continue;
        }
        if (next === '*') {
          const close = text.indexOf('*/', i + 2);
          const end = close < 0 ? text.length : close + 2;
          yield { kind: 'comment', start: i, end, block: true, terminated: close >= 0 };
          i = end;
          continue;
        }
        yield { kind: 'other', start: i, end: i + 1 };
        i++;
        continue;
      }
    }
    if (SMART_DOUBLE.has(ch) || SMART_SINGLE.has(ch)) {
      const dbl = SMART_DOUBLE.has(ch);
      const s = scanSmart(text, i, dbl ? SMART_DOUBLE : SMART_SINGLE, dbl ? '"' : "'");
      yield { kind: 'string', start: i, end: s.end, quote: dbl ? 'smart-double' : 'smart-single', terminated: s.terminated };
      i = s.end;
      continue;
    }
    if (isOddSpace(ch) || isInvisible(ch)) {
      yield { kind: 'oddspace', start: i, end: i + 1, invisible: isInvisible(ch) };
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && isWordChar(text[j])) j++;
    if (j > i) {
      yield { kind: 'word', start: i, end: j };
      i = j;
    } else {
      yield { kind: 'other', start: i, end: i + 1 };
      i++;
    }
  }
}
