import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from './json';
import { LineIndex } from './lineIndex';
import { SAMPLES_DIR } from '../../tests/support/reference';

const SAMPLES = SAMPLES_DIR;
const read = (f: string) => readFileSync(join(SAMPLES, f), 'utf8');
const dossier = read('dossier/01-dongbohosomc-create-online-valid.json');

/** The failure of parseJson, asserting that it failed. */
function fails(text: string) {
  const r = parseJson(text);
  if (r.ok) throw new Error(`expected a syntax error for ${JSON.stringify(text.slice(0, 60))}`);
  return r;
}

/** 1-based line and column of the n-th occurrence of `needle`, counted by hand from the text. */
function where(text: string, needle: string, nth = 0) {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(needle, at + 1);
  const before = text.slice(0, at).split(/\r\n|\n/);
  return { offset: at, line: before.length, column: before[before.length - 1].length + 1 };
}

describe('parseJson — valid text', () => {
  it('parses every sample exactly as JSON.parse does', () => {
    const files = readdirSync(SAMPLES, { recursive: true }).map(String).filter((f) => f.endsWith('.json'));
    for (const f of files) {
      const text = read(f);
      expect(parseJson(text), f).toEqual({ ok: true, value: JSON.parse(text), bomStripped: false });
    }
  });

  it('accepts a leading BOM (pasted from a file saved by Notepad)', () => {
    expect(parseJson(`\ufeff${dossier}`)).toEqual({ ok: true, value: JSON.parse(dossier), bomStripped: true });
  });

  it('accepts NFD text and keeps it NFD', () => {
    const r = parseJson('{"ChuHoSo": "Nguyễn Thị Minh Hằng"}'.normalize('NFD'));
    expect(r.ok && (r.value as { ChuHoSo: string }).ChuHoSo).toBe('Nguyễn Thị Minh Hằng'.normalize('NFD'));
  });

  it('agrees with JSON.parse on any JSON value at any indentation', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 1, 2, 4, '\t', '\r\n  '), (value, indent) => {
        const text = typeof indent === 'string' && indent.startsWith('\r') ? JSON.stringify(value, null, 2).replace(/\n/g, '\r\n') : JSON.stringify(value, null, indent);
        const r = parseJson(text);
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value).toEqual(JSON.parse(text));
      }),
    );
  });
});

describe('parseJson — syntax errors are located and explained', () => {
  it('a trailing comma: points at the comma', () => {
    const broken = '{\n  "MaHoSo": "H22-1",\n  "DSKetNoiCSDL": [\n    { "MaCSDL": "7" },\n  ]\n}';
    const r = fails(broken);
    const brace = where(broken, '},');
    expect(r.error).toMatchObject({ code: 'syntax.trailing-comma', offset: brace.offset + 1, line: 4, column: brace.column + 1 });
    expect(r.error.message.vi).toContain("Dấu phẩy thừa trước ']'");
    expect(r.repairs.map((x) => x.code)).toContain('repair.trailing-comma');
  });

  it('comments', () => {
    const broken = dossier.replace('"KenhThucHien": "2",', '"KenhThucHien": "2", // 2 = trực tuyến');
    const r = fails(broken);
    const at = where(broken, '// 2');
    expect(r.error).toMatchObject({ code: 'syntax.comment', line: at.line, column: at.column });
    expect(r.error.message.vi).toContain('JSON không cho phép chú thích');
  });

  it('Word quotes around keys', () => {
    const broken = '{\n  “MaHoSo”: “000.21.30.H22-240312-0007”\n}';
    const r = fails(broken);
    expect(r.error).toMatchObject({ code: 'syntax.smart-quotes', line: 2, column: 3 });
    expect(r.error.message.vi).toContain('Dấu ngoặc kiểu Word (“)');
  });

  it("the integration guide's '=' for ':' (official-sources.md G4)", () => {
    const broken = '{\n  "session" = "abc",\n  "madonvi" = "000.00.01.H22"\n}';
    const r = fails(broken);
    expect(r.error).toMatchObject({ code: 'syntax.equals-for-colon', line: 2, column: 13 });
    expect(r.error.message.vi).toContain("Tài liệu hướng dẫn tích hợp Cổng DVCQG (v1.4) in ví dụ JSON với '='");
    expect(r.repairs[0].code).toBe('repair.equals-for-colon');
  });

  it('a missing comma between two members', () => {
    const broken = '{\n  "MaHoSo": "H22-1"\n  "MaTTHC": "1.001234"\n}';
    const r = fails(broken);
    expect(r.error).toMatchObject({ code: 'syntax.missing-comma', line: 3, column: 3 });
    expect(r.error.message.vi).toContain('Thiếu dấu phẩy');
  });

  it('a text cut off in the middle (truncated copy or download)', () => {
    const cut = dossier.slice(0, Math.floor(dossier.length / 2));
    const r = fails(cut);
    expect(r.error.code).toBe('syntax.truncated');
    expect(r.error.message.vi).toMatch(/kết thúc (đột ngột|khi một giá trị còn dang dở)/);
    const ends = fails('{\n  "data": [\n    {"MaHoSo": "H22-1"}');
    expect(ends.error.code).toBe('syntax.truncated');
    expect(ends.error.message.en).toContain("'[' opened at line 2, column 11 is not closed (2 brackets are still open)");
  });

  it('a value cut off', () => {
    expect(fails('{"MaHoSo": "H22').error).toMatchObject({ code: 'syntax.truncated', offset: 11 });
    expect(fails('{"DaThanhToan": tr').error.code).toBe('syntax.truncated');
    expect(fails('{"MaHoSo":').error.code).toBe('syntax.truncated');
  });

  it('a string broken over two lines', () => {
    const r = fails('{\n  "TrichYeuHoSo": "Đề nghị cấp\n giấy phép"\n}');
    expect(r.error).toMatchObject({ code: 'syntax.unterminated-string', line: 2, column: 19 });
    expect(r.error.message.en).toContain('key "TrichYeuHoSo"');
  });

  it('a Windows path with single backslashes', () => {
    const text = '{"DuongDanTaiTepTin": "C:\\Users\\hoso.pdf"}';
    const r = fails(text);
    expect(r.error).toMatchObject({ code: 'syntax.invalid-escape', offset: text.indexOf('\\') });
    expect(r.error.message.vi).toContain("'\\U'");
  });

  it('a raw tab inside a string', () => {
    const text = '{"GhiChu": "a\tb"}';
    expect(fails(text).error).toMatchObject({ code: 'syntax.control-character', offset: text.indexOf('\t') });
  });

  it('a phone number written as a number with its leading zero', () => {
    const r = fails('{"SoDienThoai": 0912345678}');
    expect(r.error).toMatchObject({ code: 'syntax.invalid-number', offset: 16 });
    expect(r.error.message.vi).toContain("'0912345678'");
    expect(r.error.message.vi).toContain('dấu ngoặc kép nếu đó là một mã');
  });

  it('Python/JavaScript words and NaN', () => {
    expect(fails('{"a": True}').error.message.en).toContain("Write 'true'");
    expect(fails('{"PhanTram": NaN}').error).toMatchObject({ code: 'syntax.invalid-literal', offset: 13 });
  });

  it('single quotes, unquoted keys, a missing colon, a mismatched bracket', () => {
    expect(fails("{'MaHoSo': 'X'}").error.code).toBe('syntax.single-quotes');
    expect(fails('{MaHoSo: "X"}').error).toMatchObject({ code: 'syntax.unquoted-key', offset: 1 });
    expect(fails('{"MaHoSo" "X"}').error.code).toBe('syntax.missing-colon');
    const m = fails('{\n  "data": [\n    {"a": 1}\n}');
    expect(m.error).toMatchObject({ code: 'syntax.mismatched-bracket', line: 4, column: 1 });
    expect(m.error.message.en).toContain("'[' opened at line 2, column 11 must be closed with ']'");
  });

  it('two packets in one file', () => {
    const text = `${dossier.trim()}\n${dossier.trim()}`;
    const second = dossier.trim().length + 1;
    expect(fails(text).error).toMatchObject({ code: 'syntax.extra-content', offset: second, line: dossier.trim().split('\n').length + 1, column: 1 });
  });

  it('an empty text', () => {
    expect(fails('').error.code).toBe('syntax.empty');
    expect(fails(' \n ').error.message.vi).toContain('Văn bản trống');
  });

  it('a NUL byte between tokens is named, not quoted', () => {
    const r = fails('{"MaHoSo": "X",\u0000"b": 1}');
    expect(r.error).toMatchObject({ code: 'syntax.control-character', offset: 15 });
    expect(r.error.message.en).toContain('control character (NUL)');
  });

  it('a non-breaking space between tokens', () => {
    const text = '{"MaHoSo":\u00a0"X"}';
    expect(fails(text).error).toMatchObject({ code: 'syntax.nbsp', offset: 10 });
  });

  it('counts lines of CRLF files once per break and offsets include a leading BOM', () => {
    const text = '\ufeff{\r\n  "a": 1,\r\n  "b": 2,\r\n}';
    const r = fails(text);
    expect(r.error).toMatchObject({ code: 'syntax.trailing-comma', offset: text.lastIndexOf(','), line: 3, column: 9 });
  });

  it('never throws, and every error position is consistent with its offset', () => {
    const jsonish = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.jsonValue().map((v) => JSON.stringify(v, null, 2)),
      fc.tuple(fc.jsonValue().map((v) => JSON.stringify(v, null, 1)), fc.nat(), fc.constantFrom('', ',', '}', '"', '//', '=', '“', '\u00a0', '\n'))
        .map(([t, n, ins]) => {
          const at = t.length ? n % t.length : 0;
          return t.slice(0, at) + ins + t.slice(at + (ins === '' ? 1 : 0));
        }),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let valid = true;
        try {
          JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
        } catch {
          valid = false;
        }
        const r = parseJson(text);
        expect(r.ok).toBe(valid);
        if (!r.ok) {
          expect(r.error.offset).toBeGreaterThanOrEqual(0);
          expect(r.error.offset).toBeLessThanOrEqual(text.length);
          expect({ line: r.error.line, column: r.error.column }).toEqual(new LineIndex(text).position(r.error.offset));
          expect(r.error.message.vi.length).toBeGreaterThan(10);
          expect(r.error.message.en.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 500 },
    );
  });
});
