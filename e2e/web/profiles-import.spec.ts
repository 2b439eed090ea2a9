/**
 * User profiles in the app (issue 2 "user profile files … so the helpdesk can follow a changed
 * portal guide without a new release"; issue 4 "the profile in use is always visible and can be
 * switched"): a helpdesk officer imports a profile file through the browser's file picker,
 * chooses it, and the document is checked with it — the status bar names the profile and its
 * version, the counts follow its rules, the form shows the field it adds. A broken file is
 * refused with its located problem and changes nothing; the choice survives a reload; removing
 * the profile in use goes back to strict.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/webHost';
import { sample } from '../fixtures/paths';
import { EditorPage } from '../pages/EditorPage';
import { FormPage } from '../pages/FormPage';
import { issueCountsText } from '../../renderer/i18n/format';

/**
 * The province's changed guide: Email becomes required (M, an error when missing), an empty
 * field that the spec marks M* is no longer reported (required.empty off), one field added.
 */
const PROFILE = {
  id: 'tinh-thu',
  name: { vi: 'Tỉnh thử — hướng dẫn mới', en: 'Test province — new guide' },
  version: '2026.2',
  fields: { 'dossier.record': { Email: { required: 'M' } } },
  rules: { 'required.empty': 'off' },
  addFields: { 'dossier.record': [{ name: 'MaHoSoKhac', label: { vi: 'Mã hồ sơ khác', en: 'Other dossier number' } }] },
};

// A rule severity that does not exist: refused at line 4 of the file.
const BROKEN = '{\n  "name": "Hỏng",\n  "version": "1",\n  "rules": { "required.missing": "fatal" }\n}\n';

// The legacy record lacks Email, SoDienThoai and TrichYeuHoSo (M*) and has NgayHenTra "" (M*):
// four warnings under strict.
const LEGACY = sample('dossier', '05-dongbohosomc-minimal-legacy-valid.json');

async function importFile(app: Page, ed: EditorPage, path: string): Promise<void> {
  const dialog = app.getByRole('dialog', { name: ed.text('profile.title') });
  const chooser = app.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: ed.text('profiles.import') }).click();
  await (await chooser).setFiles(path);
}

test('import a profile file, choose it, and the document is checked with it; a broken file changes nothing', async ({ app, webHost }, testInfo) => {
  const ed = new EditorPage(app);
  const form = new FormPage(ed);
  const good = testInfo.outputPath('tinh-thu.json');
  const broken = testInfo.outputPath('broken.json');
  await writeFile(good, JSON.stringify(PROFILE, null, 2));
  await writeFile(broken, BROKEN);

  await ed.open(LEGACY);
  await expect(ed.counts).toHaveText(issueCountsText({ error: 0, warning: 4 }, 'vi'));
  await expect(ed.statusBar).toContainText('strict');
  await ed.viewButton('Form').click();
  await expect(form.field('Email', 'Thư điện tử')).toBeVisible();
  await expect(app.getByRole('textbox', { name: /^MaHoSoKhac — / })).toHaveCount(0);

  // The status bar's profile button opens the picker: built-ins, no imported profile yet.
  await ed.statusBar.getByRole('button', { name: new RegExp(ed.text('doc.profile')) }).click();
  const dialog = app.getByRole('dialog', { name: ed.text('profile.title') });
  const options = dialog.getByRole('listbox', { name: ed.text('doc.profile') }).getByRole('option');
  await expect(options).toHaveCount(2);
  await expect(dialog).toContainText(ed.text('profiles.noUser'));

  await importFile(app, ed, good);
  await expect(dialog.getByTestId('profile-outcome')).toContainText(ed.text('profiles.imported', { name: PROFILE.name.vi, id: 'tinh-thu', version: '2026.2' }));
  const imported = options.filter({ hasText: PROFILE.name.vi });
  await expect(imported).toContainText(ed.text('profiles.entry', { id: 'tinh-thu', version: '2026.2', source: 'profiles/tinh-thu.json' }));
  // Imported, not yet chosen: the profile in use is still strict.
  await expect(options.filter({ hasText: 'strict' })).toHaveAttribute('aria-selected', 'true');

  await imported.click();
  await expect(dialog).toBeHidden();
  await expect(ed.statusBar).toContainText('tinh-thu 2026.2');
  // Email now missing is an error; the empty NgayHenTra is no longer reported.
  await expect(ed.counts).toHaveText(issueCountsText({ error: 1, warning: 2 }, 'vi'));
  await expect(ed.issue('data[0].Email')).toBeVisible();
  await expect(ed.issue('data[0].NgayHenTra')).toHaveCount(0);
  // The form shows the field the profile adds.
  await expect(app.getByRole('textbox', { name: /^MaHoSoKhac — Mã hồ sơ khác/ })).toBeVisible();

  // A broken file: its located problem, and nothing else changes.
  await ed.statusBar.getByRole('button', { name: new RegExp(ed.text('doc.profile')) }).click();
  await importFile(app, ed, broken);
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText(ed.text('profiles.importFailed'));
  await expect(refusal).toContainText(/broken\.json:4:\d+ rules\.required\.missing/);
  await expect(options).toHaveCount(3);
  expect(await readdir(join(webHost.dataDir, 'profiles'))).toEqual(['tinh-thu.json']);
  await dialog.getByRole('button', { name: ed.text('profiles.close') }).click();
  await expect(ed.statusBar).toContainText('tinh-thu 2026.2');
  await expect(ed.counts).toHaveText(issueCountsText({ error: 1, warning: 2 }, 'vi'));

  // The choice is a setting: after a reload the document is checked with the user profile again.
  await app.reload();
  await ed.open(LEGACY);
  await expect(ed.statusBar).toContainText('tinh-thu 2026.2');
  await expect(ed.counts).toHaveText(issueCountsText({ error: 1, warning: 2 }, 'vi'));

  // Removing the profile in use goes back to strict.
  await ed.statusBar.getByRole('button', { name: new RegExp(ed.text('doc.profile')) }).click();
  await dialog.getByRole('button', { name: ed.text('profiles.remove', { id: 'tinh-thu' }) }).click();
  await app.getByRole('alertdialog').getByRole('button', { name: ed.text('profiles.remove', { id: 'tinh-thu' }) }).click();
  // Strict is chosen in its place (the picker closes as for any choice) and a notice says why.
  await expect(dialog).toBeHidden();
  await expect(app.getByText(ed.text('profiles.removedInUse', { id: 'tinh-thu' }))).toBeVisible();
  await expect(ed.statusBar).toContainText('strict');
  await expect(ed.counts).toHaveText(issueCountsText({ error: 0, warning: 4 }, 'vi'));
  expect(await readdir(join(webHost.dataDir, 'profiles'))).toEqual([]);
  await ed.statusBar.getByRole('button', { name: new RegExp(ed.text('doc.profile')) }).click();
  await expect(options).toHaveCount(2);
});
