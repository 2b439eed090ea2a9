import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Repair } from '../validate/report';
import { parseJson } from './json';
import { applyRepairs, detectRepairs } from './repairs';
import { SAMPLES_DIR } from '../../tests/support/reference';
import { join } from 'node:path';

const dossier = readFileSync(join(SAMPLES_DIR, 'dossier', '01-dongbohosomc-create-online-valid.json'), 'utf8');
const value = JSON.parse(dossier) as { data: Record<string, unknown>[] };

function codes(repairs: Repair[]) {
  return repairs.map((r) => `${r.code}×${r.count}`);
}

/** Asserts the edits of every repair are ascending and do not overlap, across repairs too. */
function expectWellFormed(repairs: Repair[]) {
  const all = repairs.flatMap((r) => r.edits).sort((a, b) => a.offset - b.offset || a.length - b.length);
  for (let i = 1; i < all.length; i++) expect(all[i].offset).toBeGreaterThanOrEqual(all[i - 1].offset + all[i - 1].length);
  for (const r of repairs) {
    for (let i = 1; i < r.edits.length; i++) expect(r.edits[i].offset).toBeGreaterThanOrEqual(r.edits[i - 1].offset);
    expect(r.title.vi && r.title.en && r.description.vi && r.description.en).toBeTruthy();
    expect(r.description.vi).toContain(String(r.count));
  }
}

describe('detectRepairs / applyRepairs', () => {
  it("repairs a packet copied from the integration guide ('=' for ':', official-sources.md G4)", () => {
    const guide = dossier.replace(/"(\w+)": /g, '"$1" = ');
    const outcome = parseJson(guide);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const n = (dossier.match(/"\w+": /g) ?? []).length;
    expect(codes(outcome.repairs)).toEqual([`repair.equals-for-colon×${n}`]);
    expectWellFormed(outcome.repairs);
    // Shown, not applied: the outcome carries the repair, the caller applies it on request.
    expect(JSON.parse(applyRepairs(guide, outcome.repairs))).toEqual(value);
  });

  it('removes // and /* */ comments, a comment alone on its line with its line', () => {
    const text = '{\n  // hồ sơ nộp trực tuyến\n  "KenhThucHien": "2", /* 2 = trực tuyến */\n  "TrangThaiHoSo": "2" // đã tiếp nhận\n}';
    const repairs = detectRepairs(text);
    expect(codes(repairs)).toEqual(['repair.comments×3']);
    expect(applyRepairs(text, repairs)).toBe('{\n  "KenhThucHien": "2",\n  "TrangThaiHoSo": "2"\n}');
  });

  it('never touches the inside of a string: URLs, "=" and Word quotes in values, NBSP in values', () => {
    const text = '{\n  "DuongDan": "https://dvc.example.gov.vn/a//b",\n  "Ghi": "a = b, /* c */",\n  "Ten": "Công ty “Hoà Bình”",\n  "X": "a\u00a0b",\n}';
    const repairs = detectRepairs(text);
    expect(codes(repairs)).toEqual(['repair.trailing-comma×1']);
    expect(JSON.parse(applyRepairs(text, repairs))).toEqual({
      DuongDan: 'https://dvc.example.gov.vn/a//b',
      Ghi: 'a = b, /* c */',
      Ten: 'Công ty “Hoà Bình”',
      X: 'a\u00a0b',
    });
  });

  it('turns Word quotes used as JSON quotes into straight ones, keeping those inside values', () => {
    const text = '{\n  “TenTTHC”: “Cấp giấy phép “xây dựng” mới”,\n  “MaHoSo”: “H22-1”\n}';
    const repairs = detectRepairs(text);
    expect(codes(repairs)).toEqual(['repair.smart-quotes×4']);
    expectWellFormed(repairs);
    expect(JSON.parse(applyRepairs(text, repairs))).toEqual({ TenTTHC: 'Cấp giấy phép “xây dựng” mới', MaHoSo: 'H22-1' });
  });

  it('converts single-quoted strings, escaping inner double quotes and unescaping \\\'', () => {
    const text = "{'GhiChu': 'Ông \"Ba\" nói: it\\'s ok', 'MaHoSo': 'H22-1'}";
    const repairs = detectRepairs(text);
    expect(codes(repairs)).toEqual(['repair.single-quotes×4']);
    expect(JSON.parse(applyRepairs(text, repairs))).toEqual({ GhiChu: 'Ông "Ba" nói: it\'s ok', MaHoSo: 'H22-1' });
  });

  it('quotes bare keys', () => {
    const text = '{ MaHoSo: "H22-1", TrangThaiHoSo = "2" }';
    const repairs = detectRepairs(text);
    expect(codes(repairs)).toEqual(['repair.equals-for-colon×1', 'repair.unquoted-keys×2']);
    expect(JSON.parse(applyRepairs(text, repairs))).toEqual({ MaHoSo: 'H22-1', TrangThaiHoSo: '2' });
  });

  it('removes trailing commas, also with a comment between the comma and the bracket', () => {
    const text = '{\n  "DSKetNoiCSDL": [ { "MaCSDL": "7", }, ],\n  "b": 1, // cuối\n}';
    const repairs = detectRepairs(text);
    expect(codes(repairs)).toEqual(['repair.comments×1', 'repair.trailing-comma×3']);
    expect(JSON.parse(applyRepairs(text, repairs))).toEqual({ DSKetNoiCSDL: [{ MaCSDL: '7' }], b: 1 });
  });

  it('adds the comma missing at the end of a pasted line, but not inside a line', () => {
    const text = '{\n  "MaHoSo": "H22-1"\n  "MaTTHC": "1.001234"\n}';
    const repairs = detectRepairs(text);
    expect(codes(repairs)).toEqual(['repair.missing-comma×1']);
    expect(repairs[0].edits).toEqual([{ offset: text.indexOf('"\n  "MaTTHC') + 1, length: 0, text: ',' }]);
    expect(detectRepairs('{"a": "x" "b": "y"}')).toEqual([]);
  });

  it('replaces NBSP and removes zero-width characters outside strings only', () => {
    const text = '{\u00a0"MaHoSo":\u00a0"H22\u00a01",\u200b"b": 1}';
    const repairs = detectRepairs(text);
    expect(codes(repairs)).toEqual(['repair.nbsp×2', 'repair.zero-width×1']);
    expect(JSON.parse(applyRepairs(text, repairs))).toEqual({ MaHoSo: 'H22\u00a01', b: 1 });
  });

  it('offers nothing it cannot do safely: unclosed strings and comments, truncated text', () => {
    expect(detectRepairs('{"a": "abc\n, "b": 1,}')).toEqual([]);
    expect(detectRepairs('{"a": 1 /* never closed')).toEqual([]);
    expect(detectRepairs(dossier.slice(0, 500))).toEqual([]);
  });

  it('finds nothing in valid JSON', () => {
    expect(detectRepairs(dossier)).toEqual([]);
  });

  it('repairs several faults at once, and a chosen subset alone', () => {
    const rec = value.data[0];
    const text = `{\n  // bản nháp\n  “MaHoSo” = “${String(rec.MaHoSo)}”,\n  'ChuHoSo': '${String(rec.ChuHoSo)}',\n  "DSKetNoiCSDL": [{"MaCSDL": "7"},],\n}`;
    const repairs = detectRepairs(text);
    expectWellFormed(repairs);
    expect(JSON.parse(applyRepairs(text, repairs))).toEqual({ MaHoSo: rec.MaHoSo, ChuHoSo: rec.ChuHoSo, DSKetNoiCSDL: [{ MaCSDL: '7' }] });
    const onlyComments = applyRepairs(text, repairs.filter((r) => r.code === 'repair.comments'));
    expect(onlyComments).not.toContain('// bản nháp');
    expect(onlyComments).toContain('“MaHoSo” =');
  });
});
