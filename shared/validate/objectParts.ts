/**
 * The pieces a compiled object checker (compile.ts) is made of, shared with the accelerator
 * (codegen.ts), which calls them where its own inline tests find something.
 */
import type { PathSegment, SeverityOrOff } from '../issues/issue';
import type { FieldSpec } from '../spec/types';
import type { IssueSink } from './emit';

/** Checks the value found under `key` of the object at `path`. */
export type ValueChecker = (value: unknown, key: string, path: PathSegment[], sink: IssueSink) => void;

/** One field of an object checker. */
export interface FieldEntry {
  field: FieldSpec;
  name: string;
  /** The field name is also a property of Object.prototype: read it as an own property only. */
  ownOnly: boolean;
  check: ValueChecker;
  missingSeverity: SeverityOrOff;
}

/**
 * The pieces of a compiled object checker, for the accelerator (codegen.ts) to call where its own
 * tests find something: the checker is these pieces run in this order, so calling them gives the
 * checker's issues exactly.
 */
export interface ObjectParts {
  /** One per spec field, in spec order: reads the value, checks it, says how its absence is reported. */
  entries: readonly FieldEntry[];
  /**
   * What follows the field loop when the key count shows keys the loop did not account for
   * (unknown, aliased, mis-cased: `extraKeys`) or a required field is `missing` (entries, in order).
   */
  rest: (obj: Record<string, unknown>, path: PathSegment[], sink: IssueSink, missing: FieldEntry[] | undefined, extraKeys: boolean) => void;
}

