import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex, positionAt } from './lineIndex';

describe('LineIndex', () => {
  it('gives 1-based lines and columns for LF text', () => {
    const text = '{\n  "MaHoSo": "X"\n}';
    const idx = new LineIndex(text);
    expect(idx.position(0)).toEqual({ line: 1, column: 1 });
    expect(idx.position(text.indexOf('"MaHoSo"'))).toEqual({ line: 2, column: 3 });
    expect(idx.position(text.length - 1)).toEqual({ line: 3, column: 1 });
    expect(idx.lineCount).toBe(3);
  });

  it('counts CRLF as one line break, and the LF of a CRLF belongs to the line it ends', () => {
    const text = 'ab\r\ncd\r\nef';
    const idx = new LineIndex(text);
    expect(idx.lineCount).toBe(3);
    expect(idx.position(text.indexOf('c'))).toEqual({ line: 2, column: 1 });
    expect(idx.position(text.indexOf('e'))).toEqual({ line: 3, column: 1 });
    // offset of '\n' in the first CRLF: still line 1, column 4
    expect(idx.position(3)).toEqual({ line: 1, column: 4 });
  });

  it('treats a lone CR as a line break (old Mac files)', () => {
    const idx = new LineIndex('a\rb\nc');
    expect(idx.position(2)).toEqual({ line: 2, column: 1 });
    expect(idx.position(4)).toEqual({ line: 3, column: 1 });
  });

  it('counts columns in UTF-16 code units, as the editor does', () => {
    const text = '"😀x"';
    expect(new LineIndex(text).position(text.indexOf('x'))).toEqual({ line: 1, column: 4 });
  });

  it('builds ranges with the end position and maps line/column back to the offset', () => {
    const text = '[\n  "Hà Giang",\n  1\n]';
    const idx = new LineIndex(text);
    const start = text.indexOf('"Hà');
    const r = idx.range(start, '"Hà Giang"'.length);
    expect(r).toEqual({ offset: start, length: 10, line: 2, column: 3, endLine: 2, endColumn: 13 });
    expect(idx.offsetAt(r.line, r.column)).toBe(start);
  });

  it('positionAt agrees with LineIndex for any mix of line breaks', () => {
    const chars = fc.constantFrom('a', ' ', '\n', '\r', '😀', 'ệ');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }).map((a) => a.join('')), fc.nat(), (text, n) => {
        const offset = text.length === 0 ? 0 : n % (text.length + 1);
        const idx = new LineIndex(text);
        expect(positionAt(text, offset)).toEqual(idx.position(offset));
        // Independent count: lines = breaks before the offset, where CRLF is one break.
        const before = text.slice(0, offset).replace(/\r\n/g, '\n');
        const cut = text[offset - 1] === '\r' && text[offset] === '\n' ? 1 : 0;
        const breaks = (before.match(/[\r\n]/g) ?? []).length - cut;
        expect(idx.position(offset).line).toBe(breaks + 1);
      }),
    );
  });
});
