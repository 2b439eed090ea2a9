/**
 * The desktop app itself. Runs where an Electron binary exists; elsewhere each test is reported as
 * skipped with the reason (see e2e/fixtures/electronApp.ts).
 */
import { expect, test } from '../fixtures/electronApp';
import { sample } from '../fixtures/paths';
import { Studio } from '../pages/Studio';

test('the window loads the renderer from app:// with the bridge and a sandboxed page', async ({ window: page }) => {
  await expect(page.getByRole('heading', { name: 'Chưa mở tài liệu nào' })).toBeVisible();
  expect(page.url()).toBe('app://renderer/index.html');
  const surface = await page.evaluate(() => ({
    bridge: typeof (window as unknown as { qcvn120?: unknown }).qcvn120,
    host: (window as unknown as { qcvn120: { host: string } }).qcvn120.host,
    node: typeof (globalThis as { process?: unknown }).process,
    require: typeof (globalThis as { require?: unknown }).require,
  }));
  expect(surface).toEqual({ bridge: 'object', host: 'electron', node: 'undefined', require: 'undefined' });
  await expect(new Studio(page).statusBar).toContainText('Ứng dụng máy tính');
});

test.describe('a file given on the command line', () => {
  test.use({ electronArgs: [sample('dossier', '01-dongbohosomc-create-online-valid.json')] });

  test('is opened at start, with its kind and 0 errors', async ({ window }) => {
    const studio = new Studio(window);
    await expect(window.getByRole('heading', { name: '01-dongbohosomc-create-online-valid.json' })).toBeVisible();
    await expect(studio.fact('doc.kind')).toHaveText('Hồ sơ TTHC');
    await expect(studio.counts).toHaveText('0 lỗi, 0 cảnh báo');
  });
});

test('new windows and navigation away from the app are denied', async ({ electronApp, window: page }) => {
  await expect(page.getByRole('main')).toBeVisible();
  expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
  await page.evaluate(() => {
    location.href = 'https://example.com/';
  });
  await expect(page.getByRole('main')).toBeVisible();
  expect(page.url()).toBe('app://renderer/index.html');
  expect(await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('the application menu has File, Edit, View and Help', async ({ electronApp, window }) => {
  await expect(window.getByRole('main')).toBeVisible();
  const labels = await electronApp.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label.replace('&', '')) ?? []);
  expect(labels.slice(-4)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
});
