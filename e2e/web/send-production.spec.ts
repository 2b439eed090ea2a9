/**
 * Issue 5 §1–2: a production environment is unmistakable (red band, red chip), a send to it asks
 * first and names the target, Cancel sends nothing; a masked packet can never go there and the
 * dialog says why.
 */
import { writeFile } from 'node:fs/promises';
import { MASK_TOOL, withMaskMarker } from '../../shared/mask/index';
import { kindModule } from '../../shared/spec/registry';
import { startSandboxPortal, type SandboxPortal } from '../fixtures/sandboxPortal';
import { expect, test } from '../fixtures/webHost';
import { Sender } from '../pages/Sender';
import { Studio } from '../pages/Studio';

const PRODUCTION = 'Cổng DVCQG tỉnh (thật)';

let sandbox: SandboxPortal;
test.beforeEach(async () => {
  sandbox = await startSandboxPortal();
});
test.afterEach(async () => {
  await sandbox.stop();
});

async function useProduction(s: Sender): Promise<void> {
  // The sandbox stands in for a real adapter here; only the environment's kind says "production".
  await s.addEnvironment({ name: PRODUCTION, production: true, baseUrl: sandbox.url, madonvi: '000.00.01.H22', username: 'sandbox', password: 'sandbox' });
  await expect(s.picker).toHaveAccessibleName(s.text('send.picker.label', { name: PRODUCTION, kind: s.text('send.kind.productionLong') }));
  await expect(s.page.getByRole('region', { name: s.text('send.banner.label') })).toContainText(PRODUCTION);
}

test('the confirmation names the production target; Cancel sends nothing, confirming sends', async ({ app }) => {
  const s = new Sender(app);
  await useProduction(s);
  await s.newFromTemplate('dossier');
  await s.openSendDialog();
  await s.button(s.sendDialog, 'send.dialog.sendProduction').click();

  const confirm = s.dialog('send.confirm.title');
  await expect(confirm).toContainText(PRODUCTION);
  await expect(confirm).toContainText(sandbox.url);
  await expect(confirm).toContainText('DongBoHoSoMC');
  // Cancel has the focus: Enter alone never sends to production.
  await expect(s.button(confirm, 'action.cancel')).toBeFocused();
  await s.button(confirm, 'action.cancel').click();
  await expect(confirm).toBeHidden();
  await expect(s.sendDialog.getByRole('heading', { name: s.text('send.dialog.preview') })).toBeVisible();
  expect(sandbox.logins()).toBe(0);
  expect(sandbox.received('DongBoHoSoMC')).toBe(0);

  await s.button(s.sendDialog, 'send.dialog.sendProduction').click();
  await s.button(confirm, 'send.confirm.send', { name: PRODUCTION }).click();
  await expect(s.outcome).toHaveText(s.text('send.reply.outcome.success', { ok: 1, n: 1 }));
  expect(sandbox.received('DongBoHoSoMC')).toBe(1);
});

test('a masked packet is refused for production, with the reason, and nothing is sent', async ({ app }, testInfo) => {
  const s = new Sender(app);
  const masked = withMaskMarker(kindModule('dossier').template(), { tool: MASK_TOOL, version: '0.1.0', at: '2025-03-01T00:00:00.000Z', options: { keepStructure: false, secrets: 'replace' } });
  const file = testInfo.outputPath('da-che.json');
  await writeFile(file, `${JSON.stringify(masked, null, 2)}\n`);
  await useProduction(s);
  await new Studio(app).openWithPicker(file);
  await expect(s.tab('da-che.json', false)).toBeVisible();

  await s.openSendDialog();
  await expect(s.sendDialog).toContainText(s.text('send.dialog.masked'));
  await expect(s.sendDialog.getByRole('alert').filter({ hasText: 'dữ liệu đã che' })).toContainText(PRODUCTION);
  await expect(s.button(s.sendDialog, 'send.dialog.sendProduction')).toBeDisabled();
  expect(sandbox.received('DongBoHoSoMC')).toBe(0);
});
