import { describe, expect, it } from 'vitest';
import { packetById } from '../spec/registry';
import { recordIndexOf, recordLayout, recordPath, uniqueValue } from './records';

describe('where the records of a document are', () => {
  it('an envelope keeps them in data', () => {
    const layout = recordLayout({ service: 'DongBoHoSoMC', data: [{}, {}] }, packetById('DongBoHoSoMC'));
    expect(layout).toEqual({ arrayPath: ['data'], count: 2 });
    expect(recordPath(layout, 1)).toEqual(['data', 1]);
    expect(recordIndexOf(layout, ['data', 1, 'TaiLieuNop', 0, 'TenTepDinhKem'])).toBe(1);
    expect(recordIndexOf(layout, ['madonvi'])).toBeUndefined();
    expect(recordPath(layout, 2)).toBeUndefined();
  });

  it('a portal reply keeps them in result; a bare array is the list itself', () => {
    expect(recordLayout({ error_code: '0', result: [{}] }).arrayPath).toEqual(['result']);
    const bare = recordLayout([{ MaHoSo: 'a' }, { MaHoSo: 'b' }, { $masked: { tool: 'QCVN 120 Packet Studio' } }]);
    expect(bare).toEqual({ arrayPath: [], count: 2 });
    expect(recordIndexOf(bare, [1, 'MaHoSo'])).toBe(1);
    expect(recordIndexOf(bare, [2])).toBeUndefined();
  });

  it('a single record is record 0; an envelope without data has none', () => {
    const single = recordLayout({ MaHoSo: 'a' });
    expect(single).toEqual({ count: 1, singlePath: [] });
    expect(recordIndexOf(single, ['MaHoSo'])).toBe(0);
    expect(recordLayout({ service: 'LayThuTuc' }).count).toBe(0);
    expect(recordLayout('text').count).toBe(0);
  });
});

describe('a fresh key for a new record', () => {
  it('counts the trailing number up, keeping its width, past every taken value', () => {
    const taken = new Set(['000.21.30.H22-240507-0015', '000.21.30.H22-240507-0016']);
    expect(uniqueValue('000.21.30.H22-240507-0015', taken)).toBe('000.21.30.H22-240507-0017');
    expect(uniqueValue('HS-9', new Set(['HS-9']))).toBe('HS-10');
  });

  it('keeps a value nobody holds, and numbers one without digits', () => {
    expect(uniqueValue('A-1', new Set(['B']))).toBe('A-1');
    expect(uniqueValue('ABC', new Set(['ABC', 'ABC-2']))).toBe('ABC-3');
  });
});
