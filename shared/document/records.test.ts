import { describe, expect, it } from 'vitest';
import { packetById } from '../spec/registry';
import { recordIndexOf, recordLayout, recordPath } from './records';

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
