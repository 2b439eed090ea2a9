/**
 * Batch triage of a folder (issue 6 §2, "Done means"): a workspace folder of a dozen packets from
 * the reference samples — some valid, most invalid, one not JSON, one in a legacy encoding, some
 * in a subfolder — validated by the host in parallel; the screen's grouped counts equal what
 * validating each file alone gives; "every record where field = value" finds the dossier; opening
 * an issue lands on its field in the editor, and the worst record opens at its first error.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeLegacy } from '../../shared/encoding';
import { validateText } from '../../shared/index';
import { expect, test } from '../fixtures/webHost';
import { sample } from '../fixtures/paths';
import { HelpdeskPage } from '../pages/HelpdeskPage';

test.use({ withWorkspace: true });

/** The folder: [kind, sample, name in the workspace]. */
const PACKETS: [string, string, string][] = [
  ['dossier', '01-dongbohosomc-create-online-valid.json', 'rejected/01.json'],
  ['dossier', '90-invalid-date-format.json', 'rejected/90.json'],
  ['dossier', '91-invalid-unknown-status.json', 'rejected/91.json'],
  ['dossier', '92-invalid-missing-required.json', 'rejected/92.json'],
  ['dossier', '93-invalid-cross-field.json', 'rejected/93.json'],
  ['dossier', '94-invalid-envelope-types.json', 'rejected/94.json'],
  ['statistics', '01-dongbothongkehoso-valid.json', 'rejected/tinh-b/thong-ke-01.json'],
  ['statistics', '03-dongbothongkehoso-invalid.json', 'rejected/tinh-b/thong-ke-03.json'],
  ['survey', '03-dongbodanhgia-invalid.json', 'rejected/tinh-b/danh-gia-03.json'],
  ['qa', '04-dongboketquahoidapguitudvcqg-invalid.json', 'rejected/tinh-b/hoi-dap-04.json'],
];
const NOT_JSON = 'rejected/tinh-b/cat-cut.json';
const LEGACY = 'rejected/tcvn3.json';

test('a folder of rejected packets: grouped counts, records where field = value, open at the issue', async ({ app, webHost }) => {
  const hd = new HelpdeskPage(app);
  const ws = webHost.workspace!;
  const texts = new Map<string, string>();
  for (const [kind, file, target] of PACKETS) {
    await mkdir(join(ws, target, '..'), { recursive: true });
    await copyFile(sample(kind, file), join(ws, target));
    texts.set(target, await readFile(join(ws, target), 'utf8'));
  }
  await writeFile(join(ws, NOT_JSON), '{ "service": "DongBoThongKeHoSo", "data": [ { "Thang": "3", } ');
  await writeFile(join(ws, LEGACY), encodeLegacy('{"service":"DongBoHoSoMC","madonvi":"000.00.01.H22","data":[{"ChuHoSo":"Nguyễn Thị Minh Hằng","TenTTHC":"Cấp giấy phép xây dựng"}]}', 'tcvn3')!);
  await writeFile(join(ws, 'rejected', 'ghi-chu.txt'), 'not a packet: the triage takes .json files');

  // What validating each file alone gives: the expectation for the grouped counts.
  const byCode = new Map<string, number>();
  const byAgency = new Map<string, number>();
  let errors = 2; // the file that is not JSON and the legacy file: one error row each
  for (const text of texts.values()) {
    const report = validateText(text);
    errors += report.counts.error;
    const doc = JSON.parse(text);
    for (const i of report.issues) {
      byCode.set(i.code, (byCode.get(i.code) ?? 0) + 1);
      const rec = i.record !== undefined && Array.isArray(doc.data) ? doc.data[i.record] : undefined;
      const agency = (rec && (rec.Madonvi ?? rec.madonvi ?? rec.MaDonVi)) || doc.madonvi || '';
      byAgency.set(agency, (byAgency.get(agency) ?? 0) + 1);
    }
  }

  await hd.command('triageFolder');
  const chooser = hd.dialog('triage.chooseTitle');
  await chooser.getByRole('button', { name: 'rejected', exact: true }).click();
  await chooser.getByRole('button', { name: hd.text('triage.checkThis') }).click();
  await expect(hd.triage.getByRole('button', { name: hd.text('triage.rerun') })).toBeVisible();

  await expect(hd.stat('triage.files')).toContainText('12');
  await expect(hd.stat('triage.filesUnreadable')).toContainText('2');
  await expect(hd.stat('triage.errors')).toContainText(String(errors));

  // By rule: every rule with its count, as the files say.
  const rules = hd.triage.getByRole('table', { name: hd.text('triage.byRule') });
  for (const [code, n] of byCode) {
    await expect(rules.getByRole('row').filter({ has: app.getByText(code, { exact: true }) }).getByRole('cell').nth(1)).toHaveText(String(n));
  }
  // By agency (madonvi of the envelope, Madonvi of statistics and survey records).
  const agencyTab = hd.triage.getByRole('tab', { name: hd.text('triage.byAgency') });
  await agencyTab.click();
  // Written as worded, like every other control: MUI's upper case piled up Vietnamese marks ("THEO ĐƠN VỊ").
  await expect(agencyTab).toHaveCSS('text-transform', 'none');
  const agencies = hd.triage.getByRole('table', { name: hd.text('triage.byAgency') });
  for (const [agency, n] of byAgency) {
    if (!agency) continue;
    await expect(agencies.getByRole('row').filter({ has: app.getByText(agency, { exact: true }) }).getByRole('cell').nth(1)).toHaveText(String(n));
  }
  // Unreadable files are listed with their reason, never dropped.
  const problems = hd.triage.getByRole('region', { name: hd.text('triage.unreadableTitle') });
  await expect(problems).toContainText('tinh-b/cat-cut.json');
  await expect(problems).toContainText(new RegExp(hd.text('triage.lineColumn', { line: 1, column: 999 }).replace('999', '\\d+')));
  await expect(problems).toContainText('tcvn3.json');
  await expect(problems).toContainText('TCVN3');

  // Every record where MaHoSo = the dossier of 93.
  const maHoSo = JSON.parse(texts.get('rejected/93.json')!).data[0].MaHoSo as string;
  const holding = [...texts.values()].filter((t) => (JSON.parse(t).data ?? []).some?.((r: { MaHoSo?: string }) => r.MaHoSo === maHoSo)).length;
  await hd.triage.getByRole('combobox', { name: hd.text('triage.value') }).fill(maHoSo);
  await hd.triage.getByRole('button', { name: hd.text('triage.find'), exact: true }).click();
  const found = hd.triage.getByRole('list', { name: hd.text('triage.found', { count: holding }) });
  await expect(found.getByRole('listitem')).toHaveCount(holding);
  await expect(found).toContainText('93.json');

  // Open the deadline issue of 93: the editor opens the file and lands on NgayHenTra.
  await hd.triage.getByRole('tab', { name: hd.text('triage.byRule') }).click();
  await rules.getByRole('row').filter({ has: app.getByText('dossier.deadline-before-receipt', { exact: true }) }).click();
  const page = hd.triage.getByRole('region', { name: hd.text('triage.issuesOf', { group: 'dossier.deadline-before-receipt' }) });
  await page.getByRole('button', { name: `${hd.text('hd.openAt')}: 93.json data[0].NgayHenTra` }).click();
  await expect(hd.triage).toBeHidden();
  await hd.expectDocument('93.json');
  await hd.showJson();
  await expect(hd.jsonWhere).toHaveText(hd.text('json.selected', { path: 'data[0].NgayHenTra', line: 25, column: 21 }));

  // Back to the results; the worst record opens at its first error.
  await hd.command('triageResults');
  const worst = hd.triage.getByRole('list', { name: hd.text('triage.worstTitle') });
  const first = worst.getByRole('button').first();
  const label = (await first.getAttribute('aria-label'))!;
  await first.click();
  await expect(hd.triage).toBeHidden();
  const name = /: (?:.*\/)?([^/ ]+\.json) /.exec(label)![1];
  await hd.expectDocument(name);
  await hd.showJson();
  await expect(hd.jsonWhere).toContainText('data[0]');
});
