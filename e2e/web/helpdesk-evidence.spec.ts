/**
 * What leaves the agency (issue 6 §1, §4, "Done means"): the evidence pack of a rejected packet
 * and the portal's reply — both downloaded files free of every citizen id, phone and e-mail of the
 * input, with SHA-256 checksums that verify — and a masking round: the masked copy opens as a tab
 * marked "Personal data masked", and the text of that tab holds no identifier of the input.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures/webHost';
import { sample } from '../fixtures/paths';
import { HelpdeskPage } from '../pages/HelpdeskPage';

/** 12- and 9-digit ids, 10-digit phones and e-mails of a text. */
function identifiers(text: string): string[] {
  return [...new Set(text.match(/(?<!\d)(\d{12}|\d{9}|0\d{9})(?!\d)|[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? [])];
}

const PACKET = sample('dossier', '93-invalid-cross-field.json');

test('an evidence pack of a packet and its reply holds no personal identifier and its checksums verify', async ({ app }) => {
  const hd = new HelpdeskPage(app);
  const input = await readFile(PACKET, 'utf8');
  const maHoSo = JSON.parse(input).data[0].MaHoSo as string;
  // The reply quotes the dossier and, as real replies do, a phone number of the citizen.
  const reply = JSON.stringify({ error_code: '-3', message: `Mã hồ sơ ${maHoSo} đã tồn tại trên CDVCQG (liên hệ 0912345678)`, result: [] });
  const secrets = [...identifiers(input), ...identifiers(reply)];
  expect(secrets.length).toBeGreaterThan(3);

  await hd.open(PACKET);
  await hd.command('evidencePack');
  const dialog = hd.dialog('evidence.title');
  await dialog.getByRole('textbox', { name: hd.text('evidence.reply') }).fill(reply);
  await dialog.getByRole('button', { name: hd.text('evidence.create') }).click();
  await expect(dialog.getByRole('status')).toContainText(hd.text('evidence.ready', { issues: 5, parts: 3 }));

  const files = await hd.downloads(2, () => dialog.getByRole('button', { name: hd.text('export.download') }).click());
  const html = files.find((f) => f.name.endsWith('.html'))!;
  const json = files.find((f) => f.name.endsWith('.json'))!;
  expect(html.name).toMatch(/^goi-bang-chung-/);
  for (const id of secrets) {
    expect(html.text, `HTML holds ${id}`).not.toContain(id);
    expect(json.text, `JSON holds ${id}`).not.toContain(id);
    expect(html.name).not.toContain(id);
  }
  const pack = JSON.parse(json.text) as { masked: boolean; parts: { name: string; text: string; sha256: string; bytes: number }[]; replyExplanation?: { code?: string } };
  expect(pack.masked).toBe(true);
  expect(pack.replyExplanation?.code).toBe('-3');
  expect(pack.parts.map((p) => p.name)).toEqual(['packet.json', 'reply.json', 'issues.json']);
  for (const p of pack.parts) {
    expect(createHash('sha256').update(p.text, 'utf8').digest('hex'), p.name).toBe(p.sha256);
    expect(Buffer.byteLength(p.text, 'utf8')).toBe(p.bytes);
    // The printable HTML states the same checksums.
    expect(html.text).toContain(p.sha256);
  }
});

test('a masking round: preview, a masked tab marked as such, and no identifier of the input in its text', async ({ app }) => {
  const hd = new HelpdeskPage(app);
  const input = await readFile(PACKET, 'utf8');
  const secrets = identifiers(input);
  await hd.open(PACKET);

  await hd.command('maskDocument');
  const dialog = hd.dialog('mask.title');
  const preview = dialog.getByRole('table', { name: /^Xem trước/ });
  // The preview shows what goes: the owner's name and ids, before and after.
  await expect(preview.getByRole('row').filter({ hasText: 'data[0].ChuHoSo' })).toContainText('Nguyễn Thị Minh Hằng');
  await expect(preview.getByRole('row').filter({ hasText: 'data[0].SoGiayToChuHoSo' })).toContainText('002190012345');
  await dialog.getByRole('button', { name: hd.text('mask.openTab') }).click();

  const name = hd.text('mask.fileName', { stem: '93-invalid-cross-field' });
  await hd.expectDocument(name);
  await expect(app.getByRole('note', { name: hd.text('mask.banner') })).toBeVisible();
  // The original stays as it was, unmarked.
  await hd.tabs.getByRole('tab', { name: /^93-invalid-cross-field\.json/ }).click();
  await expect(app.getByRole('note', { name: hd.text('mask.banner') })).toBeHidden();
  await hd.tabs.getByRole('tab', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
  await expect(app.getByRole('note', { name: hd.text('mask.banner') })).toBeVisible();

  // The masked tab's own text, as "Save as" downloads it.
  await hd.fileCommand('saveAs');
  const save = app.getByRole('dialog', { name: hd.text('saveAs.title') });
  const file = await hd.download(() => save.getByRole('button', { name: hd.text('action.download') }).click());
  expect(JSON.parse(file.text).$masked).toMatchObject({ tool: 'QCVN 120 Packet Studio' });
  for (const id of secrets) expect(file.text, `masked text holds ${id}`).not.toContain(id);
  expect(file.text).not.toContain('Nguyễn Thị Minh Hằng');
  // Only personal data changed: the codes and dates the helpdesk needs are still there.
  const original = JSON.parse(input).data[0];
  const masked = JSON.parse(file.text).data[0];
  for (const key of ['MaHoSo', 'MaTTHC', 'NgayHenTra', 'TrangThaiHoSo']) expect(masked[key], key).toBe(original[key]);
});
