/**
 * Issue 5 §5 and §8: a fault injected in the sandbox (`--faults`) gets a clear message naming what
 * happened and what to do; the open document keeps its text and its unsaved edits; one click
 * retries and succeeds. And with nothing listening, the app says so — then the sandbox can be
 * started from the app itself.
 */
import { createServer } from 'node:net';
import { startSandboxPortal, type SandboxPortal } from '../fixtures/sandboxPortal';
import { expect, test } from '../fixtures/webHost';
import { Sender } from '../pages/Sender';

let sandbox: SandboxPortal | undefined;
test.afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

/** A port nothing listens on (taken from the system, then released). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

test('an HTTP 500 from the portal is explained, the document and its edits stay as they were, and one click retries', async ({ app }) => {
  sandbox = await startSandboxPortal('http500=once');
  const s = new Sender(app);
  await s.pointSandboxAt(sandbox.url);
  await s.newFromTemplate('dossier');
  const name = s.text('template.fileName', { kind: 'dossier' });
  const original = await s.downloadActive();

  // An unsaved edit: a space before the opening brace, typed in the JSON view.
  await app.getByRole('group', { name: s.text('view.switch') }).getByRole('button', { name: 'JSON', exact: true }).click();
  const json = app.getByRole('textbox', { name: s.text('json.ariaLabel') });
  await json.focus();
  await app.keyboard.press('Control+Home');
  await app.keyboard.press('Space');
  await expect(s.tab(name, true)).toBeVisible();

  await s.openSendDialog();
  await s.send();
  await expect(s.outcome).toHaveText(s.text('send.reply.outcome.fault'));
  const part = s.part(1, 1);
  await expect(part.getByRole('alert')).toContainText('Cổng gặp lỗi máy chủ (HTTP 500)');
  await expect(part.getByRole('alert')).toContainText(s.text('send.reply.whatToDo'));
  await expect(s.sendDialog).toContainText(s.text('send.reply.untouched'));
  // The create may have reached the portal: the dialog says so and does not resend by itself.
  await expect(s.sendDialog).toContainText(s.text('send.reply.mayHaveArrived.create'));
  expect(sandbox.received('DongBoHoSoMC')).toBe(1);

  await s.button(s.sendDialog, 'send.reply.retry').click();
  await expect(s.outcome).toHaveText(s.text('send.reply.outcome.success', { ok: 1, n: 1 }));
  expect(sandbox.received('DongBoHoSoMC')).toBe(2);
  await s.closeSendDialog();

  // The edit is still there, unsaved, and the text is exactly what the user left.
  await expect(s.tab(name, true)).toBeVisible();
  expect(await s.downloadActive()).toBe(` ${original}`);
});

test('with nothing listening the app names the address and what to do; the sandbox then starts from the app', async ({ app }) => {
  const s = new Sender(app);
  const port = await freePort();
  await s.pointSandboxAt(`http://127.0.0.1:${port}`);
  await s.newFromTemplate('dossier');
  await s.openSendDialog();
  await s.send();
  await expect(s.outcome).toHaveText(s.text('send.reply.outcome.fault'));
  const fault = s.sendDialog.getByRole('alert').filter({ hasText: 'Kết nối bị từ chối' });
  await expect(fault).toContainText(`127.0.0.1:${port}`);
  await expect(fault).toContainText('npx qcvn120 sandbox');
  await s.closeSendDialog();

  // "Start the sandbox portal", beside the built-in Sandbox environment.
  const environments = await s.openEnvironments();
  await environments.getByRole('button', { name: /^Sandbox/ }).click();
  await s.button(environments, 'send.sandbox.start').click();
  await expect(environments.getByRole('status').filter({ hasText: `http://127.0.0.1:${port}` })).toBeVisible();
  await s.button(environments, 'send.dialog.close').click();

  await s.openSendDialog();
  await s.send();
  await expect(s.outcome).toHaveText(s.text('send.reply.outcome.success', { ok: 1, n: 1 }));
  await s.closeSendDialog();
  // Stopped again, so the host's shutdown has nothing left running.
  const again = await s.openEnvironments();
  await again.getByRole('button', { name: /^Sandbox/ }).click();
  await s.button(again, 'send.sandbox.stop').click();
  await expect(s.button(again, 'send.sandbox.start')).toBeVisible();
});

test('a send that hangs shows its progress and stops on request; nothing is resent until the user retries', async ({ app }) => {
  sandbox = await startSandboxPortal('hang=once');
  const s = new Sender(app);
  await s.pointSandboxAt(sandbox.url);
  await s.newFromTemplate('dossier');
  await s.openSendDialog();
  await s.button(s.sendDialog, 'send.dialog.send').click();
  // The progress names the step; the portal never answers this request.
  await expect(s.sendDialog.getByRole('progressbar', { name: s.text('send.dialog.progress') })).toBeVisible();
  await expect(s.sendDialog.getByRole('status')).toContainText('1/1');
  await s.button(s.sendDialog, 'send.dialog.stop').click();
  await expect(s.outcome).toHaveText(s.text('send.reply.outcome.cancelled'));
  await expect(s.sendDialog).toContainText(s.text('send.reply.untouched'));
  expect(sandbox.received('DongBoHoSoMC')).toBe(1);

  await s.button(s.sendDialog, 'send.reply.retry').click();
  await expect(s.outcome).toHaveText(s.text('send.reply.outcome.success', { ok: 1, n: 1 }));
  expect(sandbox.received('DongBoHoSoMC')).toBe(2);
});
