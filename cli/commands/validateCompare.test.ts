/**
 * `qcvn120 validate --profile A --compare-profile B` as a helpdesk lead's script uses it before a
 * changed portal guide is adopted: per file the verdict under each profile and the issues that
 * appear, disappear or change severity, in text (Vietnamese first, --lang en) and in the JSON
 * contract; the exit code of B; folders, unreadable files, imported profiles by id, refusals.
 * The dispatcher runs in this process on the real sample files.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProfileStore } from '../../electron/services/profiles/profileStore';
import { SAMPLES_DIR } from '../../tests/support/reference';
import { runCliOnDisk } from '../testing';

// Email, SoDienThoai, TrichYeuHoSo (M*) absent, NgayHenTra (M*) "": four warnings under strict.
const LEGACY = join(SAMPLES_DIR, 'dossier', '05-dongbohosomc-minimal-legacy-valid.json');
// Every field filled: nothing under strict, nothing the guide below changes.
const VALID = join(SAMPLES_DIR, 'dossier', '01-dongbohosomc-create-online-valid.json');

/** A province's new guide: Email and Fax required (M), the empty-field check switched off. */
const GUIDE = {
  id: 'tinh-thu',
  name: { vi: 'Tỉnh thử', en: 'Test province' },
  version: '2026.2',
  fields: { 'dossier.record': { Email: { required: 'M' }, Fax: { required: 'M' } } },
  rules: { 'required.empty': 'off' },
};

let tmp = '';
let guideFile = '';
let dataDir = '';

const cli = (args: string[], lang: 'vi' | 'en' = 'en') => runCliOnDisk(args, lang);

interface JsonIssue {
  path: string;
  code: string;
  severity: string;
  message: string;
  line: number;
  column: number;
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'qcvn120-cli-compare-'));
  guideFile = join(tmp, 'huong-dan-moi.json');
  await writeFile(guideFile, JSON.stringify(GUIDE, null, 2));
  dataDir = join(tmp, 'data');
  await createProfileStore(dataDir).importText(JSON.stringify(GUIDE), 'tinh-thu.json');
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('qcvn120 validate --compare-profile', () => {
  it('prints one JSON document: both profiles, each verdict, the new, gone and re-graded issues', async () => {
    const r = await cli(['validate', '--format', 'json', '--compare-profile', guideFile, LEGACY, VALID]);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['profiles', 'files']);
    expect(doc.profiles.a.id).toBe('strict');
    expect(doc.profiles.b).toEqual({ id: 'tinh-thu', version: '2026.2' });
    const [legacy, valid] = doc.files;
    expect(Object.keys(legacy).sort()).toEqual(['a', 'b', 'changed', 'file', 'kind', 'onlyA', 'onlyB']);
    expect(legacy).toMatchObject({ file: LEGACY, kind: 'dossier', a: { valid: true, errors: 0, warnings: 4 }, b: { valid: false, errors: 2, warnings: 2 } });
    // Fax (O, dossier.md §2.1 row 14) becomes required: new. The empty NgayHenTra: no longer reported.
    expect(legacy.onlyB.map((i: JsonIssue) => `${i.code} ${i.path} ${i.severity}`)).toEqual(['required.missing data[0].Fax error']);
    expect(legacy.onlyA.map((i: JsonIssue) => `${i.code} ${i.path} ${i.severity}`)).toEqual(['required.empty data[0].NgayHenTra warning']);
    for (const i of [...legacy.onlyA, ...legacy.onlyB]) expect(Object.keys(i).sort()).toEqual(['code', 'column', 'line', 'message', 'path', 'severity']);
    // Email, M* (row 13), was a warning; M under the guide, an error.
    expect(legacy.changed).toHaveLength(1);
    expect(legacy.changed[0]).toMatchObject({ path: 'data[0].Email', code: 'required.missing', a: 'warning', b: 'error' });
    expect(legacy.changed[0].message).toContain('Email');
    // A missing field is located at its record's opening brace.
    const text = (await readFile(LEGACY, 'utf8')).split('\n');
    expect(text[legacy.changed[0].line - 1].slice(legacy.changed[0].column - 1).startsWith('{')).toBe(true);
    expect(valid).toMatchObject({ a: { valid: true, errors: 0 }, b: { valid: true, errors: 0 }, onlyA: [], onlyB: [], changed: [] });
    // The legacy file is invalid under B, the profile being adopted.
    expect(r.code).toBe(1);
  });

  it('exits as validate does under B: adopting strict after the guide exits 0', async () => {
    const r = await cli(['validate', '--format', 'json', '--profile', guideFile, '--compare-profile', 'strict', LEGACY]);
    expect(r.code).toBe(0);
    const f = JSON.parse(r.stdout).files[0];
    expect(f.a.valid).toBe(false);
    expect(f.b.valid).toBe(true);
    expect(f.changed[0]).toMatchObject({ path: 'data[0].Email', a: 'error', b: 'warning' });
  });

  it('prints text in Vietnamese by default and in English with --lang en', async () => {
    const vi = await cli(['validate', '--compare-profile', guideFile, LEGACY], 'vi');
    expect(vi.code).toBe(1);
    expect(vi.stdout).toContain('A = strict');
    expect(vi.stdout).toContain('B = tinh-thu 2026.2');
    expect(vi.stdout).toContain(`${LEGACY}: HỢP LỆ → KHÔNG HỢP LỆ`);
    expect(vi.stdout).toMatch(/^ {2}\+ .*:\d+:\d+ lỗi data\[0\]\.Fax required\.missing: /m);
    expect(vi.stdout).toMatch(/^ {2}− .*:\d+:\d+ cảnh báo data\[0\]\.NgayHenTra required\.empty: /m);
    expect(vi.stdout).toMatch(/^ {2}~ .*:\d+:\d+ cảnh báo → lỗi data\[0\]\.Email required\.missing: /m);
    expect(vi.stdout).toContain('1 vấn đề mới, 1 không còn, 1 đổi mức');
    const en = await cli(['validate', '--compare-profile', guideFile, LEGACY, VALID]);
    expect(en.stdout).toContain(`${LEGACY}: VALID → INVALID`);
    expect(en.stdout).toMatch(/^ {2}~ .* warning → error data\[0\]\.Email required\.missing: Field Email/m);
    expect(en.stdout).toContain(`${VALID}: VALID`);
    expect(en.stdout).toContain('(no difference)');
    expect(en.stdout).toContain('Total: 2 files; 1 go from valid to invalid');
  });

  it('walks a folder, and an unreadable file is listed with its reason and exits 2', async () => {
    const folder = join(tmp, 'ho-so');
    await mkdir(join(folder, 'con'), { recursive: true });
    await copyFile(LEGACY, join(folder, 'a.json'));
    await copyFile(VALID, join(folder, 'con', 'b.json'));
    const r = await cli(['validate', '--format', 'json', '--compare-profile', guideFile, folder, join(tmp, 'khong-co.json')]);
    expect(r.code).toBe(2);
    const files = JSON.parse(r.stdout).files;
    expect(files.map((f: { file: string }) => f.file)).toEqual([`${folder}/a.json`, `${folder}/con/b.json`, join(tmp, 'khong-co.json')]);
    expect(files[2]).toMatchObject({ kind: null });
    expect(files[2].error).toContain('no such file');
  });

  it('takes a profile imported in the app by its id (--data-dir)', async () => {
    const r = await cli(['validate', '--format', 'json', '--data-dir', dataDir, '--profile', 'lenient', '--compare-profile', 'tinh-thu', LEGACY]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.profiles).toMatchObject({ a: { id: 'lenient' }, b: { id: 'tinh-thu', version: '2026.2' } });
    // lenient does not report M* fields at all, so under the guide the two M fields are new errors
    // and the two remaining M* fields new warnings.
    expect(doc.files[0].onlyB.map((i: JsonIssue) => `${i.path} ${i.severity}`).sort()).toEqual([
      'data[0].Email error',
      'data[0].Fax error',
      'data[0].SoDienThoai warning',
      'data[0].TrichYeuHoSo warning',
    ]);
  });

  it('refuses what it cannot compare with exit 2: --report, junit, an unknown profile', async () => {
    const report = await cli(['validate', '--report', 'html', '--compare-profile', guideFile, LEGACY]);
    expect(report.code).toBe(2);
    expect(report.stderr).toContain('--compare-profile');
    expect((await cli(['validate', '--format', 'junit', '--compare-profile', 'lenient', LEGACY])).code).toBe(2);
    const unknown = await cli(['validate', '--compare-profile', 'tinh-khac', '--data-dir', dataDir, LEGACY]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"tinh-khac"');
    expect(unknown.stdout).toBe('');
  });

  it('is in the command help in both languages', async () => {
    const vi = await cli(['validate', '--help'], 'vi');
    const en = await cli(['validate', '--help']);
    expect(vi.stdout).toMatch(/--compare-profile B +so sánh kết quả/);
    expect(en.stdout).toMatch(/--compare-profile B +compare the results/);
  });
});
