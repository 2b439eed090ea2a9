/**
 * How the form shows and writes a field, decided from its description (one source of truth,
 * STYLE.md practice 1): which input, what a flag's two values are, what a typed text becomes on
 * the wire, what a new list item holds, and which document key a spec field is written under.
 * Pure, so every rule is testable without a DOM.
 */
import { defaultValueFor } from '../../../../shared/validate/fieldPolicy';
import { findField } from '../../../../shared/mask/specWalk';
import type { FieldSpec, ObjectSpec } from '../../../../shared/spec/types';
import type { RecordSpec } from '../model/recordSpec';

export type Widget = 'text' | 'code' | 'date' | 'flag' | 'list' | 'scalarList' | 'object' | 'json';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The two values of a flag, or undefined when the field is not a flag. */
export interface FlagValues {
  on: string | boolean;
  off: string | boolean;
}

/**
 * A field is a switch when it has exactly two values meaning no and yes: `"True"`/`"False"`
 * (.NET spelling, dossier.md §1.7), a closed list of `0` "No" and `1` "Yes" (dossier.md §4.2
 * `Flag01`), or a JSON boolean. A 0/1 list of two other meanings (`HinhThuc`: at the counter /
 * by post) stays a list.
 */
export function flagValues(field: FieldSpec, spec: RecordSpec | undefined): FlagValues | undefined {
  if (field.format === 'trueFalse') return { on: 'True', off: 'False' };
  if (field.type === 'boolean') return { on: true, off: false };
  const list = field.codes ? spec?.codeList(field.codes) : undefined;
  if (list && list.closed && list.entries.length === 2) {
    const no = list.entries.find((e) => e.code === '0');
    const yes = list.entries.find((e) => e.code === '1');
    if (no && yes && /^no\b/i.test(no.label.en) && /^yes\b/i.test(yes.label.en)) return { on: '1', off: '0' };
  }
  return undefined;
}

/** The input that shows a field holding `value` (absent: undefined). A value of the wrong JSON shape is edited as JSON. */
export function widgetFor(field: FieldSpec, value: unknown, spec: RecordSpec | undefined): Widget {
  const listy = field.type === 'array' || field.type === 'arrayOrEmptyString';
  if (listy) {
    if (value !== undefined && !Array.isArray(value) && !(field.type === 'arrayOrEmptyString' && value === '')) return 'json';
    return field.items ? 'list' : 'scalarList';
  }
  if (field.type === 'object') return value === undefined || isObject(value) ? (field.object ? 'object' : 'json') : 'json';
  if (field.type === 'any') return 'json';
  // A scalar field holding an object or a list (type.mismatch): shown as written.
  if (isObject(value) || Array.isArray(value)) return 'json';
  if (flagValues(field, spec)) return 'flag';
  if (field.codes) return 'code';
  if (field.format === 'datetime14' || field.format === 'date8') return 'date';
  return 'text';
}

/** Text of a scalar for a text input (a number keeps its digits; null and absent are empty). */
export function scalarText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * The JSON value a typed text becomes: a string for string fields (the wire sends strings,
 * spec/README.md "Conventions"); a number for number fields when it reads as one; for
 * string-or-number fields, the JSON type the value already has.
 */
export function valueFromText(field: FieldSpec | undefined, text: string, current: unknown): unknown {
  const type = field?.type;
  if ((type === 'number' || type === 'integer') && NUMBER.test(text.trim())) return Number(text.trim());
  if (type === 'stringOrNumber' && typeof current === 'number' && NUMBER.test(text.trim())) return Number(text.trim());
  if (field?.itemType === 'stringOrNumber' && typeof current === 'number' && NUMBER.test(text.trim())) return Number(text.trim());
  return text;
}

/**
 * The value a new field of a new list item starts with: the field's obvious default
 * (shared/validate/fieldPolicy.ts: `"False"` for .NET flags, a literal pattern's constant), `"0"`
 * for a 0/1 flag, an empty list, an object of its own defaults, else an empty string, so the
 * form shows every field and the checks say what still needs a value.
 */
export function defaultFor(field: FieldSpec, spec: RecordSpec | undefined): unknown {
  const obvious = defaultValueFor(field);
  if (obvious !== undefined) return obvious;
  const flag = flagValues(field, spec);
  if (flag) return flag.off;
  if (field.type === 'array' || field.type === 'arrayOrEmptyString') return [];
  if (field.type === 'object') return field.object ? newItem(field.object, spec) : {};
  if (field.type === 'number' || field.type === 'integer') return 0;
  return '';
}

/** A new item of a list: every field of the item spec with its default, in spec order. */
export function newItem(object: ObjectSpec, spec: RecordSpec | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of object.fields) out[f.name] = defaultFor(f, spec);
  return out;
}

/** Which key of a document object each spec field is written under (exact, alias, other case), and the keys the spec does not know. */
export interface KeyMatch {
  keyOf: Map<FieldSpec, string>;
  unknown: string[];
}

/** Matches an object's keys to a spec's fields as the checker does (shared/mask/specWalk.ts findField). */
export function matchKeys(value: unknown, object: ObjectSpec | undefined): KeyMatch {
  const keyOf = new Map<FieldSpec, string>();
  const unknown: string[] = [];
  if (!isObject(value)) return { keyOf, unknown };
  const keys = Object.keys(value);
  const fieldOf = keys.map((k) => findField(object, k));
  // The exact spelling wins over an alias or another case when both are present.
  keys.forEach((k, i) => {
    const f = fieldOf[i];
    if (f && k === f.name) keyOf.set(f, k);
  });
  keys.forEach((k, i) => {
    const f = fieldOf[i];
    if (f && keyOf.get(f) === k) return;
    if (f && !keyOf.has(f)) keyOf.set(f, k);
    else unknown.push(k);
  });
  return { keyOf, unknown };
}
