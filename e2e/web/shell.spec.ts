/**
 * The frame around the document: the empty state, the language and theme switches (remembered in
 * the data folder), paste, new from template, and drag and drop.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../fixtures/webHost';
import { sample } from '../fixtures/paths';
import { Studio } from '../pages/Studio';

test('the empty state offers open, paste and new from template, in Vietnamese first', async ({ app }) => {
  const studio = new Studio(app);
  await expect(app.getByRole('heading', { name: 'Chưa mở tài liệu nào' })).toBeVisible();
  const main = app.getByRole('main');
  for (const key of ['action.open', 'action.paste', 'action.new'] as const) await expect(main.getByRole('button', { name: studio.text(key) })).toBeVisible();
  await expect(studio.statusBar).toContainText('Máy chủ web cục bộ');
  await expect(studio.statusBar).toContainText('Chưa mở tài liệu');
});

test('English is complete, and the choice survives a reload', async ({ app, webHost }) => {
  const studio = new Studio(app);
  await studio.switchLanguage('en');
  await expect(app.getByRole('heading', { name: 'No document is open' })).toBeVisible();
  await expect(studio.toolbarButton('action.open')).toHaveText('Open file…');
  await studio.open(sample('dossier', '92-invalid-missing-required.json'));
  await expect(studio.counts).toHaveText('2 errors, 0 warnings');
  await expect(studio.fact('doc.kind')).toHaveText('Dossiers');
  // Settings are written to the data folder of this run.
  await expect.poll(async () => JSON.parse(await readFile(join(webHost.dataDir, 'settings.json'), 'utf8')).language).toBe('en');
  await app.reload();
  await expect(app.getByRole('heading', { name: 'No document is open' })).toBeVisible();
});

test('the dark theme can be switched on and is remembered', async ({ app }) => {
  const studio = new Studio(app);
  const body = app.locator('body');
  const lightBg = await body.evaluate((b) => getComputedStyle(b).backgroundColor);
  await app.getByRole('button', { name: studio.text('settings.theme.toDark') }).click();
  await expect(app.getByRole('button', { name: studio.text('settings.theme.toLight') })).toBeVisible();
  await expect.poll(() => body.evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe(lightBg);
  const darkBg = await body.evaluate((b) => getComputedStyle(b).backgroundColor);
  await app.reload();
  await expect(app.getByRole('button', { name: studio.text('settings.theme.toLight') })).toBeVisible();
  await expect.poll(() => body.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(darkBg);
});

test('pasted text becomes a document, and the guide’s "=" form gets a syntax error with a repair', async ({ app }) => {
  const studio = new Studio(app);
  const packet = await readFile(sample('statistics', '01-dongbothongkehoso-valid.json'), 'utf8');
  await studio.toolbarButton('action.paste').click();
  const dialog = app.getByRole('dialog', { name: studio.text('paste.title') });
  await dialog.getByLabel(studio.text('paste.label')).fill(packet);
  await dialog.getByRole('button', { name: studio.text('action.openPasted') }).click();
  await expect(app.getByRole('heading', { name: studio.text('paste.fileName') })).toBeVisible();
  await expect(studio.counts).toHaveText(/^0 lỗi/);

  await studio.toolbarButton('action.paste').click();
  await dialog.getByLabel(studio.text('paste.label')).fill('{\n  "service" = "DongBoHoSoMC",\n  "madonvi" = "000.00.01.H22"\n}');
  await dialog.getByRole('button', { name: studio.text('action.openPasted') }).click();
  const alert = app.getByRole('alert').filter({ hasText: studio.text('syntax.title', { name: studio.text('paste.fileName') }) });
  await expect(alert).toContainText(studio.text('syntax.where', { line: 2, column: 13 }));
  await expect(alert).toContainText(studio.text('syntax.repairs'));
  // The repair's preview button is drawn beside its explanation, never over it (it was, with the long Vietnamese title).
  const repair = alert.getByRole('listitem').first();
  const button = repair.getByRole('button', { name: new RegExp(`^${studio.text('syntax.previewRepair', { title: '' }).trim()}`) });
  await expect(button).toBeVisible();
  const [b, d] = [await button.boundingBox(), await repair.locator('.MuiListItemText-secondary').boundingBox()];
  expect(b && d && (b.y >= d.y + d.height || b.x >= d.x + d.width || b.y + b.height <= d.y), `button ${JSON.stringify(b)} overlaps the description ${JSON.stringify(d)}`).toBe(true);
});

test('new from template creates a complete, valid packet of the chosen kind', async ({ app }) => {
  const studio = new Studio(app);
  await studio.toolbarButton('action.new').click();
  const dialog = app.getByRole('dialog', { name: studio.text('template.title') });
  await dialog.getByRole('option', { name: /Thống kê/ }).click();
  await dialog.getByRole('button', { name: studio.text('action.create') }).click();
  await expect(app.getByRole('heading', { name: studio.text('template.fileName', { kind: 'statistics' }) })).toBeVisible();
  await expect(studio.fact('severity.errorPlural')).toHaveText('0');
  await expect(studio.fact('doc.packet')).toContainText('DongBoThongKeHoSo');
});

test('a file dropped on the window is opened', async ({ app }) => {
  const studio = new Studio(app);
  const text = await readFile(sample('survey', '01-dongbodanhgia-nested-valid.json'), 'utf8');
  const transfer = await app.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'dropped-survey.json', { type: 'application/json' }));
    return dt;
  }, text);
  const main = app.getByRole('main');
  await main.dispatchEvent('dragenter', { dataTransfer: transfer });
  await expect(app.getByText(studio.text('drop.overlay'))).toBeVisible();
  await main.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(app.getByRole('heading', { name: 'dropped-survey.json' })).toBeVisible();
  await expect(studio.counts).toHaveText(/^0 lỗi/);
  await expect(app.getByText(studio.text('drop.overlay'))).toBeHidden();
});
