/**
 * Big packets are parsed and validated off the UI thread, with progress and cancellation
 * (a 100 MB run is measured by hand; see README "What runs where"). ~37 MB here keeps CI short.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../fixtures/webHost';
import { writeBigDossier } from '../fixtures/bigPacket';
import { Studio } from '../pages/Studio';

const RECORDS = 20_000;
let dir: string;
let big: string;

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qcvn120-big-'));
  big = join(dir, 'big-dossier.json');
  writeBigDossier(big, RECORDS);
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the page keeps answering while a big packet is validated, then shows the result', async ({ app }) => {
  const studio = new Studio(app);
  await studio.openWithPicker(big);
  const progress = app.getByRole('main').getByRole('progressbar');
  await expect(progress).toBeVisible();
  // The language switch answers while the worker is busy.
  await studio.switchLanguage('en');
  // Usually still validating, now in English; on a fast machine the worker may have finished while
  // the switch was made — either way the page answered and speaks English.
  const opened = app.getByRole('heading', { name: 'big-dossier.json' });
  await expect(app.getByRole('main').getByRole('button', { name: 'Cancel' }).or(opened)).toBeVisible();
  await expect(opened).toBeVisible({ timeout: 60_000 });
  await expect(studio.fact('doc.records')).toHaveText('20,000');
  await expect(studio.counts).toHaveText(`${(RECORDS / 100).toLocaleString('en-US')} errors, 0 warnings`);
});

test('Cancel stops a running validation at once and the app stays as it was', async ({ app }) => {
  const studio = new Studio(app);
  await studio.openWithPicker(big);
  await app.getByRole('main').getByRole('button', { name: studio.text('action.cancel') }).click();
  await expect(app.getByRole('status').filter({ hasText: studio.text('notice.openCancelled', { name: 'big-dossier.json' }) })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Chưa mở tài liệu nào' })).toBeVisible();
});
