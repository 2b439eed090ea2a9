/**
 * Small readers the dossier-family rules share. Rules never report a malformed value themselves
 * (the engine's field checks do); they read only well-formed values and skip the rest, so one
 * fault never produces two findings.
 */
import { wireToDisplay } from '../../datetime/wire';
import { ref } from '../common';
import type { Rule } from '../../rules/types';

/** The §5 reference of a rule (dossier.md §5 rule `n`). */
export function rule5(n: number | string) {
  return ref('dossier.md', '§5', n);
}

/** A visible ASCII character (no blank of any kind): a string ending in one on both sides has nothing to trim. */
function isVisibleAscii(c: number): boolean {
  return c > 32 && c < 127;
}

/** A code value: a trimmed string, or a number written as text (sample 94 sends `2`); else undefined. */
export function codeOf(value: unknown): string | undefined {
  if (typeof value === 'string') {
    // Codes rarely carry blanks: skip the trim call (rules read ~15 codes per record) when none can be there.
    const n = value.length;
    if (n > 0 && isVisibleAscii(value.charCodeAt(0)) && isVisibleAscii(value.charCodeAt(n - 1))) return value;
    return value.trim();
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Whether a value carries nothing: absent, `null`, `""` (or blanks) or `[]`. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.length === 0 || (!isVisibleAscii(value.charCodeAt(0)) && value.trim() === '');
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The digit at `i` (0–9), or -1. */
function digitAt(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * A well-formed wire date as a comparable number (the 14 digits read as one integer, which orders
 * like the date); undefined when empty or malformed. Same acceptance as `parseWire`, without a
 * Date per call: rules read ~10 dates per record of 100,000-record batches, so the digits are read
 * with charCodeAt (no string-to-number conversion, nothing allocated).
 */
export function timeOf(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.length !== 14) return undefined;
  const y0 = digitAt(value, 0), y1 = digitAt(value, 1), y2 = digitAt(value, 2), y3 = digitAt(value, 3);
  const mo0 = digitAt(value, 4), mo1 = digitAt(value, 5), d0 = digitAt(value, 6), d1 = digitAt(value, 7);
  const h0 = digitAt(value, 8), h1 = digitAt(value, 9), mi0 = digitAt(value, 10), mi1 = digitAt(value, 11);
  const s0 = digitAt(value, 12), s1 = digitAt(value, 13);
  if ((y0 | y1 | y2 | y3 | mo0 | mo1 | d0 | d1 | h0 | h1 | mi0 | mi1 | s0 | s1) < 0) return undefined;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = mo0 * 10 + mo1;
  const day = d0 * 10 + d1;
  const hour = h0 * 10 + h1;
  const minute = mi0 * 10 + mi1;
  const second = s0 * 10 + s1;
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day > DAYS_IN_MONTH[month] || (month === 2 && day === 29 && !leap)) return undefined;
  // Exact: at most 2999…, far below 2^53.
  return ((((year * 100 + month) * 100 + day) * 100 + hour) * 100 + minute) * 100 + second;
}

/** A wire date as people read it (`dd/MM/yyyy HH:mm`), or the raw text. */
export function shown(value: unknown): string {
  return typeof value === 'string' ? (wireToDisplay(value) ?? value) : String(value);
}

/** The object items of a list field with their indexes (non-objects are skipped). */
export function objectItems(value: unknown): Array<[number, Record<string, unknown>]> {
  if (!Array.isArray(value)) return [];
  const out: Array<[number, Record<string, unknown>]> = [];
  value.forEach((item, i) => {
    if (isItem(item)) out.push([i, item]);
  });
  return out;
}

/**
 * Whether a list item is an object (what objectItems keeps). Hot rules loop over the list with an
 * index and this test instead of objectItems: no pair array per record of a 100,000-record batch.
 */
export function isItem(item: unknown): item is Record<string, unknown> {
  return item !== null && typeof item === 'object' && !Array.isArray(item);
}

/** The list a field holds, or an empty one: `for` loops over it need no Array.isArray at each rule. */
export function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : NO_ITEMS;
}

const NO_ITEMS: readonly unknown[] = [];

/** A non-negative decimal amount written as digits (fee `Gia`), else undefined. */
export function amountOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** Declares a rule; the object literal is checked against `Rule`. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
