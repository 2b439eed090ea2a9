/**
 * The Tree view in Chromium (issue 4 §1, §2, §6): labels, decoded codes and dates, badges rolled
 * up to records; the keyboard of an ARIA tree; a node selected in the tree is the JSON editor's
 * and the form's selection, and an issue clicked elsewhere opens the tree to its node; record
 * actions and "show every record where field = value" on a batch; a large-file batch listed
 * record by record, its last record opened from the keyboard, and read in the form by number.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRecords, template } from '../../shared/index';
import { writeBigDossier } from '../fixtures/bigPacket';
import { expect, test } from '../fixtures/webHost';
import { sample } from '../fixtures/paths';
import { EditorPage } from '../pages/EditorPage';
import { FormPage } from '../pages/FormPage';

let dir: string;
let batch: string;
let big: string;
const BIG_RECORDS = 12_000;

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qcvn120-tree-'));
  // Six generated dossiers; records 2 and 5 are "being processed" (status 4), the others delivered.
  const records = generateRecords('dossier', 6, 21) as Record<string, unknown>[];
  records.forEach((r, i) => (r.TrangThaiHoSo = i === 1 || i === 4 ? '4' : '2'));
  batch = join(dir, 'batch-6.json');
  writeFileSync(batch, `${JSON.stringify({ ...(template('dossier') as object), data: records }, null, 2)}\n`);
  big = join(dir, 'big-batch.json');
  writeBigDossier(big, BIG_RECORDS);
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the tree reads the packet, walks with the keyboard and shares its selection with the other views', async ({ app }) => {
  const ed = new EditorPage(app);
  await ed.open(sample('dossier', '93-invalid-cross-field.json'));
  await ed.viewButton('Tree').click();
  const tree = app.getByRole('tree', { name: ed.text('tree.label') });
  const record = tree.getByRole('treeitem', { name: /^Bản ghi 1/ });
  await expect(record).toContainText('000.21.30.H22-240312-0010 · Nguyễn Thị Minh Hằng · Đã trả kết quả');
  await expect(record).toContainText('4 lỗi, 1 cảnh báo');
  await expect(tree.getByRole('treeitem', { name: /TrangThaiHoSo/ })).toContainText('Trạng thái hồ sơ TrangThaiHoSo: 10 — Đã trả kết quả');
  await expect(tree.getByRole('treeitem', { name: /NgayTiepNhan/ })).toContainText('12/03/2024 08:15');

  // Keyboard: Home, ↓ to the records list, ← closes it, → opens it, Enter selects.
  await tree.focus();
  await app.keyboard.press('Home');
  await app.keyboard.press('End');
  await app.keyboard.press('Home');
  for (let i = 0; i < 4; i++) await app.keyboard.press('ArrowDown');
  const list = tree.getByRole('treeitem', { name: /^Dữ liệu/ });
  await expect(tree).toHaveAttribute('aria-activedescendant', (await list.getAttribute('id'))!);
  await app.keyboard.press('ArrowLeft');
  await expect(list).toHaveAttribute('aria-expanded', 'false');
  await expect(record).toHaveCount(0);
  await app.keyboard.press('ArrowRight');
  await expect(record).toBeVisible();
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  await expect(tree.getByRole('treeitem', { name: /MaHoSo/ })).toHaveAttribute('aria-selected', 'true');

  // The JSON editor follows the tree's selection.
  await ed.showJson();
  await expect(ed.jsonWhere).toContainText('data[0].MaHoSo');

  // An issue clicked in the panel opens the way to its node.
  await ed.viewButton('Tree').click();
  await tree.getByRole('treeitem', { name: /^Dữ liệu/ }).click();
  await app.keyboard.press('ArrowLeft');
  await ed.selectIssue('data[0].NgayKetThucXuLy');
  await expect(tree.getByRole('treeitem', { name: /NgayKetThucXuLy/ })).toHaveAttribute('aria-selected', 'true');

  // And the form opens on the tree's node.
  await tree.getByRole('treeitem', { name: /DonViXuLy/ }).click();
  await ed.viewButton('Form').click();
  await expect(new FormPage(ed).row('data[0].DonViXuLy')).toHaveAttribute('data-selected', 'true');
});

test('record actions and "show every record where field = value" on a batch', async ({ app }) => {
  const ed = new EditorPage(app);
  await ed.open(batch);
  await ed.viewButton('Tree').click();
  const tree = app.getByRole('tree', { name: ed.text('tree.label') });
  const records = tree.getByRole('treeitem', { name: /^Bản ghi \d/ });
  // The first record opens by itself; closed, all six fit on screen.
  await tree.getByRole('treeitem', { name: /^Bản ghi 1/ }).dblclick();
  await expect(records).toHaveCount(6);

  await expect(records.nth(1)).toContainText('Đang xử lý');

  // Filter the tree to the status fields, right-click record 2's: show every record with status 4.
  await app.getByRole('searchbox', { name: ed.text('tree.filter') }).fill('TrangThaiHoSo');
  const statuses = tree.getByRole('treeitem', { name: /TrangThaiHoSo/ });
  await expect(statuses).toHaveCount(6);
  await statuses.nth(1).click({ button: 'right' });
  await app.getByRole('menuitem', { name: ed.text('tree.filterSame', { field: 'TrangThaiHoSo', value: '4' }) }).click();
  await expect(app.getByText(ed.text('tree.recordFilter', { shown: 2, total: 6, field: 'TrangThaiHoSo', value: '4' }))).toBeVisible();
  await expect(statuses).toHaveCount(2);
  await app.getByRole('button', { name: ed.text('tree.filterClear') }).click();
  await expect(records).toHaveCount(2);
  await expect(records.nth(0)).toContainText(/^Bản ghi 2/);
  await expect(records.nth(1)).toContainText(/^Bản ghi 5/);
  await app.getByRole('button', { name: ed.text('tree.recordFilterClear'), exact: true }).click();
  await expect(records).toHaveCount(6);

  // Duplicate record 6 from its menu, then move the copy up: one undo step each.
  await tree.getByRole('treeitem', { name: /^Bản ghi 6/ }).click({ button: 'right' });
  await app.getByRole('menuitem', { name: ed.text('tree.duplicate') }).click();
  await expect(records).toHaveCount(7);
  await expect(ed.fact('doc.records')).toHaveText('7');
  await expect(tree.getByRole('treeitem', { name: /^Bản ghi 7/ })).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Alt+ArrowUp');
  await expect(tree.getByRole('treeitem', { name: /^Bản ghi 6/ })).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Control+z');
  await app.keyboard.press('Control+z');
  await expect(records).toHaveCount(6);
});

test('a large-file batch is listed record by record; the last one opens from the keyboard', async ({ app }) => {
  test.setTimeout(120_000);
  const ed = new EditorPage(app);
  await ed.openWithPicker(big);
  await expect(app.getByRole('heading', { name: 'big-batch.json', exact: true })).toBeVisible({ timeout: 60_000 });
  await ed.viewButton('Tree').click();
  const tree = app.getByRole('tree', { name: ed.text('tree.label') });
  await expect(app.getByText(ed.text('tree.largeNote'))).toBeVisible();
  await expect(tree.getByRole('treeitem', { name: /^Dữ liệu/ })).toContainText('12.000 bản ghi');
  // End jumps to the last of 12,000 rows; its identifying value arrives from the worker.
  await tree.focus();
  await app.keyboard.press('End');
  const last = tree.getByRole('treeitem', { name: /^Bản ghi 12\.000/ });
  await expect(last).toBeVisible();
  await expect(last).toContainText(/· \d{3}\.\d{2}\.\d{2}\.H\d{2}-/);
  // → opens it: its fields are read from the worker.
  await app.keyboard.press('ArrowRight');
  await expect(tree.getByRole('treeitem', { name: /MaHoSo/ }).last()).toBeVisible();

  // The form reads one record at a time, chosen by number, for reading only.
  await ed.viewButton('Form').click();
  await expect(app.getByText(ed.text('formView.readOnly'))).toBeVisible();
  const number = app.getByRole('textbox', { name: ed.text('formView.recordNumber', { total: '12.000' }) });
  await number.fill('12000');
  await number.press('Enter');
  await expect(app.getByRole('heading', { name: /^Bản ghi 12\.000/ })).toBeVisible();
  const key = app.getByRole('textbox', { name: /^MaHoSo — Mã hồ sơ/ });
  await expect(key).toBeDisabled();
  await expect(key).toHaveValue(/^\d{3}\.\d{2}\.\d{2}\.H\d{2}-/);
});
