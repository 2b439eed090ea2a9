/**
 * The reply explainer (issue 6 §6) and the report of one document (§3): a pasted `-3` reply is
 * paired with the open packet, its code explained, and the record it concerns selected in the
 * editor with one click; a log excerpt holding the request and the reply opens the logged
 * request; the document's report downloads as CSV for Excel, stating its versions, masked.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures/webHost';
import { sample } from '../fixtures/paths';
import { HelpdeskPage } from '../pages/HelpdeskPage';

const PACKET = sample('dossier', '93-invalid-cross-field.json');

test('a pasted -3 reply is explained and points at the dossier in the open packet', async ({ app }) => {
  const hd = new HelpdeskPage(app);
  const text = await readFile(PACKET, 'utf8');
  const maHoSo = JSON.parse(text).data[0].MaHoSo as string;
  // Where the MaHoSo value is in the file: the line and column the JSON view reports for the selection.
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('"MaHoSo"')) + 1;
  const column = lines[line - 1].indexOf(`"${maHoSo}"`) + 1;
  await hd.open(PACKET);

  await hd.command('explainReply');
  const dialog = hd.dialog('explain.title');
  await dialog.getByRole('textbox', { name: hd.text('explain.input') }).fill(JSON.stringify({ error_code: '-3', message: `Mã hồ sơ ${maHoSo} đã tồn tại trên CDVCQG`, result: [] }));
  await dialog.getByRole('button', { name: hd.text('explain.run'), exact: true }).click();
  const reply = dialog.getByRole('article', { name: hd.text('explain.reply', { index: 1 }) });
  await expect(reply).toContainText('error_code -3');
  await expect(reply).toContainText('Hồ sơ đã tồn tại');
  await expect(reply).toContainText('isUpdating');
  await expect(reply).toContainText(hd.text('explain.pairedPacket', { name: '93-invalid-cross-field.json' }));

  // The record concerned: its MaHoSo, selected in the editor with one click.
  await reply.getByRole('button', { name: `${hd.text('explain.select')}: data[0].MaHoSo` }).click();
  await expect(dialog).toBeHidden();
  await hd.showJson();
  await expect(hd.jsonWhere).toHaveText(hd.text('json.selected', { path: 'data[0].MaHoSo', line, column }));
});

test('a log excerpt: the reply is paired with the logged request, which opens as a document at the record', async ({ app }) => {
  const hd = new HelpdeskPage(app);
  const packet = JSON.parse(await readFile(PACKET, 'utf8'));
  const maHoSo = packet.data[0].MaHoSo as string;
  const log = [
    '2024-03-12 08:15:01 INFO  POST https://dvcqg.example/XrdAdapter/RestService/forward/mapi/g',
    `Request body: ${JSON.stringify(packet)}`,
    'StatusCode: OK',
    `Response: ${JSON.stringify({ error_code: '-3', message: `Mã hồ sơ ${maHoSo} đã tồn tại trên CDVCQG`, result: [] })}`,
  ].join('\n');

  await hd.command('explainReply');
  const dialog = hd.dialog('explain.title');
  await dialog.getByRole('textbox', { name: hd.text('explain.input') }).fill(log);
  await dialog.getByRole('button', { name: hd.text('explain.run'), exact: true }).click();
  const reply = dialog.getByRole('article', { name: hd.text('explain.reply', { index: 1 }) });
  await expect(reply).toContainText(hd.text('explain.pairedLog', { line: 2 }));
  await reply.getByRole('button', { name: `${hd.text('explain.openRequest')}: data[0].MaHoSo` }).click();
  await hd.expectDocument(hd.text('explain.requestName'));
  await hd.showJson();
  await expect(hd.jsonWhere).toContainText('data[0].MaHoSo');
});

test("the document's report downloads as CSV for Excel, masked, with its versions", async ({ app }) => {
  const hd = new HelpdeskPage(app);
  await hd.open(PACKET);
  await hd.command('exportReport');
  const dialog = hd.dialog('export.titleDocument', { name: '93-invalid-cross-field.json' });
  await dialog.getByRole('radio', { name: hd.text('export.csv') }).check();
  await expect(dialog.getByRole('checkbox', { name: hd.text('export.masked') })).toBeChecked();
  const file = await hd.download(() => dialog.getByRole('button', { name: hd.text('export.download') }).click());
  expect(file.name).toMatch(/^tai-lieu-bao-cao-da-che-\d{8}-\d{4}\.csv$/);
  expect(file.text.charCodeAt(0)).toBe(0xfeff);
  expect(file.text).toContain('QCVN 120 Packet Studio');
  expect(file.text).toContain('QCVN 120:2019/BTTTT');
  expect(file.text).toContain('strict@');
  expect(file.text).toContain('Dữ liệu cá nhân đã được che');
  // One row per issue of the document (4 errors and 1 warning in 93.expect.md) under the header.
  const lines = file.text.split('\r\n');
  const header = lines.findIndex((l) => l.startsWith('Tệp,'));
  expect(lines.slice(header + 1).filter(Boolean)).toHaveLength(5);
  expect(file.text).toContain('dossier.deadline-before-receipt');
});
