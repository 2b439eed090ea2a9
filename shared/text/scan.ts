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
import { isCleanVietnamese } from './cleanText';
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

/** Checks one string value. `code` says whether the field holds a code (smart quotes matter). */
export function scanValue(value: string, code = false): TextProblem[] {
  if (!value || isPlainAscii(value)) return NONE;
  return scanNonAscii(value, code);
}

/**
 * Whether a value is printable ASCII (plus tab and line breaks), where no problem can occur (they
 * all need another character): /^[\x20-\x7e\t\r\n]*$/ as a character loop, cheaper than a
 * regular-expression call for the short codes and dates that make up most strings of a packet
 * (5 million per 100,000 dossiers).
 */
export function isPlainAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x7f || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)) return false;
  }
  return true;
}

/**
 * Whether a string can have no text problem: empty, printable ASCII or clean Vietnamese. Sound,
 * not complete: false may still mean no problem (the detectors decide that).
 */
export function isCleanText(value: string): boolean {
  return value.length === 0 || isPlainAscii(value) || isCleanVietnamese(value);
}

/** Values longer than this are judged every time (a memo of one field keeps one value per length below it). */
const MEMO_LENGTHS = 256;

/**
 * isCleanText with a memory for one field: the last clean value of each length. A field's values
 * repeat across the records of a batch (agency, procedure and fee names), and a value is compared
 * with the one remembered for its length — no hash, no table — before it is judged again.
 */
export function cleanTextMemo(): (value: string) => boolean {
  // Made on the first clean value: a key that never holds one costs nothing.
  let last: (string | undefined)[] | undefined;
  return (value) => {
    const n = value.length;
    if (last !== undefined && n < MEMO_LENGTHS && last[n] === value) return true;
    if (!isCleanText(value)) return false;
    if (n < MEMO_LENGTHS) (last ??= new Array<string | undefined>(MEMO_LENGTHS).fill(undefined))[n] = value;
    return true;
  };
}

/** Whether every string inside a JSON value — what scanDocument would visit — is clean (isCleanText). */
export function allStringsClean(value: unknown): boolean {
  if (typeof value === 'string') return isCleanText(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!allStringsClean(value[i])) return false;
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const k in record) if (!allStringsClean(record[k])) return false;
  }
  return true;
}

/** scanValue for a value known to hold a character outside printable ASCII. */
function scanNonAscii(value: string, code: boolean): TextProblem[] {
  // Well-formed Vietnamese in NFC, the common case: no detector can fire (cleanText.ts).
  if (isCleanVietnamese(value)) return NONE;
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
 * every record of every validation, so it walks with one mutable path, copies it only for a value
 * that has a problem, and looks up what a key means (its field, whether it holds a code) only for
 * a container or a string that is not plain ASCII — most strings are codes and dates.
 */
export function scanDocument(value: unknown, spec?: ObjectSpec): LocatedTextProblem[] {
  const out: LocatedTextProblem[] = [];
  walk(value, spec, undefined, [], out);
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

/**
 * What a key of an object (of a given spec) means for the walk: the spec of its children, whether
 * it holds a code, and a memory of the clean values met under it (cleanTextMemo).
 */
interface KeyMeaning {
  child: ObjectSpec | undefined;
  code: boolean;
  clean: (value: string) => boolean;
}

/** Meanings by key, per object spec (and for objects no spec describes); bounded for documents with endless odd keys. */
const meanings = new WeakMap<ObjectSpec, Map<string, KeyMeaning>>();
const unspecified = new Map<string, KeyMeaning>();
const MEANINGS_LIMIT = 10_000;

function meaningsOf(spec: ObjectSpec | undefined): Map<string, KeyMeaning> {
  if (!spec) return unspecified;
  let m = meanings.get(spec);
  if (!m) meanings.set(spec, (m = new Map()));
  return m;
}

function meaningOf(known: Map<string, KeyMeaning>, spec: ObjectSpec | undefined, key: string): KeyMeaning {
  let m = known.get(key);
  if (m === undefined) {
    const f = fieldOf(spec, key);
    const kept = known.size < MEANINGS_LIMIT;
    // A memory of clean values only for the spec's own fields: odd keys are few and need none.
    m = { child: childSpec(f), code: isCodeField(f, key), clean: kept && f ? cleanTextMemo() : isCleanText };
    if (kept) known.set(key, m);
  }
  return m;
}

/** A string found under `key` (for list items: the list's key), checked and recorded at `path`. */
function visitString(value: string, code: boolean, key: string | undefined, path: PathSegment[], out: LocatedTextProblem[]): void {
  const problems = scanNonAscii(value, code);
  for (const p of problems) out.push({ ...p, path: path.slice(), key });
}

/** Walks any value; `spec` describes it when it is an object (or the objects of a list), `key`/`meaning` what holds it. */
function walk(value: unknown, spec: ObjectSpec | undefined, key: string | undefined, path: PathSegment[], out: LocatedTextProblem[], meaning?: KeyMeaning): void {
  if (typeof value === 'string') {
    if (value.length === 0 || isPlainAscii(value)) return;
    if (meaning ? meaning.clean(value) : isCleanVietnamese(value)) return;
    visitString(value, meaning?.code ?? false, key, path, out);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      // Plain strings in a list of codes or names: skipped here without a call.
      if (typeof item === 'string' && (item.length === 0 || isPlainAscii(item))) continue;
      path.push(i);
      walk(item, spec, key, path, out, meaning);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    walkObject(value as Record<string, unknown>, spec, path, out);
  }
}

function walkObject(record: Record<string, unknown>, spec: ObjectSpec | undefined, path: PathSegment[], out: LocatedTextProblem[]): void {
  const known = meaningsOf(spec);
  for (const k in record) {
    const v = record[k];
    if (typeof v === 'string') {
      if (v.length === 0 || isPlainAscii(v)) continue;
      const m = meaningOf(known, spec, k);
      // Names repeat from record to record: most are found clean in the key's memory.
      if (m.clean(v)) continue;
      path.push(k);
      visitString(v, m.code, k, path, out);
      path.pop();
    } else if (v !== null && typeof v === 'object') {
      const m = meaningOf(known, spec, k);
      path.push(k);
      walk(v, m.child, k, path, out, m);
      path.pop();
    }
  }
}
