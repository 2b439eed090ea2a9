// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateRecords, template } from '../../../../shared/index';
import SAMPLE_93 from '../../../../tests/fixtures/reference/samples/dossier/93-invalid-cross-field.json?raw';
import { TreeView } from './TreeView';
import { installLayout, renderView, storeWith } from './testSupport';

beforeAll(installLayout);
afterEach(cleanup);

const tree = () => screen.getByRole('tree', { name: 'Cây tài liệu' });
const item = (name: RegExp | string) => within(tree()).getByRole('treeitem', { name });

function batchText(n: number, edit?: (r: Record<string, unknown>, i: number) => void): string {
  const records = generateRecords('dossier', n, 5) as Record<string, unknown>[];
  records.forEach((r, i) => edit?.(r, i));
  return `${JSON.stringify({ ...(template('dossier') as object), data: records }, null, 2)}\n`;
}

describe('the Tree view', () => {
  it('shows labels beside wire names, decoded codes and dates, and the record badges', () => {
    const store = storeWith(SAMPLE_93);
    renderView(store, TreeView);
    // The record row names the dossier, its owner and its decoded status, and reads its counts.
    const record = item(/^Bản ghi 1/);
    expect(record.textContent).toContain('000.21.30.H22-240312-0010 · Nguyễn Thị Minh Hằng · Đã trả kết quả');
    expect(record.textContent).toContain('4 lỗi, 1 cảnh báo');
    expect(record.getAttribute('aria-level')).toBe('2');
    expect(record.getAttribute('aria-expanded')).toBe('true');
    const status = item(/TrangThaiHoSo/);
    expect(status.textContent).toContain('Trạng thái hồ sơ');
    expect(status.textContent).toContain('10 — Đã trả kết quả');
    const due = item(/NgayHenTra/);
    expect(due.textContent).toContain('10/03/2024 17:00');
    expect(due.textContent).toContain('1 lỗi, 0 cảnh báo');
  });

  it('speaks English when the interface does', () => {
    const store = storeWith(SAMPLE_93);
    const view = renderView(store, TreeView);
    view.setLang('en');
    const status = within(screen.getByRole('tree', { name: 'Document tree' })).getByRole('treeitem', { name: /TrangThaiHoSo/ });
    expect(status.textContent).toContain('Dossier status');
    expect(status.textContent).toContain('Result delivered');
    expect(screen.getByRole('treeitem', { name: /^Record 1/ }).textContent).toContain('4 errors, 1 warning');
  });

  it('selects a node for every view on click, and follows a selection made elsewhere', async () => {
    const store = storeWith(SAMPLE_93);
    renderView(store, TreeView);
    fireEvent.click(item(/NgayHenTra/));
    expect(store.document()!.selection).toMatchObject({ path: ['data', 0, 'NgayHenTra'], source: 'tree' });
    expect(item(/NgayHenTra/).getAttribute('aria-selected')).toBe('true');
    // The issues panel selects a field inside a closed nested list: the tree opens the way to it.
    act(() => store.select(['data', 0, 'TaiLieuNop', 1, 'DuocLayTuKhoDMQG'], 'issues'));
    await waitFor(() => expect(item(/DuocLayTuKhoDMQG/).getAttribute('aria-selected')).toBe('true'));
    expect(tree().getAttribute('aria-activedescendant')).toBe(item(/DuocLayTuKhoDMQG/).id);
    expect(item(/^Mục 2/).getAttribute('aria-expanded')).toBe('true');
  });

  it('moves with the keyboard, opens and closes nodes, and selects with Enter', () => {
    const store = storeWith(SAMPLE_93);
    renderView(store, TreeView);
    fireEvent.focus(tree());
    // Focus lands on the first row; ↓ three times reaches isUpdating.
    for (let i = 0; i < 3; i++) fireEvent.keyDown(tree(), { key: 'ArrowDown' });
    expect(tree().getAttribute('aria-activedescendant')).toBe(item(/isUpdating/).id);
    fireEvent.keyDown(tree(), { key: 'Enter' });
    expect(store.document()!.selection).toMatchObject({ path: ['isUpdating'], source: 'tree' });
    // ↓ to the records list, ← closes it, → opens it again.
    fireEvent.keyDown(tree(), { key: 'ArrowDown' });
    fireEvent.keyDown(tree(), { key: 'ArrowLeft' });
    expect(screen.queryByRole('treeitem', { name: /^Bản ghi 1/ })).toBeNull();
    fireEvent.keyDown(tree(), { key: 'ArrowRight' });
    expect(item(/^Bản ghi 1/)).toBeTruthy();
  });

  it('filters by value without diacritics, and says when nothing matches', async () => {
    const store = storeWith(SAMPLE_93);
    renderView(store, TreeView);
    const box = screen.getByRole('searchbox', { name: 'Lọc theo nhãn, tên trường hoặc giá trị' });
    fireEvent.change(box, { target: { value: 'ubnd thanh pho' } });
    await waitFor(() => expect(within(tree()).getAllByRole('treeitem')).toHaveLength(3));
    expect(item(/DonViXuLy/).textContent).toContain('UBND thành phố Hà Giang');
    fireEvent.change(box, { target: { value: 'không có ở đâu cả' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Không có nút nào khớp với "không có ở đâu cả".'));
  });

  it('adds, duplicates, moves and deletes records with minimal edits, each one undoable', async () => {
    const text = batchText(2);
    const store = storeWith(text);
    renderView(store, TreeView);
    const actions = screen.getByRole('group', { name: 'Thao tác với bản ghi' });
    fireEvent.click(item(/^Bản ghi 1/));
    fireEvent.click(within(actions).getByRole('button', { name: 'Nhân bản bản ghi' }));
    let value = JSON.parse(store.document()!.text);
    expect(value.data).toHaveLength(3);
    expect(value.data[1]).toEqual(value.data[0]);
    // The copy is selected and in focus.
    expect(store.document()!.selection).toMatchObject({ path: ['data', 1], source: 'tree' });
    // Move it down, then delete it: the batch is back to its two records, in order.
    fireEvent.click(within(actions).getByRole('button', { name: 'Chuyển bản ghi xuống' }));
    value = JSON.parse(store.document()!.text);
    expect(value.data[2]).toEqual(value.data[0]);
    fireEvent.keyDown(tree(), { key: 'Delete' });
    expect(store.document()!.text).toBe(text);
    // Add from the template, after the record in focus: a complete record the portal accepts.
    fireEvent.click(item(/^Bản ghi 1/));
    fireEvent.click(within(actions).getByRole('button', { name: 'Thêm bản ghi từ mẫu' }));
    value = JSON.parse(store.document()!.text);
    expect(value.data).toHaveLength(3);
    expect(value.data[1].MaHoSo).toBe((template('dossier') as { data: { MaHoSo: string }[] }).data[0].MaHoSo);
    // One undo removes the added record; the text is as opened.
    act(() => void store.undo());
    expect(store.document()!.text).toBe(text);
  });

  it('keeps only the records where a field holds the same value, from a field node', async () => {
    const store = storeWith(batchText(5, (r, i) => (r.TrangThaiHoSo = i === 2 ? '10' : '4')));
    renderView(store, TreeView);
    const field = item(/TrangThaiHoSo/);
    fireEvent.contextMenu(field, { clientX: 10, clientY: 10 });
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Hiện mọi bản ghi có TrangThaiHoSo = "4"' }));
    await waitFor(() => expect(screen.getByText('Đang hiện 4/5 bản ghi có TrangThaiHoSo = "4"')).toBeTruthy());
    // Close the first record so that every record row is in view.
    fireEvent.doubleClick(item(/^Bản ghi 1/));
    const records = within(tree()).getAllByRole('treeitem', { name: /^Bản ghi/ });
    expect(records.map((r) => r.textContent?.match(/^Bản ghi (\d+)/)?.[1])).toEqual(['1', '2', '4', '5']);
    fireEvent.click(screen.getByRole('button', { name: 'Hiện mọi bản ghi' }));
    await waitFor(() => expect(within(tree()).getAllByRole('treeitem', { name: /^Bản ghi/ })).toHaveLength(5));
  });

  it('says so instead of a tree when the text is not JSON', () => {
    const store = storeWith('{"service": "DongBoHoSoMC",');
    renderView(store, TreeView);
    expect(screen.queryByRole('tree')).toBeNull();
    expect(screen.getByText(/chưa phải JSON hợp lệ/)).toBeTruthy();
  });
});
