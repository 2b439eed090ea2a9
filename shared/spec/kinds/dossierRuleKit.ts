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

/** A code value: a trimmed string, or a number written as text (sample 94 sends `2`); else undefined. */
export function codeOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Whether a value carries nothing: absent, `null`, `""` (or blanks) or `[]`. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A well-formed wire date as a comparable number (the 14 digits read as one integer, which orders
 * like the date); undefined when empty or malformed. Same acceptance as `parseWire`, without a
 * Date per call: rules read ~10 dates per record of 100,000-record batches.
 */
export function timeOf(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.length !== 14) return undefined;
  for (let i = 0; i < 14; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  const n = Number(value);
  const year = Math.floor(n / 1e10);
  const month = Math.floor(n / 1e8) % 100;
  const day = Math.floor(n / 1e6) % 100;
  const hour = Math.floor(n / 1e4) % 100;
  const minute = Math.floor(n / 100) % 100;
  const second = n % 100;
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day > DAYS_IN_MONTH[month] || (month === 2 && day === 29 && !leap)) return undefined;
  return n;
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
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) out.push([i, item as Record<string, unknown>]);
  });
  return out;
}

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
