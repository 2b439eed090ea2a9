import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFixEdits, applyTextEdit, detectFormatting, removeValueEdit, renameKeyEdit, replaceValueEdit, setValueEdit, type TextEdit } from './edits';
import { locatePath } from './locate';
import { keyRangeOfPath, parseTree, pathAtOffset, rangeOfPath } from './tree';
import { SAMPLES_DIR } from '../../tests/support/reference';
import { join } from 'node:path';

const dossier = readFileSync(join(SAMPLES_DIR, 'dossier', '01-dongbohosomc-create-online-valid.json'), 'utf8');
const record = '{\n  "MaHoSo": "H22-1",\n  "data": [\n    {\n      "A": "1",\n      "B": "2"\n    }\n  ]\n}';

/** Asserts that an edit leaves everything outside its span as it was. */
function expectLocal(text: string, edit: TextEdit) {
  const out = applyTextEdit(text, edit);
  expect(out.slice(0, edit.offset)).toBe(text.slice(0, edit.offset));
  expect(out.slice(edit.offset + edit.text.length)).toBe(text.slice(edit.offset + edit.length));
  return out;
}

describe('pathAtOffset (cursor → path, for selection sync)', () => {
  it('gives the path of the value under the cursor, on its key or on its value', () => {
    const keyAt = dossier.indexOf('"NgayHenTra"') + 3;
    const valueAt = dossier.indexOf('"20240326170000"') + 5;
    expect(pathAtOffset(dossier, keyAt)).toEqual(['data', 0, 'NgayHenTra']);
    expect(pathAtOffset(dossier, valueAt)).toEqual(['data', 0, 'NgayHenTra']);
    const tree = parseTree(dossier);
    const inFile = dossier.indexOf('"DuongDanTaiTepTin"');
    expect(pathAtOffset(tree, inFile)).toEqual(['data', 0, 'TaiLieuNop', 0, 'DuongDanTaiTepTin']);
  });

  it('between members gives the enclosing object; outside everything gives []', () => {
    expect(pathAtOffset(record, record.indexOf('{\n      "A"'))).toEqual(['data', 0]);
    expect(pathAtOffset(record, 0)).toEqual([]);
    expect(pathAtOffset('', 0)).toEqual([]);
  });

  it('still works on a half-typed document', () => {
    const typing = '{\n  "MaHoSo": "H22-1",\n  "TrangThaiHoSo": ';
    expect(pathAtOffset(typing, typing.indexOf('"H22') + 2)).toEqual(['MaHoSo']);
  });
});

describe('rangeOfPath', () => {
  it('agrees with locatePath on valid text, including missing keys (the enclosing object)', () => {
    const tree = parseTree(dossier);
    for (const path of [['data', 0, 'ChuHoSo'], ['data', 0, 'TaiLieuNop', 0], ['data', 0, 'KhongCo'], ['data', 9], ['session']]) {
      expect(rangeOfPath(tree, path), path.join('.')).toEqual(locatePath(dossier, path));
    }
  });

  it('takes the last of duplicated keys, as JSON.parse does', () => {
    const text = '{"a": 1, "a": 2}';
    expect(rangeOfPath(parseTree(text), ['a'])).toMatchObject({ offset: text.lastIndexOf('2'), length: 1 });
  });

  it('gives the range of a key, for marking or renaming it', () => {
    const r = keyRangeOfPath(parseTree(record), ['data', 0, 'B'])!;
    expect(record.slice(r.offset, r.offset + r.length)).toBe('"B"');
    expect(keyRangeOfPath(parseTree(record), ['data', 0, 'Z'])).toBeUndefined();
  });

  it('keeps offsets of a text starting with a BOM', () => {
    const text = `\ufeff${record}`;
    const r = rangeOfPath(parseTree(text), ['MaHoSo'])!;
    expect(text.slice(r.offset, r.offset + r.length)).toBe('"H22-1"');
  });
});

describe('value edits keep the rest of the document as the user wrote it', () => {
  it('replaces one value and nothing else', () => {
    const e = replaceValueEdit(dossier, ['data', 0, 'NgayHenTra'], '20240327170000')!;
    const out = expectLocal(dossier, e);
    expect(e.length).toBeLessThanOrEqual('"20240326170000"'.length);
    expect(JSON.parse(out).data[0].NgayHenTra).toBe('20240327170000');
    expect(out.split('\n').length).toBe(dossier.split('\n').length);
  });

  it('replaceValueEdit refuses a path that does not exist; setValueEdit creates it', () => {
    expect(replaceValueEdit(record, ['data', 0, 'C'], 'x')).toBeUndefined();
    expect(setValueEdit(record, ['data', 0, 'C'], 'x')).toBeDefined();
  });

  it.each([
    ['two spaces', record, '      '],
    ['four spaces', record.replace(/ {2}/g, '    '), '            '],
    ['tabs', record.replace(/ {2}/g, '\t'), '\t\t\t'],
  ])('inserts a missing key with the indentation of its siblings (%s)', (_name, text, indent) => {
    const out = expectLocal(text, setValueEdit(text, ['data', 0, 'NgayHenTra'], '20240326170000')!);
    expect(out).toContain(`\n${indent}"B": "2",\n${indent}"NgayHenTra": "20240326170000"\n`);
    expect(JSON.parse(out).data[0]).toEqual({ A: '1', B: '2', NgayHenTra: '20240326170000' });
  });

  it('keeps CRLF line ends and a one-line (minified) document on one line', () => {
    const crlf = record.replace(/\n/g, '\r\n');
    const out = applyTextEdit(crlf, setValueEdit(crlf, ['data', 0, 'C'], { D: ['x'] })!);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(JSON.parse(out).data[0].C).toEqual({ D: ['x'] });
    const mini = JSON.stringify(JSON.parse(record));
    const m = applyTextEdit(mini, setValueEdit(mini, ['data', 0, 'C'], 'x')!);
    expect(m).not.toContain('\n');
    expect(JSON.parse(m).data[0].C).toBe('x');
  });

  it('creates missing parents and refuses impossible paths', () => {
    const out = applyTextEdit(record, setValueEdit(record, ['data', 0, 'X', 'Y'], 'z')!);
    expect(JSON.parse(out).data[0].X).toEqual({ Y: 'z' });
    expect(setValueEdit(record, ['MaHoSo', 'x'], 'z')).toBeUndefined();
  });

  it('removes a member with its comma, and renames a key in place', () => {
    const removed = applyTextEdit(record, removeValueEdit(record, ['data', 0, 'A'])!);
    expect(JSON.parse(removed).data[0]).toEqual({ B: '2' });
    expect(removeValueEdit(record, ['data', 0, 'Z'])).toBeUndefined();
    const renamed = expectLocal(record, renameKeyEdit(record, ['data', 0], 'A', 'MaHoSo')!);
    expect(renamed).toContain('"MaHoSo": "1",\n      "B"');
  });

  it('applies the edits of a quick fix one after another', () => {
    const { text, applied } = applyFixEdits(record, [
      { op: 'rename', path: ['data', 0], from: 'A', to: 'a' },
      { op: 'set', path: ['data', 0, 'a'], value: '01' },
      { op: 'remove', path: ['data', 0, 'B'] },
      { op: 'remove', path: ['data', 0, 'missing'] },
    ]);
    expect(applied).toBe(3);
    expect(JSON.parse(text)).toEqual({ MaHoSo: 'H22-1', data: [{ a: '01' }] });
  });

  it('reads the formatting from the document', () => {
    expect(detectFormatting(record)).toMatchObject({ eol: '\n', insertSpaces: true, tabSize: 2 });
    expect(detectFormatting(record.replace(/\n/g, '\r\n').replace(/ {2}/g, '    '))).toMatchObject({ eol: '\r\n', tabSize: 4 });
    expect(detectFormatting(record.replace(/ {2}/g, '\t'))).toMatchObject({ insertSpaces: false });
    expect(detectFormatting('{"a":1}')).toBeUndefined();
  });
});
