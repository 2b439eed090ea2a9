/**
 * Compiles an `ObjectSpec` (after profile overrides) into a structural checker made of closures:
 * required marks, JSON types, formats, patterns, lengths, code lists, unknown keys, keys spelled
 * with other case or an alias. No `eval` / `new Function`: the same code runs in a renderer whose
 * CSP forbids `unsafe-eval`. Checkers are compiled once per spec + profile and cached by the caller.
 *
 * Hot path (100,000 records): one property read per spec field, one key count per object, and
 * nothing allocated unless something is wrong. Unknown, aliased and mis-cased keys are examined
 * only when the key count shows keys the field loop did not account for.
 */
import { t, type Localized } from '../i18n/localized';
import type { PathSegment, Severity, SeverityOrOff } from '../issues/issue';
import type { FieldSpec, ObjectSpec, WireType } from '../spec/types';
import type { CheckContext } from './checkContext';
import { defaultValueFor, fieldPolicy, requiredStrength } from './fieldPolicy';
import { childPath, fieldParams, genericIssue, setFix, type IssueSink } from './emit';
import { jsonTypeName, showValue, type MessageParam } from './messages';
import type { FieldEntry, ObjectParts, ValueChecker } from './objectParts';
import { compileScalarChecks, suggestedString, toStringFix, type ScalarCheck } from './scalarChecks';

/** Checks one JSON object; `path` is a shared stack of the segments leading to it (restored on return). */
export type ObjectChecker = (obj: Record<string, unknown>, path: PathSegment[], sink: IssueSink) => void;

const EXPECTED: Record<WireType, Localized> = {
  string: t('chuỗi', 'a string'),
  stringOrNumber: t('chuỗi hoặc số', 'a string or a number'),
  number: t('số', 'a number'),
  integer: t('số nguyên', 'an integer'),
  boolean: t('giá trị đúng/sai (boolean)', 'a boolean'),
  array: t('mảng', 'an array'),
  object: t('đối tượng', 'an object'),
  arrayOrEmptyString: t('mảng (hoặc chuỗi rỗng "")', 'an array (or the empty string "")'),
  any: t('giá trị bất kỳ', 'any value'),
};

/** Whether a value is a JSON object (not null, not an array). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function at(path: PathSegment[], key: PathSegment): PathSegment[] {
  return childPath(path, key);
}

/** Compiles object specs sharing one context; memoised per spec so shared item specs compile once. */
export class SpecCompiler {
  private readonly objects = new Map<ObjectSpec, ObjectChecker>();
  private readonly parts = new Map<ObjectSpec, ObjectParts>();

  constructor(private readonly ctx: CheckContext) {}

  /**
   * The checker of an object spec. `recordsField` names a field whose items the caller checks
   * itself (the envelope's `data`/`result`): only its JSON type is checked here.
   */
  object(spec: ObjectSpec, recordsField?: string): ObjectChecker {
    if (recordsField === undefined) {
      const done = this.objects.get(spec);
      if (done) return done;
      // Registered before compiling the fields, so a self-referencing spec cannot loop.
      let compiled: ObjectChecker | undefined;
      const lazy: ObjectChecker = (o, p, s) => compiled!(o, p, s);
      this.objects.set(spec, lazy);
      compiled = this.compileObject(spec, undefined);
      this.objects.set(spec, compiled);
      return compiled;
    }
    return this.compileObject(spec, recordsField);
  }

  /** The pieces of the checker of an object spec (see ObjectParts), compiling it if needed. */
  objectParts(spec: ObjectSpec): ObjectParts {
    this.object(spec);
    return this.parts.get(spec)!;
  }

  private compileObject(spec: ObjectSpec, recordsField: string | undefined): ObjectChecker {
    const ctx = this.ctx;
    const entries: FieldEntry[] = spec.fields.map((f) => {
      return {
        field: f,
        name: f.name,
        ownOnly: f.name in Object.prototype,
        check: this.field(f, f.name === recordsField, spec.id),
        missingSeverity: fieldPolicy(f, ctx).missingSeverity,
      };
    });
    const exact = new Set(entries.map((e) => e.name));
    const aliases = new Map<string, FieldEntry>();
    const lower = new Map<string, FieldEntry>();
    for (const e of entries) {
      for (const a of e.field.aliases ?? []) if (!exact.has(a)) aliases.set(a, e);
    }
    for (const e of entries) {
      for (const n of [e.name, ...(e.field.aliases ?? [])]) if (!lower.has(n.toLowerCase())) lower.set(n.toLowerCase(), e);
    }
    const unknownSeverity: SeverityOrOff =
      spec.unknownKeys === 'ignore' ? 'off' : (ctx.profile.rules['key.unknown'] ?? spec.unknownKeys);
    const caseSeverity = ctx.severity('key.case', 'inferred');
    const aliasSeverity = ctx.severity('key.alias', 'inferred');
    const duplicateSeverity = ctx.severity('key.duplicate-alias', 'inferred');
    const provisional = ctx.provisional;
    const n = entries.length;

    const slow = (obj: Record<string, unknown>, path: PathSegment[], sink: IssueSink, missing: FieldEntry[] | undefined, extraKeys: boolean) => {
      const found = new Set<FieldEntry>();
      if (extraKeys) {
        for (const k in obj) {
          if (exact.has(k)) continue;
          const viaAlias = aliases.get(k);
          const e = viaAlias ?? lower.get(k.toLowerCase());
          if (!e) {
            if (unknownSeverity !== 'off') {
              sink.issues.push(
                genericIssue('key.unknown', unknownSeverity, at(path, k), { field: k, object: spec.label }, { specRef: spec.specRef, provisional, record: sink.record }),
              );
            }
            continue;
          }
          const code = viaAlias ? 'key.alias' : 'key.case';
          const params = { ...fieldParams(e.field, k) };
          if (readField(obj, e) !== undefined || found.has(e)) {
            if (duplicateSeverity !== 'off') {
              sink.issues.push(genericIssue('key.duplicate-alias', duplicateSeverity, at(path, k), params, { specRef: e.field.specRef, provisional, record: sink.record }));
            }
            continue;
          }
          found.add(e);
          const severity = viaAlias ? aliasSeverity : caseSeverity;
          if (severity !== 'off') {
            const fix = { title: t(`Đổi tên thành "${e.name}"`, `Rename to "${e.name}"`), edits: [{ op: 'rename' as const, path: path.slice(), from: k, to: e.name }] };
            sink.issues.push(genericIssue(code, severity, at(path, k), params, { specRef: e.field.specRef, fix, provisional, record: sink.record }));
          }
          e.check(obj[k], k, path, sink);
        }
      }
      if (missing) {
        for (const e of missing) {
          if (found.has(e)) continue;
          const segs = at(path, e.name);
          const value = defaultValueFor(e.field);
          const fix =
            value !== undefined ? setFix(segs, value, t(`Thêm ${e.name} = "${value}"`, `Add ${e.name} = "${value}"`)) : undefined;
          sink.issues.push(
            genericIssue('required.missing', e.missingSeverity as Severity, segs, this.fieldMessageParams(e.field, spec.id), {
              specRef: e.field.specRef,
              fix,
              provisional: provisional || e.field.provisional === true,
              record: sink.record,
            }),
          );
        }
      }
    };

    if (recordsField === undefined) this.parts.set(spec, { entries, rest: slow });

    return (obj, path, sink) => {
      let present = 0;
      let missing: FieldEntry[] | undefined;
      for (let i = 0; i < n; i++) {
        const e = entries[i];
        const v = e.ownOnly ? (Object.hasOwn(obj, e.name) ? obj[e.name] : undefined) : obj[e.name];
        if (v === undefined) {
          if (e.missingSeverity !== 'off') (missing ??= []).push(e);
          continue;
        }
        present++;
        e.check(v, e.name, path, sink);
      }
      let count = 0;
      for (const _k in obj) count++;
      if (count !== present || missing !== undefined) slow(obj, path, sink, missing, count !== present);
    };
  }

  /**
   * Message parameters of a field; when the profile changed or added the field, the requirement
   * says so, so nobody looks for the rule in the reference in vain.
   */
  private fieldMessageParams(f: FieldSpec, ownerId: string): Record<string, MessageParam> {
    const params = fieldParams(f);
    const profile = this.ctx.profile;
    const changed = profile.fields[ownerId]?.[f.name] !== undefined || (profile.addFields[ownerId] ?? []).some((x) => x.name === f.name);
    if (changed && typeof params.requirement === 'object') {
      params.requirement = {
        vi: `${params.requirement.vi} (theo hồ sơ cấu hình "${profile.id}")`,
        en: `${params.requirement.en} (per profile "${profile.id}")`,
      };
    }
    return params;
  }

  /** Compiles the check of one field's value (the value is known to be present). */
  private field(f: FieldSpec, isRecords: boolean, ownerId: string): ValueChecker {
    const ctx = this.ctx;
    const provisional = ctx.provisional || f.provisional === true;
    const strength = requiredStrength(f.required);
    const params = this.fieldMessageParams(f, ownerId);
    const opts = (sink: IssueSink) => ({ specRef: f.specRef, provisional, record: sink.record });

    const { emptyAllowed, emptySeverity, mismatchSeverity, nullSeverity, expectedStringSeverity } = fieldPolicy(f, ctx);

    const empty = (shown: string, key: string, path: PathSegment[], sink: IssueSink) => {
      if (emptySeverity === 'off') return;
      sink.issues.push(genericIssue('required.empty', emptySeverity, at(path, key), { ...params, key, value: shown }, opts(sink)));
    };
    const mismatch = (v: unknown, key: PathSegment, path: PathSegment[], sink: IssueSink, expected = EXPECTED[f.type], severity = mismatchSeverity) => {
      if (severity === 'off') return;
      sink.issues.push(
        genericIssue('type.mismatch', severity, at(path, key), { ...params, key: String(key), expected, actual: jsonTypeName(v), value: showValue(v) }, opts(sink)),
      );
    };
    const onNull = (key: string, path: PathSegment[], sink: IssueSink) => {
      if (f.nullable) {
        if (!emptyAllowed || strength) empty('null', key, path, sink);
      } else if (strength) empty('null', key, path, sink);
      // dossier.md §8 doubt 4: whether the portal takes null for "" is unknown, so only a warning.
      else mismatch(null, key, path, sink, EXPECTED[f.type], nullSeverity);
    };
    const scalar: ScalarCheck | undefined = compileScalarChecks(f, ctx);

    switch (f.type) {
      case 'string':
        return (v, key, path, sink) => {
          if (typeof v === 'string') {
            if (v === '') {
              if (!emptyAllowed) empty('""', key, path, sink);
              return;
            }
            if (scalar) scalar(v, key, path, sink);
          } else if (v === null) onNull(key, path, sink);
          else if (typeof v === 'number' || typeof v === 'boolean') {
            if (expectedStringSeverity !== 'off') {
              const segs = at(path, key);
              sink.issues.push(
                genericIssue(
                  'type.expected-string',
                  expectedStringSeverity,
                  segs,
                  { ...params, key, actual: jsonTypeName(v), value: showValue(v), suggested: suggestedString(f, v) },
                  { ...opts(sink), fix: toStringFix(f, v, segs) },
                ),
              );
            }
            // A number still has to be a valid code / amount; a boolean's fix says it all.
            if (typeof v === 'number' && scalar) scalar(String(v), key, path, sink);
          } else mismatch(v, key, path, sink);
        };
      case 'stringOrNumber':
        return (v, key, path, sink) => {
          if (typeof v === 'string') {
            if (v === '') {
              if (!emptyAllowed) empty('""', key, path, sink);
              return;
            }
            if (scalar) scalar(v, key, path, sink);
          } else if (typeof v === 'number') {
            if (scalar) scalar(String(v), key, path, sink);
          } else if (v === null) onNull(key, path, sink);
          else mismatch(v, key, path, sink);
        };
      case 'number':
      case 'integer': {
        const integer = f.type === 'integer';
        return (v, key, path, sink) => {
          if (typeof v === 'number') {
            if (integer && !Number.isInteger(v)) mismatch(v, key, path, sink);
            else if (scalar) scalar(String(v), key, path, sink);
          } else if (v === null) onNull(key, path, sink);
          else mismatch(v, key, path, sink);
        };
      }
      case 'boolean':
        return (v, key, path, sink) => {
          if (typeof v === 'boolean') return;
          if (v === null) onNull(key, path, sink);
          else mismatch(v, key, path, sink);
        };
      case 'any':
        return () => {};
      case 'object': {
        const inner = f.object && !isRecords ? this.object(f.object) : undefined;
        return (v, key, path, sink) => {
          if (isPlainObject(v)) {
            if (inner) {
              path.push(key);
              inner(v, path, sink);
              path.pop();
            }
          } else if (v === null) onNull(key, path, sink);
          else mismatch(v, key, path, sink);
        };
      }
      case 'array':
      case 'arrayOrEmptyString': {
        const items = this.items(f, isRecords);
        const orEmptyString = f.type === 'arrayOrEmptyString';
        const emptyArrayIsEmpty = f.allowEmpty === false;
        const itemSpec = f.items && !isRecords ? this.object(f.items) : undefined;
        return (v, key, path, sink) => {
          if (Array.isArray(v)) {
            if (v.length === 0) {
              if (emptyArrayIsEmpty) empty('[]', key, path, sink);
              return;
            }
            if (items) items(v, key, path, sink);
          } else if (orEmptyString && v === '') {
            return;
          } else if (v === null) onNull(key, path, sink);
          else {
            mismatch(v, key, path, sink);
            // An object where a list is expected (sample dossier/94): still check it as the item.
            if (itemSpec && isPlainObject(v)) {
              path.push(key);
              itemSpec(v, path, sink);
              path.pop();
            }
          }
        };
      }
    }
  }

  /** Compiles the per-item loop of an array field. */
  private items(f: FieldSpec, isRecords: boolean): ((v: unknown[], key: string, path: PathSegment[], sink: IssueSink) => void) | undefined {
    if (isRecords) return undefined;
    const ctx = this.ctx;
    const provisional = ctx.provisional || f.provisional === true;
    const mismatchSeverity = ctx.severity('type.mismatch', 'firm');
    const params = fieldParams(f);
    const itemMismatch = (v: unknown, path: PathSegment[], sink: IssueSink, expected: Localized, severity: SeverityOrOff = mismatchSeverity) => {
      if (severity === 'off') return;
      sink.issues.push(
        genericIssue('type.mismatch', severity, path.slice(), { ...params, expected, actual: jsonTypeName(v), value: showValue(v) }, { specRef: f.specRef, provisional, record: sink.record }),
      );
    };
    if (f.items) {
      const check = this.object(f.items);
      const expected = EXPECTED.object;
      return (v, key, path, sink) => {
        path.push(key, 0);
        const last = path.length - 1;
        for (let j = 0; j < v.length; j++) {
          const item = v[j];
          path[last] = j;
          if (isPlainObject(item)) check(item, path, sink);
          else itemMismatch(item, path, sink, expected);
        }
        path.pop();
        path.pop();
      };
    }
    if (f.itemType) {
      const allowNumber = f.itemType === 'stringOrNumber';
      const expected = allowNumber ? EXPECTED.stringOrNumber : EXPECTED.string;
      const expectedStringSeverity = ctx.severity('type.expected-string', 'firm');
      return (v, key, path, sink) => {
        path.push(key, 0);
        const last = path.length - 1;
        for (let j = 0; j < v.length; j++) {
          const item = v[j];
          path[last] = j;
          if (typeof item === 'string') continue;
          if (typeof item === 'number' && allowNumber) continue;
          if (typeof item === 'number' && expectedStringSeverity !== 'off') {
            const segs = path.slice();
            sink.issues.push(
              genericIssue(
                'type.expected-string',
                expectedStringSeverity,
                segs,
                { ...params, key, actual: jsonTypeName(item), value: showValue(item), suggested: String(item) },
                { specRef: f.specRef, provisional, record: sink.record, fix: toStringFix(f, item, segs) },
              ),
            );
          } else if (typeof item !== 'number') itemMismatch(item, path, sink, expected);
        }
        path.pop();
        path.pop();
      };
    }
    return undefined;
  }
}

function readField(obj: Record<string, unknown>, e: FieldEntry): unknown {
  return e.ownOnly ? (Object.hasOwn(obj, e.name) ? obj[e.name] : undefined) : obj[e.name];
}
