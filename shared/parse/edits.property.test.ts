/**
 * Properties of the value edits, for any JSON text — compact, indented with spaces or tabs, CRLF,
 * or with blanks scattered anywhere — and any path into it (existing, a missing key or index,
 * missing parents, impossible):
 * - the scanner-located edit (validJsonEdits.ts) is exactly the edit of the tree-based
 *   setValueEdit (edits.ts, jsonc-parser's `modify`): same offset, same length, same text;
 * - removeValueEdit gives the document without that member, and jsonc-parser's own edit wherever
 *   jsonc-parser gets it right (all but the last item of an array).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PathSegment } from '../issues/issue';
import { applyEdits, modify } from 'jsonc-parser';
import { applyTextEdit, detectFormatting, removeValueEdit, setValueEdit } from './edits';
import { setValueEditInJson } from './validJsonEdits';

// Keys and strings with characters a scanner could trip on: quotes, backslashes, brackets, line breaks, Vietnamese.
const unit = fc.constantFrom('a', 'b', 'ệ', 'Đ', ' ', '"', '\\', '{', '}', '[', ']', ',', ':', '\n', '\t', '/', '\u2028');
const key = fc.string({ unit, maxLength: 4 });
const values = fc.jsonValue({ maxDepth: 4, stringUnit: unit }).filter((v) => !hasProtoKey(v));
// Documents are mostly containers (a scalar document only has the empty path).
const documents = fc.oneof({ arbitrary: fc.dictionary(key, values), weight: 3 }, { arbitrary: fc.array(values), weight: 2 }, { arbitrary: values, weight: 1 }).filter((v) => !hasProtoKey(v));

/** fast-check may build a "__proto__" key, which JSON.parse reads back differently: left out. */
function hasProtoKey(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return false;
  if (!Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, '__proto__')) return true;
  return Object.values(v).some(hasProtoKey);
}

/** Writes `value` as JSON in one of several layouts; `pick(n)` chooses among n options. */
function write(value: unknown, layout: number, pick: (n: number) => number): string {
  if (layout === 0) return JSON.stringify(value);
  if (layout === 1) return JSON.stringify(value, null, 2);
  if (layout === 2) return JSON.stringify(value, null, 4);
  if (layout === 3) return JSON.stringify(value, null, '\t');
  if (layout === 4) return JSON.stringify(value, null, 2).replace(/\n/g, '\r\n');
  // Blanks anywhere between tokens.
  const ws = () => ['', ' ', '\n', '\n  ', '\n\t', '  ', '\r\n    ', ' \r'][pick(8)];
  const go = (v: unknown): string => {
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    const parts = Array.isArray(v) ? v.map((x) => `${ws()}${go(x)}${ws()}`) : Object.entries(v).map(([k, x]) => `${ws()}${JSON.stringify(k)}${ws()}:${ws()}${go(x)}${ws()}`);
    const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
    return parts.length === 0 ? `${open}${ws()}${close}` : `${open}${parts.join(',')}${close}`;
  };
  return `${ws()}${go(value)}${ws()}`;
}

/** A path into `value`: some existing steps, then possibly missing or impossible ones. */
function pathInto(value: unknown, pick: (n: number) => number, extraKeys: string[]): PathSegment[] {
  const path: PathSegment[] = [];
  let at = value;
  for (let depth = 0; depth < 6 && pick(5) !== 0; depth++) {
    if (Array.isArray(at) && at.length > 0) {
      const i = pick(at.length);
      path.push(i);
      at = at[i];
    } else if (at !== null && typeof at === 'object' && Object.keys(at).length > 0) {
      const keys = Object.keys(at);
      const k = keys[pick(keys.length)];
      path.push(k);
      at = (at as Record<string, unknown>)[k];
    } else break;
  }
  // Then 0–2 segments that may not exist: a new key, an index at or past the end, a wrong kind
  // (below a scalar, any segment is impossible: that is tried now and then).
  const extra = at !== null && typeof at === 'object' ? pick(3) : pick(4) === 0 ? 1 : 0;
  for (let i = 0; i < extra; i++) {
    const choice = pick(6);
    const objectLike = at !== null && typeof at === 'object' && !Array.isArray(at);
    if (choice <= 1) path.push(Array.isArray(at) ? at.length + pick(3) : objectLike || at === undefined ? extraKeys[pick(extraKeys.length)] : pick(3));
    else if (choice === 2) path.push(extraKeys[pick(extraKeys.length)]);
    else if (choice === 3) path.push(pick(3));
    else if (choice === 4) path.push(Array.isArray(at) ? 'x' : 0);
    else path.push(pick(2) === 0 ? 'a' : 0);
    at = undefined;
  }
  return path;
}

const cases = fc.record({
  doc: documents,
  value: values,
  layout: fc.integer({ min: 0, max: 6 }),
  choices: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
  extraKeys: fc.array(key, { minLength: 1, maxLength: 3 }),
});

describe('setValueEditInJson gives the tree-based edit', () => {
  it('for random documents, layouts, paths and values', () => {
    fc.assert(
      fc.property(cases, ({ doc, value, layout, choices, extraKeys }) => {
        let n = 0;
        const pick = (k: number) => choices[n++ % choices.length] % k;
        const text = write(doc, layout, pick);
        const path = pathInto(doc, pick, extraKeys);
        const fast = setValueEditInJson(text, path, value);
        expect(fast).toEqual(setValueEdit(text, path, value));
        if (fast) expect(() => JSON.parse(applyTextEdit(text, fast))).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });

  it('on records as the spec writes them: replaced dates, new keys among indented siblings', () => {
    const text = JSON.stringify({ service: 'DongBoHoSoMC', data: [{ MaHoSo: 'H22.1', NgayHenTra: '20240326170000', TaiLieuNop: [] }, { MaHoSo: 'H22.2' }] }, null, 2);
    const paths: PathSegment[][] = [
      ['data', 0, 'NgayHenTra'],
      ['data', 1, 'NgayHenTra'],
      ['data', 0, 'TaiLieuNop', 0],
      ['data', 0, 'TaiLieuNop', 0, 'TenTepDinhKem'],
      ['data', 2],
      ['data', 5, 'MaHoSo'],
      ['service', 'x'],
      ['data', 'x'],
      [],
    ];
    for (const path of paths) expect(setValueEditInJson(text, path, { a: ['b'] }), JSON.stringify(path)).toEqual(setValueEdit(text, path, { a: ['b'] }));
  });
});

describe('setValueEditInJson where it differs on purpose', () => {
  it('edits the last of a key written twice: the one JSON.parse, the form and the issues read', () => {
    const text = '{\n  "a": 1,\n  "a": 2\n}';
    const out = applyTextEdit(text, setValueEditInJson(text, ['a'], 3)!);
    expect(out).toBe('{\n  "a": 1,\n  "a": 3\n}');
    expect(JSON.parse(out).a).toBe(3);
  });

  it('still answers for a text starting with a BOM and for odd indexes (through the tree)', () => {
    const text = '\ufeff{"a": [1, 2]}';
    expect(setValueEditInJson(text, ['a', 1], 5)).toEqual(setValueEdit(text, ['a', 1], 5));
    expect(setValueEditInJson('{"a": [1]}', ['a', -1], 5)).toEqual(setValueEdit('{"a": [1]}', ['a', -1], 5));
  });
});

/** The value without the member at `path` (which exists). */
function without(value: unknown, path: PathSegment[]): unknown {
  const copy = JSON.parse(JSON.stringify(value)) as unknown;
  let at = copy as Record<string | number, unknown>;
  for (const s of path.slice(0, -1)) at = at[s] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (Array.isArray(at)) at.splice(last as number, 1);
  else delete at[last];
  return copy;
}

/** Whether every step of `path` exists in `value`. */
function exists(value: unknown, path: PathSegment[]): boolean {
  let at = value;
  for (const s of path) {
    if (at === null || typeof at !== 'object' || !Object.prototype.hasOwnProperty.call(at, s)) return false;
    at = (at as Record<string | number, unknown>)[s];
  }
  return true;
}

describe('removeValueEdit', () => {
  it('removes exactly that member, as jsonc-parser does except where it cuts an array short', () => {
    fc.assert(
      fc.property(cases, ({ doc, layout, choices, extraKeys }) => {
        let n = 0;
        const pick = (k: number) => choices[n++ % choices.length] % k;
        const text = write(doc, layout, pick);
        const path = pathInto(doc, pick, extraKeys);
        const edit = removeValueEdit(text, path);
        if (path.length === 0 || !exists(doc, path)) {
          expect(edit).toBeUndefined();
          return;
        }
        const out = applyTextEdit(text, edit!);
        expect(JSON.parse(out)).toEqual(without(doc, path));
        let holder = doc as Record<string | number, unknown>;
        for (const s of path.slice(0, -1)) holder = holder[s] as Record<string | number, unknown>;
        const lastOfArray = Array.isArray(holder) && path[path.length - 1] === holder.length - 1 && holder.length > 1;
        if (!lastOfArray) expect(out).toBe(applyEdits(text, modify(text, path, undefined, { formattingOptions: detectFormatting(text) })));
      }),
      { numRuns: 2000 },
    );
  });

  it('removes the last item of a compact array whole (jsonc-parser 3.3 left "[1,23]")', () => {
    const text = '{"a":[1,2,3]}';
    expect(applyTextEdit(text, removeValueEdit(text, ['a', 2])!)).toBe('{"a":[1,2]}');
    const pretty = '[\n  {"x": 1},\n  {"y": 22}]';
    expect(JSON.parse(applyTextEdit(pretty, removeValueEdit(pretty, [1])!))).toEqual([{ x: 1 }]);
  });
});
