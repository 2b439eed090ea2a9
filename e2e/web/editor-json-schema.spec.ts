/**
 * The JSON view knows the packet (issue 4 §1 "Monaco with the kind's JSON Schema (completion and
 * hover from the spec)"): the schema derived from the spec is bound to the document by model URI,
 * fully offline, without a $schema key in the packet.
 */
import { expect, test } from '../fixtures/webHost';
import { sample } from '../fixtures/paths';
import { EditorPage } from '../pages/EditorPage';

test('hover explains a field from the spec, and completion offers the fields the record lacks', async ({ app }) => {
  const ed = new EditorPage(app);
  await ed.open(sample('dossier', '93-invalid-cross-field.json'));
  await ed.showJson();

  // Hover on a key: the spec's label of the field.
  await ed.jsonLines.locator('span', { hasText: /^"ChuHoSo"$/ }).first().hover();
  await expect(app.locator('.monaco-hover').filter({ hasText: 'Chủ hồ sơ' })).toBeVisible();

  // A new key in the record: the schema proposes SoBienNhan, which sample 93 does not have.
  await ed.selectIssue('data[0].NgayHenTra');
  await ed.focusJson();
  await app.keyboard.press('End');
  await app.keyboard.press('Enter');
  await app.keyboard.type('"SoBien');
  await app.keyboard.press('Control+Space');
  await expect(app.locator('.suggest-widget').getByText('SoBienNhan', { exact: false }).first()).toBeVisible();
  await app.keyboard.press('Escape');
});
