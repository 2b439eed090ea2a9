/**
 * Vietnamese text integrity (issue 6 §5): a file in a legacy encoding (TCVN3) is detected on open
 * and converted only after the user confirms — the dialog names the encoding and previews the
 * decoded text; Cancel changes nothing, Convert opens it and Save writes UTF-8. A pasted packet
 * with decomposed letters, a no-break space and curly quotes in a code: "Show code points" lays
 * the value bare, one-click normalisation (with its preview) clears every text issue, one Undo
 * brings them back.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeLegacy } from '../../shared/encoding';
import { LEGACY_ENCODING_NAMES } from '../../shared/parse/legacy';
import { expect, test } from '../fixtures/webHost';
import { sample } from '../fixtures/paths';
import { HelpdeskPage } from '../pages/HelpdeskPage';

test.use({ withWorkspace: true });

const PACKET = {
  service: 'DongBoHoSoMC',
  madonvi: '000.00.01.H22',
  isUpdating: 'False',
  data: [{ MaHoSo: '000.21.30.H22-240312-0099', ChuHoSo: 'Nguyễn Thị Minh Hằng', TenTTHC: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ' }],
};

test('a TCVN3 file opens only after the conversion was previewed and confirmed, and saves as UTF-8', async ({ app, webHost }) => {
  const hd = new HelpdeskPage(app);
  const text = `${JSON.stringify(PACKET, null, 2)}\n`;
  const legacy = encodeLegacy(text, 'tcvn3')!;
  await writeFile(join(webHost.workspace!, 'tcvn3.json'), legacy);

  const openFromWorkspace = async () => {
    await hd.toolbarButton('action.open').click();
    await app.getByRole('menuitem', { name: hd.text('action.openFromWorkspace') }).click();
    await app.getByRole('dialog', { name: hd.text('workspace.title') }).getByRole('button', { name: /^tcvn3\.json/ }).click();
  };

  // Detected on open: the dialog names the encoding and previews the decoded text.
  await openFromWorkspace();
  const dialog = hd.dialog('legacy.title');
  await expect(dialog).toContainText(LEGACY_ENCODING_NAMES.tcvn3.vi);
  const preview = dialog.getByRole('region', { name: hd.text('legacy.preview') });
  await expect(preview).toContainText('Nguyễn Thị Minh Hằng');
  await expect(preview).toContainText('Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ');
  // Cancel: nothing opens, the file is untouched.
  await dialog.getByRole('button', { name: hd.text('hd.cancel') }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByRole('heading', { name: 'tcvn3.json', exact: true })).toHaveCount(0);
  expect(Buffer.compare(await readFile(join(webHost.workspace!, 'tcvn3.json')), Buffer.from(legacy))).toBe(0);

  // Confirm: the converted text opens, unsaved; saving writes it as UTF-8 in place.
  await openFromWorkspace();
  await dialog.getByRole('button', { name: hd.text('legacy.convert') }).click();
  await hd.expectDocument('tcvn3.json');
  await expect(hd.tabs.getByRole('tab', { name: new RegExp(`^${hd.text('tabs.dirtyName', { name: 'tcvn3.json' }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })).toBeVisible();
  await app.keyboard.press('Control+s');
  await expect(app.getByRole('status').filter({ hasText: hd.text('notice.saved', { name: 'tcvn3.json' }) })).toBeVisible();
  expect(await readFile(join(webHost.workspace!, 'tcvn3.json'), 'utf8')).toBe(text);
});

test('a UTF-16 file says the portal needs UTF-8 and becomes UTF-8 on request, written at the next save', async ({ app, webHost }) => {
  const hd = new HelpdeskPage(app);
  const text = `${JSON.stringify(PACKET, null, 2)}\n`;
  await writeFile(join(webHost.workspace!, 'utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  await hd.toolbarButton('action.open').click();
  await app.getByRole('menuitem', { name: hd.text('action.openFromWorkspace') }).click();
  await app.getByRole('dialog', { name: hd.text('workspace.title') }).getByRole('button', { name: /^utf16\.json/ }).click();
  await hd.expectDocument('utf16.json');
  const banner = app.getByRole('note', { name: hd.text('encoding.title', { encoding: 'UTF-16LE' }) });
  await expect(banner).toBeVisible();
  // Nothing is converted until asked: the file is still UTF-16.
  expect((await readFile(join(webHost.workspace!, 'utf16.json')).then((b) => [...b.subarray(0, 2)]))).toEqual([0xff, 0xfe]);
  await banner.getByRole('button', { name: hd.text('encoding.convert') }).click();
  await expect(banner).toBeHidden();
  // The conversion is an unsaved change like any other: Undo takes it back, Redo makes it again.
  await expect(hd.tabs.getByRole('tab', { name: new RegExp(`^${hd.text('tabs.dirtyName', { name: 'utf16.json' }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })).toBeVisible();
  await app.keyboard.press('Control+z');
  await expect(banner).toBeVisible();
  await app.keyboard.press('Control+y');
  await expect(banner).toBeHidden();
  await app.keyboard.press('Control+s');
  await expect(app.getByRole('status').filter({ hasText: hd.text('notice.saved', { name: 'utf16.json' }) })).toBeVisible();
  expect(await readFile(join(webHost.workspace!, 'utf16.json'), 'utf8')).toBe(text);
});

test('code points of a decomposed value, then one-click normalisation of the document, undone in one step', async ({ app }) => {
  const hd = new HelpdeskPage(app);
  // A valid dossier with three text faults: an NFD name, a no-break space, curly quotes around a code.
  const packet = JSON.parse(await readFile(sample('dossier', '01-dongbohosomc-create-online-valid.json'), 'utf8'));
  const record = packet.data[0];
  record.MaHoSo = `“${record.MaHoSo}”`;
  record.ChuHoSo = String(record.ChuHoSo).normalize('NFD');
  record.TrichYeuHoSo = String(record.TrichYeuHoSo).replace(' ', '\u00a0');
  await hd.toolbarButton('action.paste').click();
  const paste = app.getByRole('dialog', { name: hd.text('paste.title') });
  await paste.getByLabel(hd.text('paste.label')).fill(JSON.stringify(packet, null, 2));
  await paste.getByRole('button', { name: hd.text('action.openPasted') }).click();
  await expect(hd.issue('data[0].ChuHoSo')).toContainText('text.nfd');
  await expect(hd.issue('data[0].TrichYeuHoSo')).toContainText('text.invisible-char');
  await expect(hd.issue('data[0].MaHoSo').filter({ hasText: 'text.smart-quote-in-code' })).toHaveCount(1);
  const before = await hd.issues.getByRole('listitem').filter({ hasText: /text\./ }).count();
  expect(before).toBe(3);

  // Select the name from the issues panel, then show its code points: the marks are separate characters.
  await hd.selectIssue('data[0].ChuHoSo');
  await hd.command('showCodePoints');
  const points = hd.dialog('lens.codePointsTitle');
  await expect(points).toContainText(hd.text('lens.codePointsOf', { path: 'data[0].ChuHoSo' }));
  await expect(points).toContainText(hd.text('lens.form', { form: 'NFD' }));
  await expect(points.getByRole('row').filter({ hasText: 'U+0303' })).toContainText('COMBINING TILDE');
  await points.getByRole('button', { name: hd.text('hd.close') }).click();

  // Normalise the whole document: three values, each previewed; applied as one change.
  await hd.command('normalizeText');
  const normalise = hd.dialog('lens.normalizeTitle');
  const rows = normalise.getByRole('list', { name: hd.text('lens.normalizeTitle') }).getByRole('listitem');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: 'data[0].TrichYeuHoSo' })).toContainText('U+00A0');
  await normalise.getByRole('button', { name: hd.text('lens.apply', { count: 3 }) }).click();
  await expect(app.getByRole('status').filter({ hasText: hd.text('lens.applied', { count: 3 }) })).toBeVisible();
  await expect(hd.issues.getByRole('listitem').filter({ hasText: /text\./ })).toHaveCount(0);
  await hd.showJson();
  await expect(hd.jsonLines).toContainText(`"ChuHoSo": "${record.ChuHoSo.normalize('NFC')}"`);
  await expect(hd.jsonLines).toContainText(`"MaHoSo": "${record.MaHoSo.slice(1, -1)}"`);

  // One Undo brings the three values back.
  await app.getByRole('button', { name: hd.text('command.undo') }).click();
  await expect(hd.issues.getByRole('listitem').filter({ hasText: /text\./ })).toHaveCount(3);
});
