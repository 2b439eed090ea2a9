/**
 * A corrupt settings file is set aside and reported, never silently overwritten.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../fixtures/webHost';
import { Studio } from '../pages/Studio';

const BROKEN = '{"language": "en", "theme": ';

test.use({ seedDataDir: { 'settings.json': BROKEN } });

test('a corrupt settings file is set aside, reported, and kept', async ({ app, webHost }) => {
  const studio = new Studio(app);
  const notice = app.getByRole('status').filter({ hasText: 'settings.json' });
  await expect(notice).toContainText('bị hỏng');
  // Defaults apply (Vietnamese), and the old file is kept beside, byte for byte.
  await expect(app.getByRole('heading', { name: 'Chưa mở tài liệu nào' })).toBeVisible();
  const aside = (await readdir(webHost.dataDir)).filter((n) => n.startsWith('settings.corrupt-'));
  expect(aside).toHaveLength(1);
  expect(await readFile(join(webHost.dataDir, aside[0]), 'utf8')).toBe(BROKEN);
  await notice.getByRole('button', { name: studio.text('action.dismiss') }).click();
  await expect(notice).toBeHidden();
});
