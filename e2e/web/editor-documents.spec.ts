/**
 * Documents in the editor (issue 4 §3, §6): text pasted from the integration guide gets its
 * repair previewed and applied only on confirmation; a document is compared with its saved
 * version field by field; new documents come from templates; records are added from the palette;
 * several documents live in tabs.
 */
import { expect, test } from '../fixtures/webHost';
import { sample } from '../fixtures/paths';
import { EditorPage } from '../pages/EditorPage';

/** The guide prints "=" for ":" (spec README.md "What official text settles"). */
const GUIDE_PASTE = '{\n  "service" = "DongBoThongKeHoSo",\n  "madonvi" = "000.00.01.H22",\n  "data" = []\n}';

async function paste(ed: EditorPage, text: string) {
  await ed.toolbarButton('action.paste').click();
  const dialog = ed.page.getByRole('dialog', { name: ed.text('paste.title') });
  await dialog.getByLabel(ed.text('paste.label')).fill(text);
  await dialog.getByRole('button', { name: ed.text('action.openPasted') }).click();
}

test('a paste from the guide: the repair is previewed, applied only when confirmed, and undoable', async ({ app }) => {
  const ed = new EditorPage(app);
  await paste(ed, GUIDE_PASTE);
  const alert = app.getByRole('alert').filter({ hasText: ed.text('syntax.title', { name: ed.text('paste.fileName') }) });
  await expect(alert).toContainText(ed.text('syntax.where', { line: 2, column: 13 }));
  // The JSON view holds the text as pasted, to fix by hand or by the repair.
  await expect(ed.viewButton('JSON')).toHaveAttribute('aria-pressed', 'true');
  await alert.getByRole('button', { name: /Xem trước/ }).first().click();
  await expect(ed.preview).toContainText('"service" = "DongBoThongKeHoSo",');
  // The repair puts ':' where '=' was, touching nothing else.
  await expect(ed.preview).toContainText('"service" : "DongBoThongKeHoSo",');
  // Cancel changes nothing.
  await ed.preview.getByRole('button', { name: ed.text('action.cancel') }).click();
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: /Xem trước/ }).first().click();
  await ed.preview.getByRole('button', { name: ed.text('preview.apply') }).click();
  await expect(alert).toBeHidden();
  await expect(app.getByRole('heading', { name: ed.text('paste.fileName'), exact: true })).toBeVisible();
  await expect(ed.fact('doc.packet')).toContainText('DongBoThongKeHoSo');
  await expect(ed.jsonLines).toContainText('"madonvi" : "000.00.01.H22"');
  // The repair is one step of the history.
  await app.keyboard.press('Control+z');
  await expect(alert).toBeVisible();
});

test('compare with the saved version lists the changed field, whatever the formatting', async ({ app }) => {
  const ed = new EditorPage(app);
  await ed.open(sample('dossier', '93-invalid-cross-field.json'));
  const fix = ed.issue('data[0].HoSoCoThanhPhanSoHoa');
  await fix.getByRole('button', { name: /Sửa nhanh/ }).click();
  await ed.preview.getByRole('button', { name: ed.text('preview.apply') }).click();
  await expect(ed.counts).toHaveText('3 lỗi, 1 cảnh báo');

  await app.keyboard.press('Control+Shift+P');
  await app.getByRole('combobox', { name: ed.text('palette.search') }).fill('so sanh ban da luu');
  await app.keyboard.press('Enter');
  const compare = app.getByRole('dialog', { name: ed.text('compare.title', { name: '93-invalid-cross-field.json' }) });
  await expect(compare.getByRole('status')).toHaveText(ed.text('compare.count', { n: 1, count: 1 }));
  const list = compare.getByRole('list', { name: ed.text('compare.fields') });
  await expect(list.getByRole('button')).toHaveCount(1);
  await expect(list).toContainText('data[0].HoSoCoThanhPhanSoHoa (MaHoSo 000.21.30.H22-240312-0010)');
  await expect(list).toContainText('"0" → "1"');
  await expect(compare.getByTestId('compare-diff')).toBeVisible();
  await compare.getByRole('button', { name: ed.text('compare.close') }).click();
  await expect(compare).toBeHidden();
});

test('new from template for a packet of a kind, records added from the palette, documents in tabs', async ({ app }) => {
  const ed = new EditorPage(app);
  await ed.toolbarButton('action.new').click();
  const dialog = app.getByRole('dialog', { name: ed.text('template.title') });
  await dialog.getByRole('option', { name: /Hồ sơ TTHC/ }).click();
  await dialog.getByRole('button', { name: ed.text('action.create') }).click();
  await expect(app.getByRole('heading', { name: ed.text('template.fileName', { kind: 'dossier' }) })).toBeVisible();
  await expect(ed.counts).toHaveText('0 lỗi, 0 cảnh báo');
  await expect(ed.fact('doc.records')).toHaveText('1');

  // Add a record from the palette: the template's record, appended; undo removes it.
  await app.keyboard.press('Control+Shift+P');
  await app.getByRole('combobox', { name: ed.text('palette.search') }).fill('them ban ghi');
  await app.keyboard.press('Enter');
  await expect(ed.fact('doc.records')).toHaveText('2');
  // The new record has its own MaHoSo: no duplicate create (dossier.md §5 rule 1).
  await expect(ed.counts).toHaveText('0 lỗi, 0 cảnh báo');
  await app.keyboard.press('Control+z');
  await expect(ed.fact('doc.records')).toHaveText('1');

  // A second document in its own tab; the tabs switch between them.
  await ed.open(sample('dossier', '92-invalid-missing-required.json'));
  await expect(ed.tabs.getByRole('tab')).toHaveCount(2);
  await expect(ed.counts).toHaveText('2 lỗi, 0 cảnh báo');
  await ed.tabs.getByRole('tab', { name: ed.text('template.fileName', { kind: 'dossier' }) }).click();
  await expect(ed.counts).toHaveText('0 lỗi, 0 cảnh báo');
});
