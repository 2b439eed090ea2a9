/**
 * The helpdesk journey in the JSON view (issue 4 §10): open a rejected packet through the file
 * picker, see its errors, click an issue and find its value selected in the JSON editor, fix a
 * value by typing over that selection, apply a quick fix after its preview, undo and redo across
 * the fix, save into the workspace, reopen, and find the fixes kept — with nothing else of the
 * file changed.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../fixtures/webHost';
import { sample } from '../fixtures/paths';
import { EditorPage } from '../pages/EditorPage';

test.use({ withWorkspace: true });

test('open a rejected packet, fix it in the JSON view and with a quick fix, undo/redo, save, reopen', async ({ app, webHost }) => {
  const ed = new EditorPage(app);
  const original = await readFile(sample('dossier', '93-invalid-cross-field.json'), 'utf8');
  await ed.open(sample('dossier', '93-invalid-cross-field.json'));

  // 93.expect.md: four errors (rule 4, rule 5 twice, rule 7) and one warning (rule 5, online result).
  await expect(ed.counts).toHaveText('4 lỗi, 1 cảnh báo');
  await expect(ed.issue('data[0].NgayHenTra')).toContainText('dossier.deadline-before-receipt');
  await expect(ed.issue('data[0].NgayHenTra')).toContainText(ed.text('doc.where', { line: 25, column: 21 }));
  await expect(ed.issue('data[0].NgayHenTra')).toContainText('dossier.md §5');

  // Click the issue: the JSON view selects the value, line 25 column 21.
  await ed.showJson();
  await ed.selectIssue('data[0].NgayHenTra');
  await expect(ed.jsonWhere).toHaveText(ed.text('json.selected', { path: 'data[0].NgayHenTra', line: 25, column: 21 }));
  // Typing replaces exactly the selected value (inside its quotes): the deadline moves after the receipt.
  await ed.focusJson();
  await app.keyboard.type('20240315170000');
  await expect(ed.jsonLines).toContainText('"NgayHenTra": "20240315170000"');
  await expect(ed.counts).toHaveText('3 lỗi, 1 cảnh báo');
  await expect(ed.issue('data[0].NgayHenTra')).toHaveCount(0);

  // A quick fix, after its preview (before/after of the line).
  const flag = ed.issue('data[0].HoSoCoThanhPhanSoHoa');
  await flag.getByRole('button', { name: /Sửa nhanh/ }).click();
  await expect(ed.preview).toContainText('"HoSoCoThanhPhanSoHoa": "0"');
  await expect(ed.preview).toContainText('"HoSoCoThanhPhanSoHoa": "1"');
  await ed.preview.getByRole('button', { name: ed.text('preview.apply') }).click();
  await expect(ed.counts).toHaveText('2 lỗi, 1 cảnh báo');
  await expect(ed.page.getByRole('tab', { name: ed.text('tabs.dirtyName', { name: '93-invalid-cross-field.json' }) })).toBeVisible();
  await expect(app).toHaveTitle(/^● 93-invalid-cross-field\.json/);

  // One history for every view: undo takes back the fix, then the typing; redo brings both back.
  await ed.page.getByRole('button', { name: ed.text('command.undo') }).click();
  await expect(ed.counts).toHaveText('3 lỗi, 1 cảnh báo');
  await app.keyboard.press('Control+z');
  await expect(ed.counts).toHaveText('4 lỗi, 1 cảnh báo');
  await expect(ed.jsonLines).toContainText('"NgayHenTra": "20240310170000"');
  await app.keyboard.press('Control+y');
  await app.keyboard.press('Control+y');
  await expect(ed.counts).toHaveText('2 lỗi, 1 cảnh báo');

  // Save into the workspace under a name, close, reopen from the workspace: the fixes are kept.
  await app.keyboard.press('Control+s');
  const save = app.getByRole('dialog', { name: ed.text('saveAs.title') });
  await save.getByLabel(ed.text('saveAs.name')).fill('case-93-fixed.json');
  await save.getByRole('button', { name: ed.text('action.saveToWorkspace') }).click();
  await expect(app.getByRole('status').filter({ hasText: ed.text('notice.saved', { name: 'case-93-fixed.json' }) })).toBeVisible();
  await expect(app).toHaveTitle(/^case-93-fixed\.json/);
  const written = await readFile(join(webHost.workspace!, 'case-93-fixed.json'), 'utf8');
  // Only the two values changed; formatting, key order and line ends are the file's own.
  expect(written).toBe(original.replace('"NgayHenTra": "20240310170000"', '"NgayHenTra": "20240315170000"').replace('"HoSoCoThanhPhanSoHoa": "0"', '"HoSoCoThanhPhanSoHoa": "1"'));

  await ed.fileCommand('close');
  await ed.toolbarButton('action.open').click();
  await app.getByRole('menuitem', { name: ed.text('action.openFromWorkspace') }).click();
  await app.getByRole('dialog', { name: ed.text('workspace.title') }).getByRole('button', { name: /^case-93-fixed\.json/ }).click();
  await expect(app.getByRole('heading', { name: 'case-93-fixed.json', exact: true })).toBeVisible();
  await expect(ed.counts).toHaveText('2 lỗi, 1 cảnh báo');
  await expect(ed.issue('data[0].HoSoCoThanhPhanSoHoa')).toHaveCount(0);
  await expect(ed.issue('data[0].NgayHenTra')).toHaveCount(0);
});

test('F8 and Shift+F8 walk the issues; the palette lists every command with its shortcut', async ({ app }) => {
  const ed = new EditorPage(app);
  await ed.open(sample('dossier', '93-invalid-cross-field.json'));
  await ed.showJson();
  await expect(ed.counts).toHaveText('4 lỗi, 1 cảnh báo');
  await app.keyboard.press('F8');
  await expect(ed.jsonWhere).toContainText('data[0].NgayHenTra');
  await expect(ed.issue('data[0].NgayHenTra')).toHaveAttribute('aria-current', 'true');
  await app.keyboard.press('F8');
  await expect(ed.jsonWhere).toContainText('data[0].NgayTra');
  await app.keyboard.press('Shift+F8');
  await expect(ed.jsonWhere).toContainText('data[0].NgayHenTra');

  await app.keyboard.press('Control+Shift+P');
  const palette = app.getByRole('dialog', { name: ed.text('palette.title') });
  const commands = palette.getByRole('listbox', { name: ed.text('palette.commands') });
  await expect(commands.getByRole('option', { name: /Lưu thành…\s*Ctrl\+Shift\+S/ })).toBeVisible();
  await expect(commands.getByRole('option', { name: /Vấn đề tiếp theo\s*F8/ })).toBeAttached();
  // Typing without diacritics finds the command; Enter runs it.
  await palette.getByRole('combobox', { name: ed.text('palette.search') }).fill('doi ho so kiem tra');
  await expect(commands.getByRole('option')).toHaveCount(1);
  await app.keyboard.press('Enter');
  const profiles = app.getByRole('dialog', { name: ed.text('profile.title') });
  await profiles.getByRole('option', { name: /lenient/ }).click();
  await expect(ed.statusBar).toContainText('lenient');
  await expect(ed.fact('doc.profile')).toContainText('lenient');
});
