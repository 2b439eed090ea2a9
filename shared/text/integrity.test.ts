import { describe, expect, it } from 'vitest';
import { codePoints } from './codePoints';
import { normalize } from './normalize';
import { normalizationForm } from './normalization';
import { findInvisible } from './invisible';
import { scanValue } from './scan';
import { charDiff } from './diff';

const NFD = 'Nguyễn Thị Hằng'.normalize('NFD');

describe('normalisation forms', () => {
  it('tells NFC, NFD, mixed and ASCII apart', () => {
    expect(normalizationForm('Nguyễn')).toBe('nfc');
    expect(normalizationForm(NFD)).toBe('nfd');
    expect(normalizationForm('Nguyễn ' + 'Thị'.normalize('NFD'))).toBe('mixed');
    expect(normalizationForm('MaHoSo-001')).toBe('ascii');
  });

  it('reports NFD and mixed text with an NFC repair', () => {
    expect(scanValue(NFD)).toEqual([{ code: 'text.nfd', fixed: 'Nguyễn Thị Hằng' }]);
    expect(scanValue('Hà ' + 'Nội'.normalize('NFD')).map((p) => [p.code, p.fixed])).toEqual([['text.mixed-normalization', 'Hà Nội']]);
  });
});

describe('invisible characters and smart quotes', () => {
  it('finds zero-width characters and no-break spaces with their code points', () => {
    const hits = findInvisible('000.00.01\u200b.H22\u00a0');
    expect(hits.map((h) => [h.index, h.codePoint])).toEqual([
      [9, 'U+200B'],
      [14, 'U+00A0'],
    ]);
    expect(scanValue('G03-GD10\u200b')).toEqual([{ code: 'text.invisible-char', fixed: 'G03-GD10', detail: 'U+200B' }]);
    expect(scanValue('Hà\u00a0Giang')[0].fixed).toBe('Hà Giang');
  });

  it('flags smart quotes only in code fields', () => {
    expect(scanValue('“G03-GD10”', true)).toEqual([{ code: 'text.smart-quote-in-code', fixed: 'G03-GD10' }]);
    expect(scanValue('Thủ tục “cấp phép”', false)).toEqual([]);
  });
});

describe('code points view', () => {
  it('names precomposed letters, combining marks and invisible characters', () => {
    const view = codePoints('ễ' + 'ễ'.normalize('NFD') + '\u00a0đ');
    expect(view.map((c) => c.codePoint)).toEqual(['U+1EC5', 'U+0065', 'U+0302', 'U+0303', 'U+00A0', 'U+0111']);
    expect(view[0].name).toBe('LATIN SMALL LETTER E WITH CIRCUMFLEX AND TILDE');
    expect(view[2]).toMatchObject({ kind: 'combining', name: 'COMBINING CIRCUMFLEX ACCENT', label: { vi: 'dấu mũ' } });
    expect(view[3]).toMatchObject({ kind: 'combining', name: 'COMBINING TILDE', label: { vi: 'dấu ngã' } });
    expect(view[4]).toMatchObject({ kind: 'space', name: 'NO-BREAK SPACE' });
    expect(view[5].name).toBe('LATIN SMALL LETTER D WITH STROKE');
    expect(view.map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('normalize with preview', () => {
  it('composes, cleans, and shows exactly what changed', () => {
    const r = normalize(`${NFD}\u00a0`);
    expect(r.value).toBe('Nguyễn Thị Hằng ');
    expect(r.steps).toEqual(['nfc', 'invisible']);
    // Rebuilding both sides from the diff gives back the input and the output.
    expect(r.diff.filter((s) => s.op !== 'insert').map((s) => s.text).join('')).toBe(`${NFD}\u00a0`);
    expect(r.diff.filter((s) => s.op !== 'delete').map((s) => s.text).join('')).toBe(r.value);
    expect(r.diff.find((s) => s.op === 'delete')?.text).toBe('ễ'.normalize('NFD'));
  });

  it('repairs mojibake only when asked, and strips quotes only for codes', () => {
    expect(normalize('NguyÔn').value).toBe('NguyÔn');
    expect(normalize('NguyÔn', { mojibake: true })).toMatchObject({ value: 'Nguyễn', mojibakeFamily: 'tcvn3-as-1252' });
    expect(normalize('‘1’', { smartQuotes: true }).value).toBe('1');
    expect(normalize('Đúng rồi').changed).toBe(false);
  });

  it('diffs long values without blowing up', () => {
    const a = 'x'.repeat(3000) + 'a'.repeat(3000);
    const b = 'y'.repeat(3000) + 'a'.repeat(3000);
    const d = charDiff(a, b);
    expect(d.filter((s) => s.op !== 'insert').map((s) => s.text).join('')).toBe(a);
    expect(d.filter((s) => s.op !== 'delete').map((s) => s.text).join('')).toBe(b);
  });
});
