/**
 * The integrity lens over one value or a whole document: which text-integrity problems each
 * string has, and the repaired value a quick fix would set.
 */
import type { PathSegment } from '../issues/issue';
import { childSpec, findField } from '../mask/specWalk';
import type { FieldSpec, ObjectSpec } from '../spec/types';
import { cleanInvisible, findInvisible } from './invisible';
import { detectMojibake, type MojibakeFamily } from './mojibake';
import { normalizationForm } from './normalization';
import { isVietnameseLetter, isVietnameseSyllable, WORD_SEPARATORS } from './alphabet';
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

const NONE: TextProblem[] = [];
/** Printable ASCII only: none of the problems below can occur (they all need a non-ASCII character). */
const PLAIN_ASCII = /^[\x20-\x7e\t\r\n]*$/;

/**
 * Well-formed Vietnamese in NFC: only ASCII and precomposed Vietnamese letters, every word with a
 * non-ASCII letter a real syllable. No detector can fire on such text (mojibake needs foreign
 * characters or malformed syllables; NFD, invisible characters and smart quotes are not letters),
 * so the expensive decoders are skipped for the common case — a packet is mostly names and prose.
 */
function isCleanVietnamese(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    if (!isVietnameseLetter(value[i])) return false;
  }
  for (const word of value.split(WORD_SEPARATORS)) {
    if (word && NON_ASCII.test(word) && !isVietnameseSyllable(word)) return false;
  }
  return true;
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Verdicts of clean values: a batch repeats procedure names, agency names and fee names in every
 * record, so most strings are judged once. Bounded; cleared when full.
 */
const cleanValues = new Set<string>();
const CLEAN_CACHE_LIMIT = 100_000;

function isCleanCached(value: string): boolean {
  if (cleanValues.has(value)) return true;
  if (!isCleanVietnamese(value)) return false;
  if (value.length <= 256) {
    if (cleanValues.size >= CLEAN_CACHE_LIMIT) cleanValues.clear();
    cleanValues.add(value);
  }
  return true;
}

/** Checks one string value. `code` says whether the field holds a code (smart quotes matter). */
export function scanValue(value: string, code = false): TextProblem[] {
  if (!value || PLAIN_ASCII.test(value) || isCleanCached(value)) return NONE;
  const out: TextProblem[] = [];
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

/**
 * Checks every string of a document (envelope, records, nested lists), with its path. Runs on
 * every record of every validation, so it walks with one mutable path and copies it only for a
 * value that has a problem.
 */
export function scanDocument(value: unknown, spec?: ObjectSpec): LocatedTextProblem[] {
  const out: LocatedTextProblem[] = [];
  walk(value, spec, undefined, undefined, [], out);
  return out;
}

const fieldIndex = new WeakMap<ObjectSpec, Map<string, FieldSpec>>();

/** The field a key names: exact name or alias through an index, other letter case through findField. */
function fieldOf(spec: ObjectSpec | undefined, key: string): FieldSpec | undefined {
  if (!spec) return undefined;
  let index = fieldIndex.get(spec);
  if (!index) {
    index = new Map();
    for (const f of spec.fields) for (const n of [f.name, ...(f.aliases ?? [])]) if (!index.has(n)) index.set(n, f);
    fieldIndex.set(spec, index);
  }
  return index.get(key) ?? findField(spec, key);
}

function walk(value: unknown, spec: ObjectSpec | undefined, field: FieldSpec | undefined, key: string | undefined, path: PathSegment[], out: LocatedTextProblem[]): void {
  if (typeof value === 'string') {
    if (!value || PLAIN_ASCII.test(value)) return;
    const problems = scanValue(value, isCodeField(field, key));
    for (const p of problems) out.push({ ...p, path: path.slice(), key });
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(value[i], spec, field, key, path, out);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const k in record) {
      const f = fieldOf(spec, k);
      path.push(k);
      walk(record[k], childSpec(f), f, k, path, out);
      path.pop();
    }
  }
}
