/**
 * "What changes if the portal's guide changes?" (PEERS.md §3 idea 10): a helpdesk lead imports the
 * province's new guide as a profile, keeps strict in use, and compares a packet's results under
 * both — from the profile picker's button and from the palette. The dialog lists the issue the
 * guide adds (Fax made required), the one it drops (the empty NgayHenTra, required.empty off) and
 * the one it re-grades (Email, M* → M: warning → error); clicking Email selects its field in the
 * form, and the profile in use and its counts do not change.
 */
import { writeFile } from 'node:fs/promises';
import { pick } from '../../shared/i18n/localized';
import { commandById } from '../../shared/ipc/commands';
import { expect, test } from '../fixtures/webHost';
import { sample } from '../fixtures/paths';
import { EditorPage } from '../pages/EditorPage';
import { FormPage } from '../pages/FormPage';
import { issueCountsText } from '../../renderer/i18n/format';

/** The new guide: Email and Fax required (M), the empty-field check off. */
const PROFILE = {
  id: 'tinh-thu',
  name: { vi: 'Tỉnh thử — hướng dẫn mới', en: 'Test province — new guide' },
  version: '2026.2',
  fields: { 'dossier.record': { Email: { required: 'M' }, Fax: { required: 'M' } } },
  rules: { 'required.empty': 'off' },
};

// Email, SoDienThoai, TrichYeuHoSo (M*) absent and NgayHenTra (M*) "": four warnings under strict.
const LEGACY = sample('dossier', '05-dongbohosomc-minimal-legacy-valid.json');

test('compare strict with an imported guide: new, gone and re-graded issues, a click selects the field', async ({ app }, testInfo) => {
  const ed = new EditorPage(app);
  const form = new FormPage(ed);
  const file = testInfo.outputPath('tinh-thu.json');
  await writeFile(file, JSON.stringify(PROFILE, null, 2));

  await ed.open(LEGACY);
  await expect(ed.counts).toHaveText(issueCountsText({ error: 0, warning: 4 }, 'vi'));
  await ed.viewButton('Form').click();

  // Import the guide in the picker, without choosing it: strict stays in use.
  await ed.statusBar.getByRole('button', { name: new RegExp(ed.text('doc.profile')) }).click();
  const picker = app.getByRole('dialog', { name: ed.text('profile.title') });
  const chooser = app.waitForEvent('filechooser');
  await picker.getByRole('button', { name: ed.text('profiles.import') }).click();
  await (await chooser).setFiles(file);
  await expect(picker.getByTestId('profile-outcome')).toContainText(ed.text('profiles.imported', { name: PROFILE.name.vi, id: 'tinh-thu', version: '2026.2' }));

  // The picker's button opens the comparison for the active document.
  await picker.getByRole('button', { name: ed.text('profileCompare.open') }).click();
  await expect(picker).toBeHidden();
  const dialog = app.getByRole('dialog', { name: ed.text('profileCompare.title') });
  await expect(dialog).toContainText(new RegExp(`${ed.text('profileCompare.profileA')}: .*\\(strict `));
  await dialog.getByRole('combobox', { name: ed.text('profileCompare.profileB') }).click();
  await app.getByRole('option', { name: `${PROFILE.name.vi} (tinh-thu 2026.2)` }).click();
  await dialog.getByRole('button', { name: ed.text('profileCompare.run'), exact: true }).click();

  await expect(dialog.getByTestId('profile-compare-result')).toContainText(ed.text('profileCompare.becomesInvalid', { a: 'strict', b: 'tinh-thu' }));
  const added = dialog.getByRole('list', { name: ed.text('profileCompare.added', { n: 1 }) }).getByRole('button');
  await expect(added).toHaveCount(1);
  await expect(added).toContainText('data[0].Fax');
  await expect(added).toContainText('required.missing');
  const gone = dialog.getByRole('list', { name: ed.text('profileCompare.gone', { n: 1 }) }).getByRole('button');
  await expect(gone).toHaveCount(1);
  await expect(gone).toContainText('data[0].NgayHenTra');
  await expect(gone).toContainText('required.empty');
  const changed = dialog.getByRole('list', { name: ed.text('profileCompare.changed', { n: 1 }) }).getByRole('button');
  await expect(changed).toHaveCount(1);
  await expect(changed).toContainText('data[0].Email');
  await expect(changed).toContainText('required.missing');
  await expect(changed).toContainText(ed.text('profileCompare.severityMove', { a: ed.text('severity.warning'), b: ed.text('severity.error') }));
  await expect(changed).toContainText('dossier.md §2.1 mục 13');
  await app.screenshot({ path: testInfo.outputPath('profiles-compare.png') });

  // The comparison stays while the dialog is closed and opened again from the palette.
  await dialog.getByRole('button', { name: ed.text('profileCompare.close') }).click();
  await expect(dialog).toBeHidden();
  await app.keyboard.press('Control+Shift+P');
  const palette = app.getByRole('dialog', { name: ed.text('palette.title') });
  await palette.getByRole('combobox', { name: ed.text('palette.search') }).fill(pick(commandById('compareProfiles')!.label, 'vi'));
  await expect(palette.getByRole('option')).toHaveCount(1);
  await app.keyboard.press('Enter');
  await expect(dialog).toBeVisible();

  // A click on Email closes the dialog and selects the field in the form.
  await changed.click();
  await expect(dialog).toBeHidden();
  await expect(form.field('Email', 'Thư điện tử')).toBeFocused();
  // The profile in use did not change, nor its counts.
  await expect(ed.statusBar).toContainText('strict');
  await expect(ed.counts).toHaveText(issueCountsText({ error: 0, warning: 4 }, 'vi'));
});
