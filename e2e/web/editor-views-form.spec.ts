/**
 * The Form view in Chromium (issue 4 §9): every input's accessible name starts with its wire
 * name, in both languages — read from the browser's own accessibility tree — and the form and
 * the tree fit their width in both languages and both themes (screenshots kept in the test's
 * output folder for review).
 */
import { expect, test } from '../fixtures/webHost';
import { sample } from '../fixtures/paths';
import { EditorPage } from '../pages/EditorPage';

/** Form controls of an ARIA snapshot whose name does not start with a wire name ("NgayHenTra — …", "TaiLieuNop[2]…"). */
function unnamed(snapshot: string): string[] {
  const controls = snapshot.split('\n').filter((l) => /^\s*- (textbox|combobox|switch|checkbox|spinbutton)\b/.test(l));
  expect(controls.length).toBeGreaterThan(40);
  return controls.filter((l) => !/^\s*- \w+ "[A-Za-z_][A-Za-z0-9_]*(\[\d+\])?( — |"|\s)/.test(l));
}

test('every input of the form is named by its wire name, in Vietnamese and in English', async ({ app }) => {
  const ed = new EditorPage(app);
  await ed.open(sample('dossier', '93-invalid-cross-field.json'));
  const form = app.getByRole('region', { name: ed.text('formView.label') });
  await expect(form.getByRole('textbox', { name: /^NgayHenTra — Ngày hẹn trả/ })).toBeVisible();
  expect(unnamed(await form.ariaSnapshot())).toEqual([]);
  await expect(form.getByRole('switch', { name: /^IsDeleted — Đã xóa/ }).first()).toBeVisible();
  await expect(form.getByRole('combobox', { name: /^TrangThaiHoSo — Trạng thái hồ sơ/ })).toHaveText('10 — Đã trả kết quả');

  await ed.switchLanguage('en');
  const en = app.getByRole('region', { name: 'Form' });
  await expect(en.getByRole('textbox', { name: /^NgayHenTra — Promised result date/ })).toBeVisible();
  expect(unnamed(await en.ariaSnapshot())).toEqual([]);
});

for (const lang of ['vi', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`the form and the tree fit their width (${lang}, ${theme})`, async ({ app }, testInfo) => {
      await app.setViewportSize({ width: 1280, height: 860 });
      const ed = new EditorPage(app);
      if (lang === 'en') await ed.switchLanguage('en');
      if (theme === 'dark') await app.getByRole('button', { name: ed.text('settings.theme.toDark') }).click();
      await ed.open(sample('dossier', '93-invalid-cross-field.json'));
      await ed.selectIssue('data[0].NgayHenTra');
      const form = app.getByRole('region', { name: ed.text('formView.label') });
      await expect(form.getByRole('textbox', { name: /^NgayHenTra/ })).toBeFocused();
      // Nothing sticks out sideways: long English labels wrap instead.
      const overflow = await form.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await app.screenshot({ path: testInfo.outputPath(`form-${lang}-${theme}.png`) });

      await ed.viewButton('Tree').click();
      const tree = app.getByRole('tree', { name: ed.text('tree.label') });
      await expect(tree.getByRole('treeitem', { name: /NgayHenTra/ })).toHaveAttribute('aria-selected', 'true');
      await app.screenshot({ path: testInfo.outputPath(`tree-${lang}-${theme}.png`) });
    });
  }
}
