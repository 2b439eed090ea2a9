import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLES_DIR } from '../../tests/support/reference';
import { semanticDiff } from './semanticDiff';

const sample = (file: string) => readFileSync(join(SAMPLES_DIR, 'dossier', file), 'utf8');

describe('field-level differences', () => {
  it('the same packet re-formatted, with keys in another order, has no differences', () => {
    const text = sample('01-dongbohosomc-create-online-valid.json');
    const value = JSON.parse(text) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(value).reverse());
    const minified = JSON.parse(JSON.stringify(reordered));
    expect(semanticDiff(value, minified)).toEqual([]);
  });

  it('names each changed, added and removed field with its path and both values', () => {
    const a = JSON.parse(sample('93-invalid-cross-field.json'));
    const b = JSON.parse(sample('93-invalid-cross-field.json'));
    b.data[0].NgayHenTra = '20240315170000';
    b.data[0].GhiChu = undefined;
    delete b.data[0].GhiChu;
    b.data[0].NgayTuChoiMoi = '';
    const diff = semanticDiff(a, b);
    expect(diff).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'changed', path: ['data', 0, 'NgayHenTra'], before: '20240310170000', after: '20240315170000' }),
        expect.objectContaining({ kind: 'removed', path: ['data', 0, 'GhiChu'], before: '' }),
        expect.objectContaining({ kind: 'added', path: ['data', 0, 'NgayTuChoiMoi'], after: '' }),
      ]),
    );
    expect(diff).toHaveLength(3);
    expect(diff.find((d) => d.kind === 'changed')!.label).toContain('MaHoSo 000.21.30.H22-240312-0010');
  });

  it('matches records by MaHoSo, so a batch in another order differs only where a record changed', () => {
    const rec = (id: string, status: string) => ({ MaHoSo: id, TrangThaiHoSo: status });
    const a = { data: [rec('A', '1'), rec('B', '2'), rec('C', '3')] };
    const b = { data: [rec('C', '3'), rec('A', '1'), rec('B', '4'), rec('D', '1')] };
    const diff = semanticDiff(a, b);
    expect(diff.map((d) => [d.kind, d.path.join('/')])).toEqual([
      ['changed', 'data/2/TrangThaiHoSo'],
      ['added', 'data/3'],
    ]);
  });

  it('falls back to positions when records lack a distinct key, and tells a string from a number', () => {
    const diff = semanticDiff([{ x: '1' }, { x: '2' }], [{ x: 1 }]);
    expect(diff.map((d) => d.kind)).toEqual(['changed', 'removed']);
    expect(diff[0]).toMatchObject({ before: '1', after: 1 });
  });

  it('leaves out ignored paths, with [*] for any index', () => {
    const a = { session: 'x', data: [{ MaHoSo: 'A', NgayTiepNhan: '1' }] };
    const b = { session: 'y', data: [{ MaHoSo: 'A', NgayTiepNhan: '2' }] };
    expect(semanticDiff(a, b, { ignore: ['session', 'data[*].NgayTiepNhan'] })).toEqual([]);
    expect(semanticDiff(a, b, { ignore: ['session'] })).toHaveLength(1);
  });

  it('stops at the limit for huge batches', () => {
    const a = { data: Array.from({ length: 50 }, (_, i) => ({ v: i })) };
    const b = { data: Array.from({ length: 50 }, (_, i) => ({ v: i + 1 })) };
    expect(semanticDiff(a, b, { limit: 10 })).toHaveLength(10);
  });
});
