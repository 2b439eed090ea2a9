/**
 * The tester journey (issue 4 §10): New from template → dossier, choose a status from the list,
 * set the dates with the picker, add a submitted file (a TaiLieuNop item), see zero errors, save
 * into the workspace, and check the saved file with the command line (`qcvn120 validate` exits
 * 0). In Vietnamese; the file is added and the packet saved in English.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '../fixtures/webHost';
import { ROOT } from '../fixtures/paths';
import { EditorPage } from '../pages/EditorPage';
import { FormPage } from '../pages/FormPage';

test.use({ withWorkspace: true });

const run = promisify(execFile);

test('tester: a dossier from the template, status and dates from the form, a new file, zero errors, valid on the command line', async ({ app, webHost }) => {
  const ed = new EditorPage(app);
  const form = new FormPage(ed);

  // New from template → the dossier kind.
  await ed.toolbarButton('action.new').click();
  const dialog = app.getByRole('dialog', { name: ed.text('template.title') });
  await dialog.getByRole('option', { name: /^Hồ sơ TTHC/ }).click();
  await dialog.getByRole('button', { name: ed.text('action.create') }).click();
  const name = ed.text('template.fileName', { kind: 'dossier' });
  await expect(app.getByRole('heading', { name, exact: true })).toBeVisible();
  await expect(ed.counts).toHaveText('0 lỗi, 0 cảnh báo');

  // The status, chosen from the list that shows codes with their meaning.
  await form.select('TrangThaiHoSo').click();
  await app.getByRole('option', { name: '4 — Đang xử lý' }).click();
  await expect(form.select('TrangThaiHoSo')).toContainText('4 — Đang xử lý');

  // Receipt 13/05/2024 08:30 and deadline 27/05/2024 17:00, with the picker.
  await form.pickDate('NgayTiepNhan', { day: 13, hour: 8, minute: 30 });
  await expect(form.field('NgayTiepNhan', 'Ngày tiếp nhận')).toHaveValue('13/05/2024 08:30');
  await form.pickDate('NgayHenTra', { day: 27, hour: 17, minute: 0 });
  await expect(form.field('NgayHenTra', 'Ngày hẹn trả')).toHaveValue('27/05/2024 17:00');

  // In English from here: add a submitted file; its required fields are flagged until filled.
  await ed.switchLanguage('en');
  const files = form.list('TaiLieuNop');
  await files.getByRole('button', { name: 'Add submitted file — TaiLieuNop' }).click();
  const added = app.getByRole('group', { name: 'Submitted file 3 (TaiLieuNop[2])' });
  await expect(added).toBeVisible();
  await expect(ed.counts).toHaveText('2 errors, 0 warnings');
  await form.field('TenTepDinhKem', 'File name', added).fill('Ban-ve-thiet-ke.pdf');
  await form.field('DuongDanTaiTepTin', 'Download URL', added).fill('https://motcua.h22.example/api/files/download?id=61209');
  await form.field('DuongDanTaiTepTin', 'Download URL', added).press('Enter');
  await expect(ed.counts).toHaveText('0 errors, 0 warnings');

  // Save into the workspace.
  await app.keyboard.press('Control+s');
  const save = app.getByRole('dialog', { name: ed.text('saveAs.title') });
  await save.getByLabel(ed.text('saveAs.name')).fill('new-dossier.json');
  await save.getByRole('button', { name: ed.text('action.saveToWorkspace') }).click();
  await expect(app.getByRole('status').filter({ hasText: ed.text('notice.saved', { name: 'new-dossier.json' }) })).toBeVisible();

  // What was saved is what the form shows, and the command line finds it valid.
  const file = join(webHost.workspace!, 'new-dossier.json');
  const saved = JSON.parse(await readFile(file, 'utf8'));
  expect(saved.data[0]).toMatchObject({ TrangThaiHoSo: '4', NgayTiepNhan: '20240513083000', NgayHenTra: '20240527170000' });
  expect(saved.data[0].TaiLieuNop[2]).toMatchObject({ TenTepDinhKem: 'Ban-ve-thiet-ke.pdf', IsDeleted: 'False', DuocSoHoa: '0' });
  // execFile rejects on a non-zero exit: resolving is the exit code 0.
  const cli = await run(process.execPath, [join(ROOT, 'bin', 'qcvn120.mjs'), 'validate', file], { cwd: ROOT });
  expect(cli.stdout).toContain('0 lỗi, 0 cảnh báo');
});
