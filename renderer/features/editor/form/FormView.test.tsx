// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateRecords, template } from '../../../../shared/index';
import SAMPLE_93 from '../../../../tests/fixtures/reference/samples/dossier/93-invalid-cross-field.json?raw';
import PAKN from '../../../../tests/fixtures/reference/samples/feedback/02-dongboketquapakn-valid.json?raw';
import { buildRecordSpec } from '../model/recordSpec';
import { STRICT_PROFILE } from '../../../../shared/index';
import { installLayout, renderView, storeWith } from '../tree/testSupport';
import { FormView } from './FormView';

beforeAll(installLayout);
afterEach(cleanup);
// MUI in jsdom is slow (a dossier record is some seventy inputs); the app itself redraws an edit
// in about 30 ms (production build, Chromium).
vi.setConfig({ testTimeout: 90_000 });

const textbox = (name: RegExp) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const value = (store: ReturnType<typeof storeWith>) => JSON.parse(store.document()!.text);
const blurWith = (el: HTMLElement, text: string) => {
  fireEvent.focus(el);
  fireEvent.change(el, { target: { value: text } });
  fireEvent.blur(el);
};

describe('the Form view', () => {
  it('names every input by its wire name and label, and marks required and observed-required fields apart', () => {
    renderView(storeWith(SAMPLE_93), FormView);
    const spec = buildRecordSpec('DongBoHoSoMC', 'envelope', STRICT_PROFILE);
    // Every scalar field of the record has an input named "Wire — Label" (read from what names
    // it: its <label>, or the elements a select is labelled by; the e2e tests ask Chromium).
    const visibleText = (el: Element | null | undefined) => {
      if (!el) return '';
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((e) => e.remove());
      return copy.textContent ?? '';
    };
    const nameOf = (el: HTMLElement) =>
      (el as HTMLInputElement).labels?.length
        ? visibleText((el as HTMLInputElement).labels![0])
        : (el.getAttribute('aria-labelledby') ?? '')
            .split(' ')
            .map((id) => visibleText(document.getElementById(id)))
            .join(' ');
    const names = [...screen.getAllByRole('textbox'), ...screen.getAllByRole('combobox'), ...screen.getAllByRole('switch')].map(nameOf);
    for (const f of spec.record!.fields) {
      if (f.type === 'array') continue;
      expect(names.some((n) => n.startsWith(`${f.name} — ${f.label.vi}`)), f.name).toBe(true);
    }
    expect(textbox(/^NgayHenTra — Ngày hẹn trả/).closest('[data-field]')?.getAttribute('data-field')).toBe('data[0].NgayHenTra');
    // M* is told apart from M, in words.
    expect(textbox(/^NgayHenTra/).labels![0].textContent).toContain('bắt buộc theo quan sát; Cổng vẫn nhận gói tin thiếu trường này');
    expect(textbox(/^NgayTiepNhan/).labels![0].textContent).toContain('(bắt buộc)');
  });

  it('shows dates as dd/MM/yyyy HH:mm and the record’s issues under their fields', () => {
    renderView(storeWith(SAMPLE_93), FormView);
    const due = textbox(/^NgayHenTra/) as HTMLInputElement;
    expect(due.value).toBe('10/03/2024 17:00');
    expect(due.getAttribute('aria-invalid')).toBe('true');
    const described = due.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    expect(described).toContain('NgayHenTra (10/03/2024 17:00) sớm hơn NgayTiepNhan (12/03/2024 08:15).');
    expect(described).toContain('Giá trị gửi đi: 20240310170000');
  });

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

  it('speaks English, with the same wire names', () => {
    const view = renderView(storeWith(SAMPLE_93), FormView);
    view.setLang('en');
    expect(textbox(/^NgayHenTra — Promised result date/)).toBeTruthy();
    expect(textbox(/^NgayHenTra/).labels![0].textContent).toContain('observed required; the portal accepted packets without it');
    expect(screen.getByRole('combobox', { name: /^TrangThaiHoSo/ }).textContent).toBe('10 — Result delivered');
  });

  it('marks a provisional packet and its provisional fields', () => {
    renderView(storeWith(PAKN), FormView);
    expect(screen.getByText(/Định nghĩa của loại gói tin này là bản dựng lại tạm thời/)).toBeTruthy();
    expect(screen.getAllByText('tạm thời').length).toBeGreaterThan(0);
  });

  it('renders only the chosen record of a 500-record batch', async () => {
    const records = generateRecords('dossier', 500, 3) as Record<string, unknown>[];
    const text = JSON.stringify({ ...(template('dossier') as object), data: records }, null, 2);
    const store = storeWith(text);
    renderView(store, FormView);
    // One record's inputs, not 500 records' (each dossier has a few dozen fields). Time is not
    // asserted here: jsdom is no measure of the browser (measured there: README of this folder).
    expect(screen.getAllByRole('textbox').length).toBeLessThan(120);
    const picker = screen.getByRole('combobox', { name: 'Chọn bản ghi' });
    fireEvent.click(screen.getByRole('button', { name: 'Bản ghi sau' }));
    expect((picker as HTMLInputElement).value).toMatch(/^2 · /);
    expect(textbox(/^MaHoSo/)).toHaveProperty('value', records[1].MaHoSo);
  });
});
