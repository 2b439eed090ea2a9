import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalEdit } from '../parse/edits';
import { applyChange, duplicateItemEdit, insertItemEdit, invertChange, moveItemEdit, type TextEdit } from './textEdits';

const doc = `{
    "service": "DongBoHoSoMC",
    "data": [
        {"MaHoSo": "A", "x": 1},
        {"MaHoSo": "B",   "x": 2},
        {"MaHoSo": "C", "x": 3}
    ]
}`;

const codes = (text: string) => (JSON.parse(text) as { data: { MaHoSo: string }[] }).data.map((r) => r.MaHoSo);

/** Random non-overlapping edits of a text. */
const changeOf = (text: string) =>
  fc
    .array(fc.tuple(fc.nat(text.length), fc.nat(5), fc.string({ maxLength: 4 })), { maxLength: 6 })
    .map((raw) => {
      const edits: TextEdit[] = [];
      let end = 0;
      for (const [at, len, s] of [...raw].sort((a, b) => a[0] - b[0])) {
        if (at < end) continue;
        const length = Math.min(len, text.length - at);
        edits.push({ offset: at, length, text: s });
        end = at + length;
      }
      return edits;
    });

describe('changes', () => {
  it('applying a change and then its inverse gives the original text back', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }).chain((text) => fc.tuple(fc.constant(text), changeOf(text))),
        ([text, edits]) => {
          const after = applyChange(text, edits);
          expect(applyChange(after, invertChange(text, edits))).toBe(text);
        },
      ),
    );
  });

  it('edits given in any order apply as if against the original text', () => {
    const text = 'abcdef';
    const edits = [
      { offset: 4, length: 1, text: 'E' },
      { offset: 0, length: 1, text: 'AA' },
    ];
    expect(applyChange(text, edits)).toBe('AAbcdEf');
  });

  it('refuses overlapping edits instead of corrupting the text', () => {
    expect(() =>
      applyChange('abcdef', [
        { offset: 1, length: 3, text: '' },
        { offset: 2, length: 1, text: 'x' },
      ]),
    ).toThrow();
  });

  it('the minimal edit between two texts reproduces the second', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(applyChange(a, [minimalEdit(a, b)])).toBe(b);
      }),
    );
  });
});

describe('array items', () => {
  it('moving a record keeps every record’s text as written and the other lines untouched', () => {
    const edit = moveItemEdit(doc, ['data'], 0, 2)!;
    const after = applyChange(doc, [edit]);
    expect(codes(after)).toEqual(['B', 'C', 'A']);
    // The odd spacing of record B travels with it; the rest of the document is unchanged.
    expect(after).toContain('{"MaHoSo": "B",   "x": 2}');
    expect(after.split('\n').slice(0, 3)).toEqual(doc.split('\n').slice(0, 3));
    expect(after.split('\n').slice(-2)).toEqual(doc.split('\n').slice(-2));
  });

  it('moving down and back up restores the document exactly', () => {
    const down = applyChange(doc, [moveItemEdit(doc, ['data'], 2, 0)!]);
    expect(codes(down)).toEqual(['C', 'A', 'B']);
    expect(applyChange(down, [moveItemEdit(down, ['data'], 0, 2)!])).toBe(doc);
  });

  it('duplicating a record copies it as written, right after the original', () => {
    const after = applyChange(doc, [duplicateItemEdit(doc, ['data'], 1)!]);
    expect(codes(after)).toEqual(['A', 'B', 'B', 'C']);
    expect(after.match(/\{"MaHoSo": "B", {3}"x": 2\}/g)).toHaveLength(2);
  });

  it('duplicating the only record of a list keeps the list valid and indented', () => {
    const one = '{\r\n  "data": [\r\n    {"MaHoSo": "A"}\r\n  ]\r\n}';
    const after = applyChange(one, [duplicateItemEdit(one, ['data'], 0)!]);
    expect(JSON.parse(after).data).toHaveLength(2);
    expect(after).toContain('{"MaHoSo": "A"},\r\n    {"MaHoSo": "A"}');
  });

  it('inserting a new record uses the document’s indentation and leaves the other records alone', () => {
    const after = applyChange(doc, [insertItemEdit(doc, ['data'], 1, { MaHoSo: 'N' })!]);
    expect(codes(after)).toEqual(['A', 'N', 'B', 'C']);
    expect(after).toContain('{"MaHoSo": "B",   "x": 2}');
    expect(after).toMatch(/\n {8}\{\n {12}"MaHoSo": "N"\n {8}\}/);
  });

  it('appends at the end and refuses impossible positions or paths', () => {
    expect(codes(applyChange(doc, [insertItemEdit(doc, ['data'], 3, { MaHoSo: 'Z' })!]))).toEqual(['A', 'B', 'C', 'Z']);
    expect(insertItemEdit(doc, ['data'], 9, {})).toBeUndefined();
    expect(insertItemEdit(doc, ['service'], 0, {})).toBeUndefined();
    expect(moveItemEdit(doc, ['data'], 0, 7)).toBeUndefined();
    expect(duplicateItemEdit(doc, ['nope'], 0)).toBeUndefined();
  });
});
