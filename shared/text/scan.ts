/**
 * The integrity lens over one value or a whole document: which text-integrity problems each
 * string has, and the repaired value a quick fix would set.
 */
import type { PathSegment } from '../issues/issue';
import { walkScalars } from '../mask/specWalk';
import type { FieldSpec, ObjectSpec } from '../spec/types';
import { cleanInvisible, findInvisible } from './invisible';
import { detectMojibake, type MojibakeFamily } from './mojibake';
import { normalizationForm } from './normalization';
import { hasSmartQuotes, stripSmartQuotes } from './quotes';

export type TextProblemCode = 'text.nfd' | 'text.mixed-normalization' | 'text.mojibake' | 'text.invisible-char' | 'text.smart-quote-in-code';

/** One problem of one value, with the value a repair would set. */
export interface TextProblem {
  code: TextProblemCode;
  /** The repaired value. */
  fixed: string;
  /** For `text.mojibake`: the family. For `text.invisible-char`: the code points found. */
  detail?: string;
  family?: MojibakeFamily;
}

/**
 * Whether a field holds a code (compared exactly with a catalogue or pattern) rather than prose:
 * it has a code list, a pattern or a format, or its wire name starts with `Ma`/`MA` (MaHoSo,
 * MATTHC, madonvi…). Unknown keys are judged by the name alone.
 */
export function isCodeField(field: FieldSpec | undefined, key: string | undefined): boolean {
  if (field && field.pii !== 'none') return false;
  if (field && (field.codes || field.pattern || field.format)) return true;
  return key !== undefined && /^ma/i.test(key);
}

/** Checks one string value. `code` says whether the field holds a code (smart quotes matter). */
export function scanValue(value: string, code = false): TextProblem[] {
  const out: TextProblem[] = [];
  if (!value) return out;
  const mojibake = detectMojibake(value);
  if (mojibake) out.push({ code: 'text.mojibake', fixed: mojibake.repaired, family: mojibake.family, detail: mojibake.family });
  const form = normalizationForm(value);
  if (form === 'nfd') out.push({ code: 'text.nfd', fixed: value.normalize('NFC') });
  if (form === 'mixed') out.push({ code: 'text.mixed-normalization', fixed: value.normalize('NFC') });
  // A soft hyphen is the TCVN3 spelling of "ư": once mojibake explains it, it is not an invisible character.
  const invisible = findInvisible(value).filter((h) => !(mojibake && h.char === '\u00ad'));
  if (invisible.length) {
    out.push({ code: 'text.invisible-char', fixed: cleanInvisible(value), detail: [...new Set(invisible.map((h) => h.codePoint))].join(' ') });
  }
  if (code && hasSmartQuotes(value)) out.push({ code: 'text.smart-quote-in-code', fixed: stripSmartQuotes(cleanInvisible(value)) });
  return out;
}

/** A problem located in a document. */
export interface LocatedTextProblem extends TextProblem {
  path: PathSegment[];
  key?: string;
}

/** Checks every string of a document (envelope, records, nested lists), with its path. */
export function scanDocument(value: unknown, spec?: ObjectSpec): LocatedTextProblem[] {
  const out: LocatedTextProblem[] = [];
  walkScalars(value, spec, ({ path, key, field, value: v }) => {
    if (typeof v !== 'string') return;
    for (const p of scanValue(v, isCodeField(field, key))) out.push({ ...p, path, key });
  });
  return out;
}
