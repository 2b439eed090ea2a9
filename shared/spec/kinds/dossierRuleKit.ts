/**
 * Small readers the dossier-family rules share. Rules never report a malformed value themselves
 * (the engine's field checks do); they read only well-formed values and skip the rest, so one
 * fault never produces two findings.
 */
import { parseWire, toSortable, wireToDisplay } from '../../datetime/wire';
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

/** A well-formed wire date as a comparable number; undefined when empty or malformed. */
export function timeOf(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const d = parseWire(value);
  return d ? toSortable(d) : undefined;
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
