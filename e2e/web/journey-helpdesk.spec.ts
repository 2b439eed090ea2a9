/**
 * The helpdesk journey (issue 4 §10) in the Form: open a rejected packet through the file picker,
 * see its errors, click the NgayHenTra issue — the form opens the field and gives it the focus —
 * correct the date in the form's date picker, watch that error go and the JSON view show the new
 * value, save, reopen, and find the fix kept. In Vietnamese, then the reopened packet read in
 * English.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../fixtures/webHost';
import { sample } from '../fixtures/paths';
import { EditorPage } from '../pages/EditorPage';
import { FormPage } from '../pages/FormPage';

test.use({ withWorkspace: true });

test('helpdesk: fix the deadline of a rejected dossier with the form’s date picker, save, reopen', async ({ app, webHost }) => {
  const ed = new EditorPage(app);
  const form = new FormPage(ed);
  const original = await readFile(sample('dossier', '93-invalid-cross-field.json'), 'utf8');
  await ed.open(sample('dossier', '93-invalid-cross-field.json'));

  // Its errors: four, one warning (93.expect.md), the deadline among them; the form is the first view.
  await expect(ed.counts).toHaveText('4 lỗi, 1 cảnh báo');
  await expect(ed.issue('data[0].NgayHenTra')).toContainText('NgayHenTra (10/03/2024 17:00) sớm hơn NgayTiepNhan (12/03/2024 08:15).');
  await expect(ed.viewButton('Form')).toHaveAttribute('aria-pressed', 'true');

  // Clicking the issue puts the focus in the field, whose own error is under it.
  await ed.selectIssue('data[0].NgayHenTra');
  const due = form.field('NgayHenTra', 'Ngày hẹn trả');
  await expect(due).toBeFocused();
  await expect(due).toHaveValue('10/03/2024 17:00');
  await expect(due).toHaveAttribute('aria-invalid', 'true');
  await expect(form.row('data[0].NgayHenTra')).toContainText('sớm hơn NgayTiepNhan');

  // The date picker: 26 March 2024, 17:00.
  await form.pickDate('NgayHenTra', { day: 26, hour: 17, minute: 0 });
  await expect(due).toHaveValue('26/03/2024 17:00');
  await expect(form.row('data[0].NgayHenTra')).toContainText(ed.text('formView.wire', { value: '20240326170000' }));

  // The error goes, everywhere: the counts, the issues panel, the field.
  await expect(ed.counts).toHaveText('3 lỗi, 1 cảnh báo');
  await expect(ed.issue('data[0].NgayHenTra')).toHaveCount(0);
  await expect(due).toHaveAttribute('aria-invalid', 'false');

  // The JSON view shows the new value (the same document).
  await ed.showJson();
  await expect(ed.jsonLines).toContainText('"NgayHenTra": "20240326170000"');

  // Save into the workspace; only that value changed in the file.
  await app.keyboard.press('Control+s');
  const save = app.getByRole('dialog', { name: ed.text('saveAs.title') });
  await save.getByLabel(ed.text('saveAs.name')).fill('case-93-deadline.json');
  await save.getByRole('button', { name: ed.text('action.saveToWorkspace') }).click();
  await expect(app.getByRole('status').filter({ hasText: ed.text('notice.saved', { name: 'case-93-deadline.json' }) })).toBeVisible();
  const written = await readFile(join(webHost.workspace!, 'case-93-deadline.json'), 'utf8');
  expect(written).toBe(original.replace('"NgayHenTra": "20240310170000"', '"NgayHenTra": "20240326170000"'));

  // Close, reopen from the workspace: the fix is kept.
  await ed.fileCommand('close');
  await ed.toolbarButton('action.open').click();
  await app.getByRole('menuitem', { name: ed.text('action.openFromWorkspace') }).click();
  await app.getByRole('dialog', { name: ed.text('workspace.title') }).getByRole('button', { name: /^case-93-deadline\.json/ }).click();
  await expect(app.getByRole('heading', { name: 'case-93-deadline.json', exact: true })).toBeVisible();
  await expect(ed.counts).toHaveText('3 lỗi, 1 cảnh báo');
  await expect(ed.issue('data[0].NgayHenTra')).toHaveCount(0);
  await ed.viewButton('Form').click();
  await expect(form.field('NgayHenTra', 'Ngày hẹn trả')).toHaveValue('26/03/2024 17:00');

  // The same, read in English.
  await ed.switchLanguage('en');
  await expect(ed.counts).toHaveText('3 errors, 1 warning');
  await expect(form.field('NgayHenTra', 'Promised result date')).toHaveValue('26/03/2024 17:00');
  await expect(form.row('data[0].NgayHenTra')).toContainText('Sent as: 20240326170000');
  await expect(form.row('data[0].NgayTra')).toContainText('NgayTra');
  await expect(form.row('data[0].NgayTra')).toContainText('Error:');
});
