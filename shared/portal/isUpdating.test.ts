import { describe, expect, it } from 'vitest';
import { decideIsUpdating } from './isUpdating';

describe('decideIsUpdating (dossier.md §3.2: a non-empty result means the dossier exists)', () => {
  it('updates when TraCuuHoSo returns the dossier', () => {
    const d = decideIsUpdating({ error_code: '0', message: 'Thành công', result: [{ MaHoSo: 'X' }] });
    expect(d).toMatchObject({ decided: true, isUpdating: 'True' });
  });

  it('creates when the result is empty or absent', () => {
    expect(decideIsUpdating({ error_code: '0', message: 'Thành công', result: [] })).toMatchObject({ decided: true, isUpdating: 'False' });
    expect(decideIsUpdating({ error_code: 0, message: 'Thành công' })).toMatchObject({ decided: true, isUpdating: 'False' });
  });

  it('does not decide when the lookup failed, and says why in both languages', () => {
    const d = decideIsUpdating({ error_code: '-9', message: 'Lỗi hệ thống' });
    expect(d.decided).toBe(false);
    expect(d.reason.vi).toContain('-9');
    expect(d.reason.en).toContain('Lỗi hệ thống');
  });

  it('does not decide on a malformed reply', () => {
    expect(decideIsUpdating('<html>').decided).toBe(false);
    expect(decideIsUpdating({ result: [1] }).decided).toBe(false);
  });
});
