/**
 * Optional accelerator for Node hosts (CLI, benchmark, the hosts' worker): generates, with
 * `new Function`, a predicate per object spec that answers "would the closure checker find nothing
 * here?" with plain property reads and inlined tests — what ajv does. The records themselves get a
 * checker built the same way that walks the closure checker's own loop and calls a field's closure
 * (compile.ts ObjectParts) only where the inline test of that field fails, so the issues are always
 * the closure checker's own, in its order: both paths give identical findings by construction. A
 * test may say "no" where the closures find nothing (e.g. an ignored unknown key): that only costs
 * time.
 *
 * Off by default: a renderer's CSP forbids `unsafe-eval`. `enableCodegen()` switches it on; when
 * `new Function` is refused anyway, compilation quietly falls back to the closures.
 *
 * Nothing from a spec or a profile file is pasted into the generated source except field names,
 * which go in as JSON string literals; patterns, formats and code sets are passed as values.
 */
import type { FieldSpec, ObjectSpec } from '../spec/types';
import type { CheckContext } from './checkContext';
import type { ObjectParts } from './objectParts';
import type { IssueSink } from './emit';
import type { PathSegment } from '../issues/issue';
import { fieldPolicy } from './fieldPolicy';
import { scalarTests } from './scalarChecks';

/** Answers whether an object would pass the closure checker without any issue (conservatively). */
export type FastCheck = (obj: Record<string, unknown>) => boolean;

/**
 * A text lens folded into the generated checks: the record-scope text rules walk every string of
 * every record, which the generated code reads anyway. With one, it also answers "and every string
 * of the object is clean", so for the common clean record the rules need no walk of their own.
 * Conservative like the rest: "no" only costs the walk.
 */
export interface TextTest {
  /** Whether a string can hold no text problem; must be true for every printable-ASCII string. */
  clean(value: string): boolean;
  /**
   * A `clean` with a memory of its own, for one field: a field's values repeat across records
   * (agency, procedure and fee names), so remembering the last clean ones saves judging them again.
   */
  cleanMemo?(): (value: string) => boolean;
  /** Whether every string anywhere inside a JSON value is clean. */
  cleanDeep(value: unknown): boolean;
}

let enabled = false;

/** Switches the accelerator on (Node hosts only; never in a renderer with a strict CSP). */
export function enableCodegen(on = true): void {
  enabled = on;
}

/** Whether the accelerator is switched on. */
export function codegenEnabled(): boolean {
  return enabled;
}

class Generator {
  private readonly consts: unknown[] = [];
  private readonly functions: string[] = [];
  private readonly memo = new Map<ObjectSpec, number>();

  constructor(
    private readonly ctx: CheckContext,
    private readonly text?: TextTest,
  ) {}

  /** The constant holding the text test of one field's strings. */
  private cleanTest(text: TextTest): string {
    return this.constant(text.cleanMemo ? text.cleanMemo() : text.clean);
  }

  private constant(value: unknown): string {
    this.consts.push(value);
    // A const binding per value (not K[i] at each use) lets the compiler inline the call.
    return `k${this.consts.length - 1}`;
  }

  object(spec: ObjectSpec, recordsField?: string): number {
    if (recordsField === undefined) {
      const done = this.memo.get(spec);
      if (done !== undefined) return done;
    }
    const index = this.functions.length;
    this.functions.push('');
    if (recordsField === undefined) this.memo.set(spec, index);
    const lines: string[] = ['let n = 0, x;'];
    for (const f of spec.fields) lines.push(this.field(f, f.name === recordsField));
    lines.push('let c = 0; for (const k in o) c++;', 'return c === n;');
    this.functions[index] = `function f${index}(o) {\n${lines.join('\n')}\n}`;
    return index;
  }

  private field(f: FieldSpec, isRecords: boolean): string {
    const p = fieldPolicy(f, this.ctx);
    const absent = p.missingSeverity === 'off' ? '' : 'return false;';
    return `x = ${this.read(f)};\nif (x === undefined) { ${absent} } else { n++; ${this.valueTest(f, isRecords, 'return false;', this.text)} }`;
  }

  /** How the generated code reads a field of `o` (own properties only for names Object.prototype has). */
  private read(f: FieldSpec): string {
    const name = JSON.stringify(f.name);
    return f.name in Object.prototype ? `(Object.hasOwn(o, ${name}) ? o[${name}] : undefined)` : `o[${name}]`;
  }

  /**
   * Statements testing the present value `x` of a field: they run `fail` where the closure checker
   * would find something (conservatively). With `text`, strings must also be clean.
   */
  private valueTest(f: FieldSpec, isRecords: boolean, fail: string, text: TextTest | undefined): string {
    const p = fieldPolicy(f, this.ctx);
    const onNull = p.nullOk ? '' : fail;
    switch (f.type) {
      case 'string':
      case 'stringOrNumber':
      case 'number':
      case 'integer': {
        const tests = this.scalar(f, 'x');
        const emptyOk = p.emptyAllowed || p.emptySeverity === 'off';
        // A string that passed an ASCII-only format or code list is plain ASCII: nothing to look at.
        const textTest = text && !this.provesAscii(f) ? ` if (!${this.cleanTest(text)}(x)) ${fail}` : '';
        const str = `if (x === '') { ${emptyOk ? '' : fail} } else { if (!(${tests})) ${fail}${textTest} }`;
        const numTest = f.type === 'integer' ? 'Number.isInteger(x)' : 'true';
        const asNumber = `{ const s = String(x); if (!(${numTest} && ${this.scalar(f, 's')})) ${fail} }`;
        if (f.type === 'string') return `if (typeof x === 'string') { ${str} } else if (x === null) { ${onNull} } else ${fail}`;
        if (f.type === 'stringOrNumber') return `if (typeof x === 'string') { ${str} } else if (typeof x === 'number') ${asNumber} else if (x === null) { ${onNull} } else ${fail}`;
        return `if (typeof x === 'number') ${asNumber} else if (x === null) { ${onNull} } else ${fail}`;
      }
      case 'boolean':
        return `if (typeof x !== 'boolean') { if (x !== null) ${fail} ${onNull} }`;
      case 'any':
        return text ? `if (!${this.constant(text.cleanDeep)}(x)) ${fail}` : '';
      case 'object': {
        const inner = f.object && !isRecords ? `f${this.object(f.object)}(x)` : 'true';
        return `if (typeof x === 'object' && x !== null && !Array.isArray(x)) { if (!${inner}) ${fail} } else if (x === null) { ${onNull} } else ${fail}`;
      }
      case 'array':
      case 'arrayOrEmptyString': {
        let loop = '';
        if (!isRecords && f.items) {
          loop = `for (let j = 0; j < x.length; j++) { const y = x[j]; if (typeof y !== 'object' || y === null || Array.isArray(y) || !f${this.object(f.items)}(y)) ${fail} }`;
        } else if (!isRecords && f.itemType) {
          const ok = f.itemType === 'stringOrNumber' ? "(typeof y === 'string' || typeof y === 'number')" : "typeof y === 'string'";
          const textTest = text ? ` if (typeof y === 'string' && !${this.cleanTest(text)}(y)) ${fail}` : '';
          loop = `for (let j = 0; j < x.length; j++) { const y = x[j]; if (!${ok}) ${fail}${textTest} }`;
        }
        const orString = f.type === 'arrayOrEmptyString' ? "else if (x === '') {}" : '';
        return `if (Array.isArray(x)) { if (x.length === 0) { ${p.emptyArrayOk ? '' : fail} } else { ${loop} } } ${orString} else if (x === null) { ${onNull} } else ${fail}`;
      }
    }
  }

  /**
   * A checker for the records themselves, `(o, path, sink) => clean`: the closure checker's own
   * loop (compile.ts ObjectParts) with each field's value tested inline first, so only a value that
   * fails its test costs a call of that field's closure — the issues are the closure checker's, in
   * its order. With a text test it also answers whether every string of the record is clean
   * (conservatively: false may still mean clean).
   */
  checker(spec: ObjectSpec, parts: ObjectParts): number {
    const index = this.functions.length;
    this.functions.push('');
    const entries = this.constant(parts.entries);
    const rest = this.constant(parts.rest);
    const text = this.text;
    const deep = text ? this.constant(text.cleanDeep) : '';
    const lines: string[] = ['let n = 0, x, bad, missing, clean = true;'];
    spec.fields.forEach((f, i) => {
      const p = fieldPolicy(f, this.ctx);
      const absent = p.missingSeverity === 'off' ? '' : `(missing ??= []).push(${entries}[${i}]);`;
      // Structure first (strings without text), the field's closure where it fails; then text.
      const structure = `bad = true; s: { ${this.valueTest(f, false, 'break s;', text)} bad = false; } if (bad) ${entries}[${i}].check(x, ${JSON.stringify(f.name)}, path, sink);`;
      // A value that failed (for its structure or its text) is looked at whole.
      const textTest = text ? ` if (bad && !${deep}(x)) clean = false;` : '';
      lines.push(`x = ${this.read(f)};\nif (x === undefined) { ${absent} } else { n++; ${structure}${textTest} }`);
    });
    lines.push(
      'let c = 0; for (const k in o) c++;',
      // Keys the loop did not account for hold values it did not look at: not known to be clean.
      `if (c !== n || missing !== undefined) { ${rest}(o, path, sink, missing, c !== n); if (c !== n) clean = false; }`,
      'return clean;',
    );
    this.functions[index] = `function f${index}(o, path, sink) {\n${lines.join('\n')}\n}`;
    return index;
  }

  /** Whether a string that passes the field's scalar tests is necessarily printable ASCII. */
  private provesAscii(f: FieldSpec): boolean {
    return scalarTests(f, this.ctx).some((test) => (test.kind === 'format' && test.asciiOnly) || (test.kind === 'codes' && [...test.codes].every(isPrintableAscii)));
  }

  /** The conjunction of the field's scalar tests on the string variable `v`, or `true`. */
  private scalar(f: FieldSpec, v: string): string {
    const parts: string[] = [];
    for (const test of scalarTests(f, this.ctx)) {
      if (test.kind === 'format') parts.push(`${this.constant(test.test)}(${v})`);
      else if (test.kind === 'pattern') parts.push(`${this.constant(test.re)}.test(${v})`);
      else if (test.kind === 'maxLength') parts.push(`${v}.length <= ${test.max}`);
      // A short list compares against literals (cheaper than hashing the value for a Set lookup).
      else if (test.codes.size <= 16) parts.push(`(${[...test.codes].map((c) => `${v} === ${JSON.stringify(c)}`).join(' || ')})`);
      else parts.push(`${this.constant(test.codes)}.has(${v})`);
    }
    return parts.length ? parts.join(' && ') : 'true';
  }

  build<F>(root: number): F {
    const bindings = this.consts.map((_, i) => `const k${i} = K[${i}];`).join('\n');
    const source = `${bindings}\n${this.functions.join('\n')}\nreturn f${root};`;
    return new Function('K', source)(this.consts) as F;
  }
}

/** Printable ASCII (tab and line breaks included), the text a `TextTest` must call clean. */
function isPrintableAscii(s: string): boolean {
  return /^[\x20-\x7e\t\r\n]*$/.test(s);
}

/**
 * A generated fast predicate for an object spec (skipping the items of `recordsField`), or
 * undefined when the accelerator is off or code generation is refused. With `text`, the predicate
 * also requires every string of the object to be clean (see TextTest).
 */
export function compileFastCheck(spec: ObjectSpec, ctx: CheckContext, recordsField?: string, text?: TextTest): FastCheck | undefined {
  if (!enabled) return undefined;
  try {
    const g = new Generator(ctx, text);
    return g.build<FastCheck>(g.object(spec, recordsField));
  } catch {
    return undefined;
  }
}

/**
 * Checks a record and says whether every string in it is known to be clean (always false without
 * a text test): the issues are exactly the closure checker's (see Generator.checker).
 */
export type RecordChecker = (obj: Record<string, unknown>, path: PathSegment[], sink: IssueSink) => boolean;

/**
 * A generated checker for the records of a packet, calling the closure checker's pieces (`parts`,
 * of the same spec and context) where its inline tests find something; undefined when the
 * accelerator is off or code generation is refused.
 */
export function compileRecordChecker(spec: ObjectSpec, ctx: CheckContext, parts: ObjectParts, text?: TextTest): RecordChecker | undefined {
  if (!enabled) return undefined;
  try {
    const g = new Generator(ctx, text);
    return g.build<RecordChecker>(g.checker(spec, parts));
  } catch {
    return undefined;
  }
}
