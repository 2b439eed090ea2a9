/**
 * locatePaths takes shortcuts: regular expressions skip what nobody asked about, and while the
 * text it has passed holds no line break it counts no lines at all (compact JSON), switching to
 * counting at the first break it meets — wherever that is. This property test holds it to an
 * independent reading, jsonc-parser's syntax tree, on documents whose blanks (line breaks
 * included) fall at random between tokens, for paths that exist and paths that do not.
 */
import fc from 'fast-check';
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import type { PathSegment } from '../issues/issue';
import { LineIndex } from './lineIndex';
import { locatePaths } from './locate';

/** Writes a JSON value with the blanks `blank()` gives between tokens. */
function write(value: unknown, blank: () => string): string {
  if (Array.isArray(value)) return `[${blank()}${value.map((v) => `${write(v, blank)}${blank()}`).join(`,${blank()}`)}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}${blank()}:${blank()}${write(v, blank)}${blank()}`);
    return `{${blank()}${members.join(`,${blank()}`)}}`;
  }
  return JSON.stringify(value);
}

/** Every path of a value, the value itself included. */
function allPaths(v: unknown, prefix: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => allPaths(x, [...prefix, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) allPaths(x, [...prefix, k], out);
  return out;
}

/** jsonc-parser's node for a path, or that of its deepest existing part (what locatePaths promises). */
function deepest(root: Node, path: PathSegment[]): Node {
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) return node;
  }
  return root;
}

/** Mostly no blank, so that documents start compact and break lines somewhere along the way. */
const blanks = fc.array(fc.constantFrom('', '', '', '', '', ' ', '\t', '\n', '\r\n', '\r', '\n  '), { minLength: 1, maxLength: 64 });

describe('locatePaths against jsonc-parser', () => {
  it('gives every path — present or missing — the range and line/column of the independent tree', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), blanks, fc.nat(), fc.integer({ min: 1, max: 5 }), (value, choices, start, stride) => {
        let k = start;
        const text = write(value, () => choices[k++ % choices.length]);
        const root = parseTree(text)!;
        // A share of the paths only, so that the members and items nobody asked about are skipped.
        const present = allPaths(JSON.parse(text)).filter((_, i) => (i + start) % stride === 0);
        const missing = present.map((p, i) => [...p, i % 2 ? 'nope' : 7 + i]);
        const paths = [...present, ...missing];
        const index = new LineIndex(text);
        locatePaths(text, paths).forEach((r, i) => {
          const node = deepest(root, paths[i]);
          expect(r, JSON.stringify(paths[i])).toBeDefined();
          expect({ offset: r!.offset, length: r!.length }).toEqual({ offset: node.offset, length: node.length });
          expect({ line: r!.line, column: r!.column }).toEqual(index.position(node.offset));
          expect({ line: r!.endLine, column: r!.endColumn }).toEqual(index.position(node.offset + node.length));
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('counts lines right when the first break comes after a long compact stretch of skipped records', () => {
    const records = Array.from({ length: 50 }, (_, i) => ({ MaHoSo: `H22-${i}`, TaiLieuNop: [{ TenTepDinhKem: `Đơn ${i}.pdf` }] }));
    const text = `{"data":${JSON.stringify(records.slice(0, 40))
      .slice(0, -1)},\r\n${records
      .slice(40)
      .map((r) => JSON.stringify(r, null, 2))
      .join(',\n')}]}`;
    const paths: PathSegment[][] = [['data', 3, 'MaHoSo'], ['data', 39, 'TaiLieuNop', 0], ['data', 40, 'MaHoSo'], ['data', 49, 'TaiLieuNop', 0, 'TenTepDinhKem'], ['data', 45, 'Missing']];
    const root = parseTree(text)!;
    const index = new LineIndex(text);
    locatePaths(text, paths).forEach((r, i) => {
      const node = deepest(root, paths[i]);
      expect(r).toMatchObject({ offset: node.offset, length: node.length, ...index.position(node.offset) });
    });
    expect(locatePaths(text, [['data', 49, 'MaHoSo']])[0]!.line).toBeGreaterThan(40);
  });
});
