/**
 * The web host's server-side workspace (`--workspace DIR`): open from it, save into it, and the
 * recent list; plus the browser's download for Save as.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../fixtures/webHost';
import { sample } from '../fixtures/paths';
import { Studio } from '../pages/Studio';

test.use({ withWorkspace: true });

test('a packet is opened from the workspace, saved into it, and listed as recent', async ({ app, webHost }) => {
  const studio = new Studio(app);
  await mkdir(join(webHost.workspace!, 'rejected'));
  await copyFile(sample('dossier', '93-invalid-cross-field.json'), join(webHost.workspace!, 'rejected', 'case-93.json'));

  await studio.toolbarButton('action.open').click();
  await app.getByRole('menuitem', { name: studio.text('action.openFromWorkspace') }).click();
  const dialog = app.getByRole('dialog', { name: studio.text('workspace.title') });
  await dialog.getByRole('button', { name: /^rejected/ }).click();
  await dialog.getByRole('button', { name: /^case-93\.json/ }).click();
  await expect(app.getByRole('heading', { name: 'case-93.json' })).toBeVisible();
  await expect(studio.fact('doc.kind')).toHaveText('Hồ sơ TTHC');
  await expect(studio.fact('doc.valid').or(studio.fact('severity.errorPlural'))).not.toHaveText('0');

  // Save as → into the workspace under a new name; the bytes are the document's.
  await studio.fileCommand('saveAs');
  const save = app.getByRole('dialog', { name: studio.text('saveAs.title') });
  await save.getByLabel(studio.text('saveAs.name')).fill('rejected/case-93-copy.json');
  await save.getByRole('button', { name: studio.text('action.saveToWorkspace') }).click();
  await expect(app.getByRole('status').filter({ hasText: studio.text('notice.saved', { name: 'case-93-copy.json' }) })).toBeVisible();
  expect(await readFile(join(webHost.workspace!, 'rejected', 'case-93-copy.json'), 'utf8')).toBe(
    await readFile(sample('dossier', '93-invalid-cross-field.json'), 'utf8'),
  );

  // After closing, the empty state lists both files as recent; one click reopens.
  await studio.fileCommand('close');
  const recent = app.getByRole('navigation', { name: studio.text('empty.recent') });
  await expect(recent.getByRole('button')).toHaveCount(2);
  await recent.getByRole('button', { name: /case-93-copy\.json/ }).first().click();
  await expect(app.getByRole('heading', { name: 'case-93-copy.json' })).toBeVisible();
});

test('a path outside the workspace is refused by the host', async ({ app }) => {
  const result = await app.evaluate(async () => {
    const res = await fetch('/api/files:read', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ path: '../../etc/passwd' }) });
    return res.json();
  });
  expect(result).toMatchObject({ ok: false, error: { code: 'files.not-allowed' } });
});

test('Save as in the browser downloads the document', async ({ app }) => {
  const studio = new Studio(app);
  await studio.open(sample('procedure', '02-laythutuc-response-valid.json'));
  await studio.fileCommand('saveAs');
  const save = app.getByRole('dialog', { name: studio.text('saveAs.title') });
  const download = app.waitForEvent('download');
  await save.getByRole('button', { name: studio.text('action.download') }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('02-laythutuc-response-valid.json');
  expect(await readFile(await file.path(), 'utf8')).toBe(await readFile(sample('procedure', '02-laythutuc-response-valid.json'), 'utf8'));
});
