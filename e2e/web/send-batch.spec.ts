/**
 * Issue 5 §2–3: a batch goes in chunks, with one result per chunk; the creates the portal
 * refuses as existing go again as updates with one click, all at once.
 */
import { writeFile } from 'node:fs/promises';
import { kindModule } from '../../shared/spec/registry';
import { startSandboxPortal, type SandboxPortal } from '../fixtures/sandboxPortal';
import { expect, test } from '../fixtures/webHost';
import { Sender } from '../pages/Sender';
import { Studio } from '../pages/Studio';

let sandbox: SandboxPortal;
test.beforeEach(async () => {
  sandbox = await startSandboxPortal();
});
test.afterEach(async () => {
  await sandbox.stop();
});

test('three dossiers sent one per request: a result per part, and "send again as update" for all refused parts', async ({ app }, testInfo) => {
  const doc = kindModule('dossier').template() as { data: Record<string, unknown>[] };
  const record = doc.data[0]!;
  const numbers = ['000.21.30.H22-240507-0016', '000.21.30.H22-240507-0017', '000.21.30.H22-240507-0018'];
  const file = testInfo.outputPath('ba-ho-so.json');
  await writeFile(file, `${JSON.stringify({ ...doc, data: numbers.map((MaHoSo) => ({ ...record, MaHoSo })) }, null, 2)}\n`);

  const s = new Sender(app);
  await s.pointSandboxAt(sandbox.url);
  await new Studio(app).openWithPicker(file);
  await expect(s.tab('ba-ho-so.json', false)).toBeVisible();

  const dialog = await s.openSendDialog();
  await dialog.getByRole('spinbutton', { name: s.text('send.dialog.chunkSize') }).fill('1');
  for (let n = 1; n <= 3; n++) {
    await expect(dialog.getByRole('button', { name: new RegExp(s.text('send.dialog.request', { n, total: 3, service: 'DongBoHoSoMC', records: 1, count: 1 })) })).toBeVisible();
  }
  await s.send();
  await expect(s.outcome).toHaveText(s.text('send.reply.outcome.success', { ok: 3, n: 3 }));
  for (let n = 1; n <= 3; n++) await expect(s.part(n, 3)).toContainText(numbers[n - 1]!);
  expect(sandbox.received('DongBoHoSoMC')).toBe(3);

  // The same creates again: each part refused as existing; one button sends all of them as updates.
  await s.button(dialog, 'send.dialog.backToPreview').click();
  await expect(dialog.getByRole('heading', { name: s.text('send.dialog.preview') })).toBeVisible();
  await s.send();
  await expect(s.outcome).toHaveText(s.text('send.reply.outcome.portal-error', { ok: 0, n: 3 }));
  await expect(s.part(2, 3).getByLabel(s.text('send.reply.errorCode'), { exact: true })).toHaveText('"-3"');
  await dialog.getByRole('button', { name: s.text('send.reply.sendAsUpdate'), exact: true }).first().click();
  await expect(s.outcome).toHaveText(s.text('send.reply.outcome.success', { ok: 3, n: 3 }));
  for (let n = 1; n <= 3; n++) await expect(s.part(n, 3)).toContainText('isUpdating "True"');
});
