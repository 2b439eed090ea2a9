/**
 * Locates and explains the first JSON syntax error of a text that JSON.parse rejected. jsonc-parser
 * finds the error (it reports every fault JSON.parse does, with an offset); the context around it —
 * the previous token, the open brackets, the character found — turns the parser's code into a
 * message a helpdesk officer can act on: a trailing comma, a comment, Word quotes, the guide's '='
 * (official-sources.md G4), a text cut off, …
 */
import { visit } from 'jsonc-parser';
import type { Localized } from '../i18n/localized';
import { positionAt } from './lineIndex';
import { isInvisible, isOddSpace, SMART_DOUBLE, SMART_SINGLE } from './pasteTokens';
import { snippet, SYNTAX, type Opened } from './syntaxMessages';

// jsonc-parser's ParseErrorCode values (a const enum, which isolatedModules cannot import).
const E = {
  InvalidSymbol: 1,
  InvalidNumberFormat: 2,
  PropertyNameExpected: 3,
  ValueExpected: 4,
  ColonExpected: 5,
  CommaExpected: 6,
  CloseBraceExpected: 7,
  CloseBracketExpected: 8,
  EndOfFileExpected: 9,
  InvalidCommentToken: 10,
  UnexpectedEndOfComment: 11,
  UnexpectedEndOfString: 12,
  UnexpectedEndOfNumber: 13,
  InvalidUnicode: 14,
  InvalidEscapeCharacter: 15,
  InvalidCharacter: 16,
} as const;

/** A located and explained syntax problem (offsets in the text given to diagnoseSyntax). */
export interface Diagnosis {
  code: string;
  message: Localized;
  offset: number;
}

type Last = { kind: 'value' | 'key' | ',' | ':' | '{' | '[' | '}' | ']'; offset: number };

interface Context {
  code: number;
  offset: number;
  length: number;
  last: Last | undefined;
  open: { char: string; offset: number }[];
  lastClosed: { char: string; offset: number } | undefined;
  key: string | undefined;
}

const STOP = Symbol('first-error');

/** Runs jsonc-parser up to the first error and captures the parsing context at that point. */
function firstError(text: string): Context | undefined {
  const open: { char: string; offset: number }[] = [];
  let last: Last | undefined;
  let lastClosed: Context['lastClosed'];
  let key: string | undefined;
  let found: Context | undefined;
  try {
    visit(
      text,
      {
        onObjectBegin: (offset) => {
          open.push({ char: '{', offset });
          last = { kind: '{', offset };
        },
        onArrayBegin: (offset) => {
          open.push({ char: '[', offset });
          last = { kind: '[', offset };
        },
        onObjectEnd: (offset) => {
          lastClosed = open.pop();
          last = { kind: '}', offset };
        },
        onArrayEnd: (offset) => {
          lastClosed = open.pop();
          last = { kind: ']', offset };
        },
        onObjectProperty: (property, offset) => {
          key = property;
          last = { kind: 'key', offset };
        },
        onLiteralValue: (_v, offset) => {
          last = { kind: 'value', offset };
        },
        onSeparator: (ch, offset) => {
          last = { kind: ch === ',' ? ',' : ':', offset };
        },
        onError: (code, offset, length) => {
          found = { code, offset, length, last, open: open.slice(), lastClosed, key };
          throw STOP;
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch (e) {
    if (e !== STOP) throw e;
  }
  return found;
}

const opened = (text: string, o: { char: string; offset: number } | undefined): Opened | undefined =>
  o && { char: o.char, ...positionAt(text, o.offset) };

function wordAt(text: string, offset: number): string {
  const m = /^[^\s{}[\],:"/]+/.exec(text.slice(offset, offset + 64));
  return m ? m[0] : text[offset] ?? '';
}

function nextNonSpace(text: string, from: number): string | undefined {
  const m = /\S/.exec(text.slice(from, from + 256));
  return m ? m[0] : undefined;
}

const LITERAL_FIX: Record<string, string> = {
  True: 'true', TRUE: 'true', False: 'false', FALSE: 'false', None: 'null', NULL: 'null', Null: 'null', nil: 'null',
  undefined: 'null', NaN: '', Infinity: '', '-Infinity': '',
};

const CONTROL_NAMES: Record<number, string> = { 9: 'tab', 0: 'NUL', 8: 'backspace', 12: 'form feed', 11: 'vertical tab' };

/** Classifies an "unknown symbol" by the character(s) found. */
function invalidSymbol(text: string, c: Context): Diagnosis {
  const ch = text[c.offset];
  const o = c.offset;
  if (SMART_DOUBLE.has(ch) || SMART_SINGLE.has(ch)) return { code: 'syntax.smart-quotes', message: SYNTAX.smartQuotes(ch), offset: o };
  if (ch === "'") return { code: 'syntax.single-quotes', message: SYNTAX.singleQuotes(), offset: o };
  if (ch === '=') return { code: 'syntax.equals-for-colon', message: SYNTAX.equalsForColon(), offset: o };
  const u = `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  // A NUL or other control byte between tokens: name it rather than quoting an invisible character.
  if (ch.charCodeAt(0) < 0x20) return { code: 'syntax.control-character', message: SYNTAX.strayControl(CONTROL_NAMES[ch.charCodeAt(0)] ?? u), offset: o };
  if (isOddSpace(ch)) return { code: 'syntax.nbsp', message: SYNTAX.oddSpace(u), offset: o };
  if (isInvisible(ch)) return { code: 'syntax.invisible-character', message: SYNTAX.invisible(u), offset: o };
  const word = wordAt(text, o);
  const inObjectKeyPosition = c.open.at(-1)?.char === '{' && (c.last?.kind === '{' || c.last?.kind === ',');
  if (inObjectKeyPosition && /^[\p{L}_$][\p{L}\p{N}_$-]*$/u.test(word)) {
    const after = nextNonSpace(text, o + word.length);
    if (after === ':' || after === '=') return { code: 'syntax.unquoted-key', message: SYNTAX.unquotedKey(word), offset: o };
  }
  if (word in LITERAL_FIX) return { code: 'syntax.invalid-literal', message: SYNTAX.badLiteral(word, LITERAL_FIX[word]), offset: o };
  if (o + word.length >= text.trimEnd().length && ['true', 'false', 'null'].some((l) => l.startsWith(word))) {
    return { code: 'syntax.truncated', message: SYNTAX.truncatedValue(c.key), offset: o };
  }
  if (/^[+\-.]?[0-9.]/.test(word) || /^-/.test(word)) return { code: 'syntax.invalid-number', message: SYNTAX.invalidNumber(snippet(word)), offset: o };
  return { code: 'syntax.unexpected-token', message: SYNTAX.unexpected(snippet(word)), offset: o };
}

/** The first bad escape or control character inside the string token starting at `from`. */
function insideString(text: string, from: number, kind: 'escape' | 'control'): Diagnosis {
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) break;
    if (c === 92) {
      const n = text[i + 1];
      const ok = n !== undefined && ('"\\/bfnrt'.includes(n) || (n === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))));
      if (!ok && kind === 'escape') return { code: 'syntax.invalid-escape', message: SYNTAX.invalidEscape(text.slice(i, i + (n === 'u' ? 6 : 2))), offset: i };
      i++;
      continue;
    }
    if (c < 0x20 && kind === 'control') {
      const name = CONTROL_NAMES[c] ?? `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
      return { code: 'syntax.control-character', message: SYNTAX.controlChar(name), offset: i };
    }
  }
  return kind === 'escape'
    ? { code: 'syntax.invalid-escape', message: SYNTAX.invalidEscape('\\'), offset: from }
    : { code: 'syntax.control-character', message: SYNTAX.controlChar('?'), offset: from };
}

/** Locates and explains the first syntax error of a text JSON.parse rejected; undefined if none is found. */
export function diagnoseSyntax(text: string): Diagnosis | undefined {
  if (text.trim() === '') return { code: 'syntax.empty', message: SYNTAX.empty(), offset: 0 };
  const c = firstError(text);
  if (!c) return undefined;
  const o = c.offset;
  const ch = text[o];
  const atEnd = o >= text.trimEnd().length;
  const afterComma = c.last?.kind === ',';
  switch (c.code) {
    case E.InvalidCommentToken:
      return { code: 'syntax.comment', message: SYNTAX.comment(), offset: o };
    case E.InvalidSymbol:
      return invalidSymbol(text, c);
    case E.InvalidNumberFormat:
    case E.UnexpectedEndOfNumber:
      if (atEnd || o + c.length >= text.length) return { code: 'syntax.truncated', message: SYNTAX.truncatedValue(c.key), offset: o };
      return { code: 'syntax.invalid-number', message: SYNTAX.invalidNumber(snippet(wordAt(text, o))), offset: o };
    case E.PropertyNameExpected:
    case E.ValueExpected:
      if (atEnd) return { code: 'syntax.truncated', message: SYNTAX.truncatedValue(c.key), offset: o };
      if ((ch === '}' || ch === ']') && afterComma && c.last) return { code: 'syntax.trailing-comma', message: SYNTAX.trailingComma(ch), offset: c.last.offset };
      if (ch === ',' && (afterComma || c.last?.kind === '[' || c.last?.kind === '{')) return { code: 'syntax.extra-comma', message: SYNTAX.extraComma(), offset: o };
      if (c.last?.kind === ':') return { code: 'syntax.missing-value', message: SYNTAX.missingValue(c.key), offset: o };
      if (c.code === E.PropertyNameExpected) return { code: 'syntax.expected-key', message: SYNTAX.expectedKey(snippet(wordAt(text, o))), offset: o };
      return { code: 'syntax.unexpected-token', message: SYNTAX.unexpected(snippet(wordAt(text, o))), offset: o };
    case E.ColonExpected:
      if (atEnd) return { code: 'syntax.truncated', message: SYNTAX.truncatedValue(c.key), offset: o };
      return { code: 'syntax.missing-colon', message: SYNTAX.missingColon(c.key), offset: o };
    case E.CommaExpected: {
      const top = c.open.at(-1);
      // "01": jsonc-parser reads a 0 and then another number; say what it is, a leading zero.
      if (/[0-9]/.test(ch) && c.last?.kind === 'value' && text[o - 1] === '0') {
        return { code: 'syntax.invalid-number', message: SYNTAX.invalidNumber(snippet(wordAt(text, c.last.offset))), offset: c.last.offset };
      }
      if ((ch === '}' || ch === ']') && top) {
        return { code: 'syntax.mismatched-bracket', message: SYNTAX.mismatched(ch, opened(text, top)!), offset: o };
      }
      return { code: 'syntax.missing-comma', message: SYNTAX.missingComma(top?.char === '{'), offset: o };
    }
    case E.CloseBraceExpected:
    case E.CloseBracketExpected: {
      // jsonc-parser has already closed the container in its visitor when it reports the missing bracket.
      const innermost = opened(text, c.lastClosed);
      return { code: 'syntax.truncated', message: SYNTAX.truncatedOpen(innermost, c.open.length + 1), offset: o };
    }
    case E.EndOfFileExpected:
      return { code: 'syntax.extra-content', message: SYNTAX.extraContent(), offset: o };
    case E.UnexpectedEndOfString: {
      let i = o + 1;
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
      if (i >= text.length) return { code: 'syntax.truncated', message: SYNTAX.truncatedValue(c.last?.kind === 'key' || c.last?.kind === ':' ? c.key : undefined), offset: o };
      return { code: 'syntax.unterminated-string', message: SYNTAX.unterminatedString(c.last?.kind === ':' ? c.key : undefined), offset: o };
    }
    case E.InvalidUnicode:
    case E.InvalidEscapeCharacter:
      return insideString(text, o, 'escape');
    case E.InvalidCharacter:
      return insideString(text, o, 'control');
    default:
      return { code: 'syntax.unknown', message: SYNTAX.unknown(), offset: o };
  }
}
