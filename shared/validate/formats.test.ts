import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWire } from '../datetime/wire';
import { FORMAT_IDS, checkFormat, formatInfo, isDatetime14, normalizeFormat } from './formats';

describe('formats', () => {
  it('datetime14 accepts real local date-times and rejects 30 February, hour 24 and other shapes (dossier.md §1.7)', () => {
    expect(checkFormat('datetime14', '20240312081500')).toBe(true);
    expect(checkFormat('datetime14', '20240229235959')).toBe(true);
    for (const bad of ['20240230120000', '20230229000000', '20240312246000', '20240312086000', '20241301000000', '2024031208150', '2024-03-12T08:15', '', '2024031208150a', '18991231000000']) {
      expect(checkFormat('datetime14', bad), bad).toBe(false);
    }
  });

  it('datetime14 agrees with parseWire of shared/datetime/wire.ts on any 14-character input', () => {
    const digit = fc.constantFrom(...'0123456789');
    const near = fc.array(fc.oneof(digit, digit, digit, fc.constantFrom('a', ' ', '-', '/')), { minLength: 14, maxLength: 14 }).map((a) => a.join(''));
    const plausible = fc
      .record({ y: fc.integer({ min: 1890, max: 3010 }), mo: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }), h: fc.integer({ min: 0, max: 25 }), mi: fc.integer({ min: 0, max: 61 }), s: fc.integer({ min: 0, max: 61 }) })
      .map(({ y, mo, d, h, mi, s }) => `${y}${[mo, d, h, mi, s].map((n) => String(n).padStart(2, '0')).join('')}`);
    fc.assert(fc.property(fc.oneof(near, plausible), (s) => isDatetime14(s) === (parseWire(s) !== undefined)), { numRuns: 5000 });
  });

  it('proposes the wire form of dates written in other formats (sample dossier/90)', () => {
    expect(normalizeFormat('datetime14', '2024-03-12T08:15:00+07:00')).toBe('20240312081500');
    expect(normalizeFormat('datetime14', '26/03/2024 17:00:00')).toBe('20240326170000');
    expect(normalizeFormat('datetime14', '20240311')).toBe('20240311000000');
    expect(normalizeFormat('datetime14', '2024-03-12T01:15:00Z')).toBe('20240312081500');
    expect(normalizeFormat('datetime14', 'không rõ')).toBeUndefined();
    expect(normalizeFormat('date8', '12/03/2024')).toBe('20240312');
  });

  it('checks the other formats by their reference', () => {
    const cases: [string, string, boolean][] = [
      ['dateDMYor14', '15/10/2026', true],
      ['dateDMYor14', '2026-13-45', false],
      ['dateDMYor14', '31/02/2026', false],
      ['period', '7-2020', true],
      ['period', '10-2026', true],
      ['period', '13-2020', false],
      ['percent', '45%', true],
      ['percent', '96.55', true],
      ['percent', '130%', false],
      ['decimal', '96.55', true],
      ['decimal', 'NaN', false],
      ['nonNegativeInteger', '0', true],
      ['nonNegativeInteger', '-1', false],
      ['positiveInteger', '0', false],
      ['positiveInteger', '2213902', true],
      ['month', '0', false],
      ['month', '12', true],
      ['year', '2026', true],
      ['year', '26', false],
      ['idNumber', '001203012345', true],
      ['idNumber', '12345', false],
      ['trueFalse', 'False', true],
      ['trueFalse', 'false', false],
      ['email', 'lan.nguyen@example.vn', true],
      ['email', 'lan.nguyen@', false],
      ['phone', '0912345678', true],
      ['phone', '091 234 5678', false],
      ['url', 'https://dichvucong.example.vn/a.pdf', true],
      ['url', 'C:\\files\\a.pdf', false],
      ['guid', '3f2504e0-4f89-41d3-9a0c-0305e82c3301', true],
      ['guid', '3f2504e0', false],
      ['digits', '0012', true],
      ['digits', '12a', false],
      ['date8', '20240229', true],
      ['date8', '20230229', false],
    ];
    for (const [id, value, ok] of cases) expect(checkFormat(id as never, value), `${id} ${value}`).toBe(ok);
  });

  it('normalises safely: spaces, separators, .NET booleans', () => {
    expect(normalizeFormat('phone', '091 234 5678')).toBe('0912345678');
    expect(normalizeFormat('trueFalse', 'false')).toBe('False');
    expect(normalizeFormat('email', ' a@example.vn ')).toBe('a@example.vn');
    expect(normalizeFormat('idNumber', '001 203 012 345')).toBe('001203012345');
    expect(normalizeFormat('decimal', '96,55')).toBe('96.55');
  });

  it('gives every format a description in both languages and a pattern consistent with its checker', () => {
    for (const id of FORMAT_IDS) {
      const f = formatInfo(id);
      expect(f.description.vi.length, id).toBeGreaterThan(5);
      expect(f.description.en.length, id).toBeGreaterThan(5);
      expect(f.check(f.example), `${id} example ${f.example}`).toBe(true);
      if (f.pattern) expect(new RegExp(f.pattern).test(f.example), `${id} pattern`).toBe(true);
    }
  });
});

