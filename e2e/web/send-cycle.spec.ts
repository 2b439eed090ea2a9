/**
 * Issue 5 §8, the rehearsal a tester does against the sandbox portal: compose a dossier, send it
 * (create), send the same create again and get "-3" explained, send it again as an update with one
 * click, send the progress steps of the same MaHoSo, and find all of it in the history; then
 * restart the sandbox on the same data folder and see that it still knows the dossier.
 */
import { ERROR_CODES } from '../../shared/spec/common';
import { SESSION_PLACEHOLDER } from '../../shared/portal/plan';
import { AUTO_PLACEHOLDER } from '../../shared/portal/result';
import { kindModule } from '../../shared/spec/registry';
import { startSandboxPortal, type SandboxPortal } from '../fixtures/sandboxPortal';
import { expect, test } from '../fixtures/webHost';
import { Sender } from '../pages/Sender';

/** The dossier and progress templates share this MaHoSo, as a real progress update must. */
const MAHOSO = ((kindModule('dossier').template() as { data: { MaHoSo: string }[] }).data[0]!).MaHoSo;
const EXISTS_LABEL = ERROR_CODES.entries.find((e) => e.code === '-3')!.label.vi;

let sandbox: SandboxPortal;
test.beforeEach(async () => {
  sandbox = await startSandboxPortal();
});
test.afterEach(async () => {
  await sandbox.stop();
});

test('create → "-3" explained → send again as update → progress steps, all in the history', async ({ app }) => {
  const s = new Sender(app);
  expect((kindModule('progress').template() as { data: { MaHoSo: string }[] }).data.every((r) => r.MaHoSo === MAHOSO)).toBe(true);
  await s.pointSandboxAt(sandbox.url);
  await s.newFromTemplate('dossier');

  // What would be sent: the exact body, session masked, isUpdating as in the packet (a create).
  const dialog = await s.openSendDialog();
  await expect(dialog.getByLabel(s.text('send.dialog.target'), { exact: true })).toContainText('Sandbox');
  const body = dialog.getByRole('region', { name: s.text('send.dialog.request', { n: 1, total: 1, service: 'DongBoHoSoMC', records: 1, count: 1 }) });
  await expect(body).toContainText('"isUpdating": "False"');
  await expect(body).toContainText(SESSION_PLACEHOLDER);
  await expect(dialog).toContainText(s.text('send.dialog.validation', { counts: '0 lỗi, 0 cảnh báo' }));

  await s.send();
  await expect(s.outcome).toHaveText(s.text('send.reply.outcome.success', { ok: 1, n: 1 }));
  await expect(s.part(1, 1).getByLabel(s.text('send.reply.errorCode'), { exact: true })).toHaveText('"0"');
  await expect(s.part(1, 1).getByLabel(s.text('send.reply.httpStatus'), { exact: true })).toHaveText('200');
  await s.closeSendDialog();

  // The same create again: the portal's "-3", explained, with the one-click way out.
  await s.openSendDialog();
  await s.send();
  await expect(s.outcome).toHaveText(s.text('send.reply.outcome.portal-error', { ok: 0, n: 1 }));
  const refused = s.part(1, 1);
  await expect(refused.getByLabel(s.text('send.reply.errorCode'), { exact: true })).toHaveText('"-3"');
  await expect(refused.getByLabel(s.text('send.reply.message'), { exact: true })).toHaveText(`Mã hồ sơ ${MAHOSO} đã tồn tại trên CDVCQG`);
  await expect(refused).toContainText(EXISTS_LABEL);
  await s.button(refused, 'send.reply.sendAsUpdate').click();
  await expect(s.outcome).toHaveText(s.text('send.reply.outcome.success', { ok: 1, n: 1 }));
  await expect(s.part(1, 1)).toContainText('isUpdating "True"');
  await s.closeSendDialog();

  // The progress steps of the same dossier (CapNhatTienDoHoSoMC has no isUpdating).
  await s.newFromTemplate('progress');
  const progress = await s.openSendDialog();
  await expect(progress.getByRole('radiogroup')).toHaveCount(0);
  await s.send();
  await expect(s.outcome).toHaveText(s.text('send.reply.outcome.success', { ok: 1, n: 1 }));
  await expect(s.part(1, 1)).toContainText('CapNhatTienDoHoSoMC');
  await s.closeSendDialog();

  // The history: every send, searchable by MaHoSo and by result.
  const history = await s.openHistory();
  await history.getByRole('searchbox', { name: s.text('send.history.maHoSo') }).fill(MAHOSO.slice(-11));
  await expect(history.getByRole('status').filter({ hasText: s.text('send.history.count', { n: 4, count: 4 }) })).toBeVisible();
  const rows = history.getByRole('table', { name: s.text('send.history.table') }).getByRole('row');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(1)).toContainText('CapNhatTienDoHoSoMC');
  await expect(rows.nth(3)).toContainText(`${s.text('send.history.outcome.portal-error')} · -3`);
  await history.getByRole('combobox', { name: s.text('send.history.outcome') }).click();
  await app.getByRole('option', { name: s.text('send.history.outcome.portal-error'), exact: true }).click();
  await expect(history.getByRole('status').filter({ hasText: s.text('send.history.count', { n: 1, count: 1 }) })).toBeVisible();
  // An entry shows its request and reply, and reopens as a new document.
  await rows.nth(1).click();
  await expect(history.getByRole('region', { name: s.text('send.reply.replyBody') })).toContainText(`đã tồn tại trên CDVCQG`);
  await s.button(history, 'send.reply.openRequest').click();
  await expect(history).toBeHidden();
  await expect(app.getByRole('tab', { selected: true })).toContainText('DongBoHoSoMC');
});

test('what the sandbox received survives its restart: "automatic" looks the dossier up and sends an update', async ({ app }) => {
  const s = new Sender(app);
  await s.pointSandboxAt(sandbox.url);
  await s.newFromTemplate('dossier');
  await s.openSendDialog();
  await s.send();
  await expect(s.outcome).toHaveText(s.text('send.reply.outcome.success', { ok: 1, n: 1 }));
  await s.closeSendDialog();

  await sandbox.restart();

  const dialog = await s.openSendDialog();
  await s.chooseIsUpdating('send.isUpdating.auto');
  await expect(dialog.getByRole('region', { name: s.text('send.dialog.request', { n: 1, total: 1, service: 'DongBoHoSoMC', records: 1, count: 1 }) })).toContainText(AUTO_PLACEHOLDER);
  await s.send();
  await expect(s.outcome).toHaveText(s.text('send.reply.outcome.success', { ok: 1, n: 1 }));
  // TraCuuHoSo found the dossier after the restart, so the record went as an update.
  await expect(dialog).toContainText(`${MAHOSO} → isUpdating "True"`);
  await expect(dialog).toContainText('Hồ sơ đã có trên Cổng (TraCuuHoSo trả kết quả): gửi dạng cập nhật.');
  await expect(s.part(1, 1)).toContainText('isUpdating "True"');
  // The restarted sandbox forgot the session: the lookup was refused once, the app logged in again by itself.
  expect(sandbox.output()).toMatch(/#\d+ TraCuuHoSo .*→ -2/);
  expect(sandbox.logins()).toBe(2);
  expect(sandbox.received('DongBoHoSoMC')).toBe(2);
});
