/**
 * Issue 5 §1 and §4: environments travel between machines as a file without any password; the
 * history can be switched off (then nothing is recorded) and its export masks personal data.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { kindModule } from '../../shared/spec/registry';
import { startSandboxPortal, type SandboxPortal } from '../fixtures/sandboxPortal';
import { expect, test } from '../fixtures/webHost';
import { Sender } from '../pages/Sender';
import { Studio } from '../pages/Studio';

test('environments export without their password and import back, asking for the password again', async ({ app }, testInfo) => {
  const s = new Sender(app);
  await s.addEnvironment({ name: 'Cổng tỉnh thử nghiệm', production: false, baseUrl: 'https://lgsp.example.gov.vn', madonvi: '000.00.01.H22', username: 'donvi', password: 'mat-khau-bi-mat' });

  const dialog = await s.openEnvironments();
  const download = app.waitForEvent('download');
  await s.button(dialog, 'send.env.export').click();
  const exported = await readFile(await (await download).path(), 'utf8');
  expect(exported).toContain('Cổng tỉnh thử nghiệm');
  expect(exported).toContain('https://lgsp.example.gov.vn');
  expect(exported).not.toContain('mat-khau-bi-mat');

  // Imported again (its id is taken, so it comes in under a new one), without a password.
  const file = testInfo.outputPath('moi-truong.json');
  await writeFile(file, exported);
  await dialog.getByLabel(s.text('send.env.import'), { exact: true }).setInputFiles(file);
  await expect(app.getByText(s.text('send.env.imported', { n: 1 }))).toBeVisible();
  await expect(dialog.getByRole('list', { name: s.text('send.env.list') }).getByRole('button', { name: /^Cổng tỉnh thử nghiệm/ })).toHaveCount(2);
  await expect(dialog.getByText(s.text('send.env.passwordNone'), { exact: false })).toBeVisible();
});

test('the built-in Sandbox is named in the interface\'s language', async ({ app }) => {
  const s = new Sender(app);
  await expect(s.picker).toContainText('Sandbox (cổng thử nghiệm cục bộ)');
  await new Studio(app).switchLanguage('en');
  s.lang = 'en';
  await expect(s.picker).toContainText('Sandbox (local test portal)');
  const dialog = await s.openEnvironments();
  await expect(dialog.getByRole('list', { name: s.text('send.env.list') })).toContainText('Sandbox (local test portal)');
});

test.describe('history settings and export', () => {
  let sandbox: SandboxPortal;
  test.beforeEach(async () => {
    sandbox = await startSandboxPortal();
  });
  test.afterEach(async () => {
    await sandbox.stop();
  });

  test('switched off, the history records nothing; its export masks the citizen\'s data by default', async ({ app }) => {
    const s = new Sender(app);
    await s.pointSandboxAt(sandbox.url);
    await s.newFromTemplate('dossier');
    await s.openSendDialog();
    await s.send();
    await s.closeSendDialog();

    const history = await s.openHistory();
    await expect(history.getByRole('status').filter({ hasText: s.text('send.history.count', { n: 1, count: 1 }) })).toBeVisible();
    const owner = String((kindModule('dossier').template() as { data: Record<string, unknown>[] }).data[0]!.ChuHoSo);
    const download = app.waitForEvent('download');
    await s.button(history, 'send.history.export').click();
    const exported = await readFile(await (await download).path(), 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'qcvn120-send-history', masked: true, count: 1 });
    expect(exported).not.toContain(owner);

    await history.getByRole('switch', { name: s.text('send.history.enabled') }).click();
    await expect(history.getByText(s.text('send.history.disabledNote'))).toBeVisible();
    await s.button(history, 'send.dialog.close').click();

    await s.openSendDialog();
    await s.chooseIsUpdating('send.isUpdating.true');
    await s.send();
    await expect(s.outcome).toHaveText(s.text('send.reply.outcome.success', { ok: 1, n: 1 }));
    await s.closeSendDialog();
    const after = await s.openHistory();
    await expect(after.getByRole('status').filter({ hasText: s.text('send.history.count', { n: 1, count: 1 }) })).toBeVisible();
  });
});
