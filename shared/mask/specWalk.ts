/**
 * Walking a JSON value beside its spec: which FieldSpec describes each key. Shared by the masker
 * (which needs each field's `pii` kind) and the text-integrity rules (which need to know which
 * fields are codes). Keys are matched by wire name, then aliases, then letter case, as the
 * checker does (`key.alias`, `key.case` in ARCHITECTURE.md).
 */
import type { PathSegment } from '../issues/issue';
import type { FieldSpec, ObjectSpec } from '../spec/types';

const lowerIndex = new WeakMap<ObjectSpec, Map<string, FieldSpec>>();

/** The field of `spec` that `key` names (exact, alias, or other letter case). */
export function findField(spec: ObjectSpec | undefined, key: string): FieldSpec | undefined {
  if (!spec) return undefined;
  const exact = spec.fields.find((f) => f.name === key || f.aliases?.includes(key));
  if (exact) return exact;
  let idx = lowerIndex.get(spec);
  if (!idx) {
    idx = new Map();
    for (const f of spec.fields) {
      for (const n of [f.name, ...(f.aliases ?? [])]) if (!idx.has(n.toLowerCase())) idx.set(n.toLowerCase(), f);
    }
    lowerIndex.set(spec, idx);
  }
  return idx.get(key.toLowerCase());
}

/** The spec of the children of a field's value (list items or nested object). */
export function childSpec(field: FieldSpec | undefined): ObjectSpec | undefined {
  return field?.items ?? field?.object;
}

/** A scalar met during a walk. */
export interface ScalarVisit {
  path: PathSegment[];
  /** The nearest object key above the value (the field name; for array items, the array's key). */
  key?: string;
  /** The field describing the value, or undefined when the spec does not know it. */
  field?: FieldSpec;
  value: string | number | boolean | null;
}

/**
 * Calls `visit` for every scalar of `value`, with the field that describes it. `spec` is the
 * object spec of `value` when it is an object, or of its items when it is an array.
 */
export function walkScalars(
  value: unknown,
  spec: ObjectSpec | undefined,
  visit: (v: ScalarVisit) => void,
  path: PathSegment[] = [],
  field?: FieldSpec,
  key?: string,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkScalars(item, spec, visit, [...path, i], field, key));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const f = findField(spec, k);
      walkScalars(v, childSpec(f), visit, [...path, k], f, k);
    }
  } else if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    visit({ path, key, field, value });
  }
}
