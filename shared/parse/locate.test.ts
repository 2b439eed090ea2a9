import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PathSegment, TextRange } from '../issues/issue';
import { LineIndex } from './lineIndex';
import { locatePath, locatePaths } from './locate';
import { SAMPLES_DIR } from '../../tests/support/reference';

const SAMPLES = SAMPLES_DIR;
const dossier = readFileSync(join(SAMPLES, 'dossier/01-dongbohosomc-create-online-valid.json'), 'utf8');

type Layout = (v: unknown) => string;

const slice = (text: string, r: TextRange | undefined) => (r ? text.slice(r.offset, r.offset + r.length) : undefined);

/** Every path of a JSON value, the value itself included ([]). */
function allPaths(v: unknown, prefix: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => allPaths(x, [...prefix, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) allPaths(x, [...prefix, k], out);
  return out;
}

function at(v: unknown, path: PathSegment[]): unknown {
  return path.reduce<unknown>((x, s) => (x as Record<string | number, unknown>)[s], v);
}

/** Asserts that a range's line/column agree with its offsets (LineIndex is the reference). */
function expectConsistent(text: string, r: TextRange) {
  const idx = new LineIndex(text);
  expect({ line: r.line, column: r.column }).toEqual(idx.position(r.offset));
  expect({ line: r.endLine, column: r.endColumn }).toEqual(idx.position(r.offset + r.length));
}

describe('locatePaths', () => {
  it('finds fields of a real dossier packet, with line and column', () => {
    const [maHoSo, tep, record] = locatePaths(dossier, [['data', 0, 'MaHoSo'], ['data', 0, 'TaiLieuNop', 0, 'DuongDanTaiTepTin'], ['data', 0]]);
    expect(slice(dossier, maHoSo)).toBe('"000.21.30.H22-240312-0007"');
    const lines = dossier.split('\n');
    const line = lines.findIndex((l) => l.includes('"MaHoSo"')) + 1;
    expect(maHoSo).toMatchObject({ line, column: lines[line - 1].indexOf('"000.21') + 1, endLine: line });
    expect(JSON.parse(slice(dossier, tep)!)).toBe((JSON.parse(dossier) as { data: { TaiLieuNop: { DuongDanTaiTepTin: string }[] }[] }).data[0].TaiLieuNop[0].DuongDanTaiTepTin);
    expect(JSON.parse(slice(dossier, record)!)).toEqual((JSON.parse(dossier) as { data: unknown[] }).data[0]);
  });

  it('gives a missing key the range of its enclosing object, an index out of range that of the array', () => {
    const text = '{\n  "data": [\n    {"MaHoSo": "X"}\n  ]\n}';
    const [missing, outOfRange, deeper, throughScalar] = locatePaths(text, [
      ['data', 0, 'NgayHenTra'],
      ['data', 3],
      ['data', 0, 'TaiLieuNop', 0, 'TenTepDinhKem'],
      ['data', 0, 'MaHoSo', 'x'],
    ]);
    expect(slice(text, missing)).toBe('{"MaHoSo": "X"}');
    expect(missing).toMatchObject({ line: 3, column: 5, endLine: 3, endColumn: 20 });
    expect(slice(text, outOfRange)).toBe('[\n    {"MaHoSo": "X"}\n  ]');
    expect(slice(text, deeper)).toBe('{"MaHoSo": "X"}');
    expect(slice(text, throughScalar)).toBe('"X"');
  });

  it('locates the whole document for the empty path, after a BOM and whitespace', () => {
    const text = '\ufeff \n[1, 2]\n';
    expect(locatePath(text, [])).toEqual({ offset: 3, length: 6, line: 2, column: 1, endLine: 2, endColumn: 7 });
  });

  it('counts CRLF once per line break', () => {
    const text = dossier.replace(/\n/g, '\r\n');
    const r = locatePath(text, ['data', 0, 'NgayHenTra'])!;
    expect(slice(text, r)).toBe('"20240326170000"');
    expectConsistent(text, r);
    expect(r.line).toBe(dossier.slice(0, dossier.indexOf('"NgayHenTra"')).split('\n').length);
  });

  it('matches keys written with escapes, and keeps the last of duplicated keys as JSON.parse does', () => {
    const text = '{"Ma\\u0048oSo": "A", "x": {"k": 1}, "x": {"k": 2}}';
    expect(slice(text, locatePath(text, ['MaHoSo']))).toBe('"A"');
    expect(slice(text, locatePath(text, ['x', 'k']))).toBe('2');
  });

  it('answers paths in any order and repeated paths alike', () => {
    const paths: PathSegment[][] = [['data', 0, 'ChuHoSo'], ['madonvi'], ['data', 0, 'ChuHoSo'], ['service']];
    const r = locatePaths(dossier, paths).map((x) => slice(dossier, x));
    expect(r).toEqual(['"Nguyễn Thị Minh Hằng"', '"000.00.01.H22"', '"Nguyễn Thị Minh Hằng"', '"DongBoHoSoMC"']);
  });

  it('skips deeply nested containers correctly (beyond the fast skip)', () => {
    const deep = { a: [[[[[[[{ b: '}]"\\' }]]]]]]], c: 'after' };
    const text = JSON.stringify(deep, null, 1);
    expect(slice(text, locatePath(text, ['c']))).toBe('"after"');
    expect(JSON.parse(slice(text, locatePath(text, ['a', 0, 0, 0, 0, 0, 0, 0, 'b']))!)).toBe('}]"\\');
  });

  it('returns undefined for text that is not JSON, never throwing', () => {
    expect(locatePaths('{"a": ', [['a'], []])).toEqual([undefined, undefined]);
    expect(locatePaths('', [['a']])).toEqual([undefined]);
    expect(locatePaths('{"a": 1}', [])).toEqual([]);
  });

  it('agrees with JSON.parse for every sample and every path in it', () => {
    const files = readdirSync(SAMPLES, { recursive: true }).map(String).filter((f) => f.endsWith('.json'));
    for (const f of files) {
      const text = readFileSync(join(SAMPLES, f), 'utf8');
      const value = JSON.parse(text);
      const paths = allPaths(value);
      locatePaths(text, paths).forEach((r, i) => {
        expect(r, `${f} ${paths[i].join('.')}`).toBeDefined();
        expect(JSON.parse(slice(text, r)!)).toEqual(at(value, paths[i]));
      });
    }
  });

  it('property: every path of any JSON value at any indentation locates a text that parses to that value', () => {
    const layouts = fc.constantFrom<Layout>(
      (v) => JSON.stringify(v),
      (v) => JSON.stringify(v, null, 2),
      (v) => JSON.stringify(v, null, '\t'),
      (v) => JSON.stringify(v, null, 4).replace(/\n/g, '\r\n'),
      (v) => ` \n${JSON.stringify(v, null, 1).replace(/\n/g, '\n\r')}\n`,
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), layouts, (value, layout) => {
        const text = layout(value);
        const parsed = JSON.parse(text);
        const paths = allPaths(parsed);
        const ranges = locatePaths(text, paths);
        ranges.forEach((r, i) => {
          expect(r).toBeDefined();
          expect(JSON.parse(slice(text, r)!)).toEqual(at(parsed, paths[i]));
          expectConsistent(text, r!);
        });
      }),
      { numRuns: 300 },
    );
  });
});
