// @vitest-environment jsdom
/**
 * The Form view's edits (issue 4 §1 "Form"): each one a minimal text edit through the model, one
 * undo step — dates, codes, flags, quick fixes, nested lists, keys the spec does not know — and
 * following a selection made in another view. What it shows: FormView.reading.test.tsx.
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateRecords, template } from '../../../../shared/index';
import SAMPLE_93 from '../../../../tests/fixtures/reference/samples/dossier/93-invalid-cross-field.json?raw';
import { installLayout, renderView, storeWith } from '../tree/testSupport';
import { blurWith, textbox, value } from './formTestKit';
import { FormView } from './FormView';

beforeAll(installLayout);
afterEach(cleanup);

describe('the Form view edits', () => {
  it('writes a typed date as yyyyMMddHHmmss with a minimal edit, and the error goes away', async () => {
    const store = storeWith(SAMPLE_93);
    renderView(store, FormView);
    const before = store.document()!.text;
    blurWith(textbox(/^NgayHenTra/), '26/03/2024 17:00');
    expect(store.document()!.text).toBe(before.replace('"NgayHenTra": "20240310170000"', '"NgayHenTra": "20240326170000"'));
    expect(store.document()!.selection).toMatchObject({ path: ['data', 0, 'NgayHenTra'], source: 'form' });
    await waitFor(() => expect(textbox(/^NgayHenTra/).getAttribute('aria-invalid')).toBe('false'), { timeout: 10_000 });
    // One undo step brings the old value back.
    act(() => void store.undo());
    expect(store.document()!.text).toBe(before);
  });

  it('keeps a typed text that is not a date on screen, unwritten, and shows an existing bad value as written', () => {
    const store = storeWith(SAMPLE_93.replace('"NgayTiepNhan": "20240312081500"', '"NgayTiepNhan": "2024-03-12 08:15"'));
    renderView(store, FormView);
    expect((textbox(/^NgayTiepNhan/) as HTMLInputElement).value).toBe('2024-03-12 08:15');
    expect(screen.getByText('Giá trị hiện tại "2024-03-12 08:15" không phải ngày giờ yyyyMMddHHmmss; được giữ nguyên cho đến khi bạn sửa.')).toBeTruthy();
    const before = store.document()!.text;
    blurWith(textbox(/^NgayHenTra/), '31/02/2024 10:00');
    expect(store.document()!.text).toBe(before);
    expect((textbox(/^NgayHenTra/) as HTMLInputElement).value).toBe('31/02/2024 10:00');
    expect(screen.getByText(/Không đọc được "31\/02\/2024 10:00" là ngày giờ/)).toBeTruthy();
  });

  it('picks a code from the list showing code and label', async () => {
    const store = storeWith(SAMPLE_93);
    renderView(store, FormView);
    const status = screen.getByRole('combobox', { name: /^TrangThaiHoSo — Trạng thái hồ sơ/ });
    expect(status.textContent).toBe('10 — Đã trả kết quả');
    fireEvent.mouseDown(status);
    fireEvent.click(await screen.findByRole('option', { name: '4 — Đang xử lý' }));
    expect(value(store).data[0].TrangThaiHoSo).toBe('4');
  });

  it('shows flags as switches and applies a quick fix from under the field', async () => {
    const store = storeWith(SAMPLE_93);
    renderView(store, FormView);
    const digitised = screen.getByRole('switch', { name: /^HoSoCoThanhPhanSoHoa/ }) as HTMLInputElement;
    expect(digitised.checked).toBe(false);
    const row = digitised.closest('[data-field]') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: 'Sửa nhanh: Đặt HoSoCoThanhPhanSoHoa = "1"' }));
    expect(value(store).data[0].HoSoCoThanhPhanSoHoa).toBe('1');
    await waitFor(() => expect((screen.getByRole('switch', { name: /^HoSoCoThanhPhanSoHoa/ }) as HTMLInputElement).checked).toBe(true), { timeout: 10_000 });
    fireEvent.click(screen.getAllByRole('switch', { name: /^IsDeleted/ })[0]);
    expect(value(store).data[0].TaiLieuNop[0].IsDeleted).toBe('True');
  });

  it('adds, duplicates, moves and removes items of a nested list', () => {
    const store = storeWith(SAMPLE_93);
    renderView(store, FormView);
    const files = screen.getByRole('group', { name: /^TaiLieuNop — Tài liệu nộp/ });
    fireEvent.click(within(files).getByRole('button', { name: 'Thêm tài liệu nộp — TaiLieuNop' }));
    let list = value(store).data[0].TaiLieuNop;
    expect(list).toHaveLength(3);
    expect(list[2]).toMatchObject({ IsDeleted: 'False', DuocSoHoa: '0', TenTepDinhKem: '' });
    // The new item is open and its first input has the focus.
    const added = screen.getByRole('group', { name: 'Tài liệu nộp 3 (TaiLieuNop[2])' });
    expect(added.contains(document.activeElement)).toBe(true);
    blurWith(within(added).getByRole('textbox', { name: /^TenTepDinhKem/ }), 'Ban-ve.pdf');
    fireEvent.click(within(added).getByRole('button', { name: 'Chuyển TaiLieuNop[2] lên' }));
    list = value(store).data[0].TaiLieuNop;
    expect(list.map((x: { TenTepDinhKem: string }) => x.TenTepDinhKem)).toEqual(['Don-de-nghi-cap-giay-phep-xay-dung.pdf', 'Ban-ve.pdf', 'Giay-chung-nhan-quyen-su-dung-dat.pdf']);
    fireEvent.click(screen.getByRole('button', { name: 'Nhân bản TaiLieuNop[0]' }));
    expect(value(store).data[0].TaiLieuNop[1]).toEqual(value(store).data[0].TaiLieuNop[0]);
    fireEvent.click(screen.getByRole('button', { name: 'Xoá TaiLieuNop[1]' }));
    expect(value(store).data[0].TaiLieuNop).toHaveLength(3);
  });

  it('follows a selection from the issues panel: opens the record, opens the item, focuses the field', async () => {
    const records = generateRecords('dossier', 3, 9) as Record<string, unknown>[];
    const text = JSON.stringify({ ...(template('dossier') as object), data: records }, null, 2);
    const store = storeWith(text);
    renderView(store, FormView);
    expect(screen.getByRole('heading', { name: /^Bản ghi 1/ })).toBeTruthy();
    act(() => store.select(['data', 2, 'NgayTiepNhan'], 'issues'));
    await waitFor(() => expect(document.activeElement).toBe(textbox(/^NgayTiepNhan/)), { timeout: 10_000 });
    expect(screen.getByRole('heading', { name: /^Bản ghi 3/ })).toBeTruthy();
    // The form moved the focus itself: the selection stays the issues panel's.
    expect(store.document()!.selection!.source).toBe('issues');
    // The user's own focus selects with source 'form'.
    fireEvent.focus(textbox(/^MaHoSo/));
    expect(store.document()!.selection).toMatchObject({ path: ['data', 2, 'MaHoSo'], source: 'form' });
  });

  it('lists keys the spec does not know, editable as JSON values', () => {
    const store = storeWith(SAMPLE_93.replace('"MaHoSo": "000.21.30.H22-240312-0010",', '"MaHoSo": "000.21.30.H22-240312-0010",\n      "GhiChuNoiBo": "xem lại",'));
    renderView(store, FormView);
    const other = screen.getByRole('region', { name: 'Khoá khác (không có trong đặc tả)' });
    const box = within(other).getByRole('textbox', { name: 'GhiChuNoiBo' }) as HTMLInputElement;
    expect(box.value).toBe('"xem lại"');
    const before = store.document()!.text;
    blurWith(box, '{"a": 1');
    expect(store.document()!.text).toBe(before);
    expect(within(other).getByText(/Không phải giá trị JSON hợp lệ/)).toBeTruthy();
    blurWith(box, '{"a": 1}');
    expect(value(store).data[0].GhiChuNoiBo).toEqual({ a: 1 });
  });
});
