/**
 * Optional accelerator for Node hosts (CLI, benchmark, the hosts' worker): generates, with
 * `new Function`, a predicate per object spec that answers "would the closure checker find nothing
 * here?" with plain property reads and inlined tests — what ajv does. The engine runs it first and
 * calls the closure checker (compile.ts) only for objects it rejects, so the issues are always the
 * closure checker's own: both paths give identical findings by construction. The predicate may say
 * "no" where the closures find nothing (e.g. an ignored unknown key): that only costs time.
 *
 * Off by default: a renderer's CSP forbids `unsafe-eval`. `enableCodegen()` switches it on; when
 * `new Function` is refused anyway, compilation quietly falls back to the closures.
 *
 * Nothing from a spec or a profile file is pasted into the generated source except field names,
 * which go in as JSON string literals; patterns, formats and code sets are passed as values.
 */
import type { FieldSpec, ObjectSpec } from '../spec/types';
import type { CheckContext } from './checkContext';
import { fieldPolicy } from './fieldPolicy';
import { scalarTests } from './scalarChecks';

/** Answers whether an object would pass the closure checker without any issue (conservatively). */
export type FastCheck = (obj: Record<string, unknown>) => boolean;

/**
 * A text lens folded into the predicate: the record-scope text rules walk every string of every
 * record, which the predicate reads anyway. With one, the predicate also answers "and every
 * string of the object is clean", so for the common clean record the rules need no walk of their
 * own. Conservative like the rest: "no" only costs the walk.
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
    const name = JSON.stringify(f.name);
    const read = f.name in Object.prototype ? `(Object.hasOwn(o, ${name}) ? o[${name}] : undefined)` : `o[${name}]`;
    const absent = p.missingSeverity === 'off' ? '' : 'return false;';
    const onNull = p.nullOk ? '' : 'return false;';
    let body: string;
    switch (f.type) {
      case 'string':
      case 'stringOrNumber':
      case 'number':
      case 'integer': {
        const tests = this.scalar(f, 'x');
        const emptyOk = p.emptyAllowed || p.emptySeverity === 'off';
        // A string that passed an ASCII-only format or code list is plain ASCII: nothing to look at.
        const textTest = this.text && !this.provesAscii(f) ? ` if (!${this.cleanTest(this.text)}(x)) return false;` : '';
        const str = `if (x === '') { ${emptyOk ? '' : 'return false;'} } else { if (!(${tests})) return false;${textTest} }`;
        const numTest = f.type === 'integer' ? 'Number.isInteger(x)' : 'true';
        const asNumber = `{ const s = String(x); if (!(${numTest} && ${this.scalar(f, 's')})) return false; }`;
        if (f.type === 'string') body = `if (typeof x === 'string') { ${str} } else if (x === null) { ${onNull} } else return false;`;
        else if (f.type === 'stringOrNumber') body = `if (typeof x === 'string') { ${str} } else if (typeof x === 'number') ${asNumber} else if (x === null) { ${onNull} } else return false;`;
        else body = `if (typeof x === 'number') ${asNumber} else if (x === null) { ${onNull} } else return false;`;
        break;
      }
      case 'boolean':
        body = `if (typeof x !== 'boolean') { if (x !== null) return false; ${onNull} }`;
        break;
      case 'any':
        body = this.text ? `if (!${this.constant(this.text.cleanDeep)}(x)) return false;` : '';
        break;
      case 'object': {
        const inner = f.object && !isRecords ? `f${this.object(f.object)}(x)` : 'true';
        body = `if (typeof x === 'object' && x !== null && !Array.isArray(x)) { if (!${inner}) return false; } else if (x === null) { ${onNull} } else return false;`;
        break;
      }
      case 'array':
      case 'arrayOrEmptyString': {
        let loop = '';
        if (!isRecords && f.items) {
          loop = `for (let j = 0; j < x.length; j++) { const y = x[j]; if (typeof y !== 'object' || y === null || Array.isArray(y) || !f${this.object(f.items)}(y)) return false; }`;
        } else if (!isRecords && f.itemType) {
          const ok = f.itemType === 'stringOrNumber' ? "(typeof y === 'string' || typeof y === 'number')" : "typeof y === 'string'";
          const textTest = this.text ? ` if (typeof y === 'string' && !${this.cleanTest(this.text)}(y)) return false;` : '';
          loop = `for (let j = 0; j < x.length; j++) { const y = x[j]; if (!${ok}) return false;${textTest} }`;
        }
        const orString = f.type === 'arrayOrEmptyString' ? "else if (x === '') {}" : '';
        body = `if (Array.isArray(x)) { if (x.length === 0) { ${p.emptyArrayOk ? '' : 'return false;'} } else { ${loop} } } ${orString} else if (x === null) { ${onNull} } else return false;`;
        break;
      }
    }
    return `x = ${read};\nif (x === undefined) { ${absent} } else { n++; ${body} }`;
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

  build(root: number): FastCheck {
    const bindings = this.consts.map((_, i) => `const k${i} = K[${i}];`).join('\n');
    const source = `${bindings}\n${this.functions.join('\n')}\nreturn f${root};`;
    return new Function('K', source)(this.consts) as FastCheck;
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
    return g.build(g.object(spec, recordsField));
  } catch {
    return undefined;
  }
}
