/**
 * `--profile P` in every form a helpdesk script uses: a built-in name, a profile file's path, the
 * id of a profile imported in the app's data folder (`--data-dir`, `QCVN120_DATA_DIR`), and the
 * refusals (exit 2) of an unknown name, a broken file and a corrupt imported file, each located.
 * The dispatcher runs in this process on the real files (tests/cli.test.ts spawns the bundle).
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createProfileStore } from '../electron/services/profiles/profileStore';
import { SAMPLES_DIR } from '../tests/support/reference';
import { runCliOnDisk } from './testing';

// Email, SoDienThoai, TrichYeuHoSo missing and NgayHenTra empty: M* fields, warnings in strict, off in lenient.
const LEGACY = join(SAMPLES_DIR, 'dossier', '05-dongbohosomc-minimal-legacy-valid.json');

/** A user profile: Email required (M), the empty-field check (required.empty) turned off. */
const PROFILE = {
  id: 'tinh-thu',
  name: { vi: 'Tỉnh thử', en: 'Test province' },
  version: '2026.2',
  fields: { 'dossier.record': { Email: { required: 'M' } } },
  rules: { 'required.empty': 'off' },
};

let tmp = '';
let dataDir = '';

const cli = (args: string[]) => runCliOnDisk(args);

/** The issues `validate --format json` reports for the legacy sample, as `code path severity`. */
async function issuesWith(...profileArgs: string[]) {
  const r = await cli(['validate', '--format', 'json', ...profileArgs, LEGACY]);
  expect(r.stderr).toBe('');
  const file = JSON.parse(r.stdout).files[0] as { issues: { code: string; path: string; severity: string }[] };
  return { code: r.code, issues: file.issues.map((i) => `${i.code} ${i.path} ${i.severity}`) };
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'qcvn120-cli-profile-'));
  dataDir = join(tmp, 'data');
  // Imported the way the app imports it, so the CLI reads the very folder the hosts write.
  await createProfileStore(dataDir).importText(JSON.stringify(PROFILE, null, 2), 'tinh-thu.json');
});

afterEach(() => {
  vi.unstubAllEnvs();
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('qcvn120 validate --profile', () => {
  it('strict (the default) warns about the M* fields; lenient does not report them', async () => {
    const strict = await issuesWith('--profile', 'strict');
    expect(strict.code).toBe(0);
    expect(strict.issues).toContain('required.missing data[0].Email warning');
    expect(strict.issues).toContain('required.empty data[0].NgayHenTra warning');
    expect((await issuesWith()).issues).toEqual(strict.issues);
    const lenient = await issuesWith('--profile', 'lenient');
    expect(lenient).toEqual({ code: 0, issues: [] });
  });

  it('applies a profile file given by its path', async () => {
    const file = join(tmp, 'tinh-thu.json');
    await writeFile(file, JSON.stringify(PROFILE));
    const r = await issuesWith('--profile', file);
    // Email made M is an error (exit 1); required.empty switched off is not reported.
    expect(r.code).toBe(1);
    expect(r.issues).toContain('required.missing data[0].Email error');
    expect(r.issues.filter((i) => i.startsWith('required.empty'))).toEqual([]);
    expect(r.issues).toContain('required.missing data[0].SoDienThoai warning');
  });

  it('applies a profile imported in the app by its id, from --data-dir or QCVN120_DATA_DIR', async () => {
    const byFlag = await issuesWith('--profile', 'tinh-thu', '--data-dir', dataDir);
    expect(byFlag.code).toBe(1);
    expect(byFlag.issues).toContain('required.missing data[0].Email error');
    expect(byFlag.issues.filter((i) => i.startsWith('required.empty'))).toEqual([]);
    vi.stubEnv('QCVN120_DATA_DIR', dataDir);
    expect(await issuesWith('--profile', 'TINH-THU')).toEqual(byFlag);
    // The text report names the profile and its version.
    const text = await cli(['validate', '--profile', 'tinh-thu', LEGACY]);
    expect(text.stdout).toMatch(/tinh-thu.*2026\.2|2026\.2.*tinh-thu/);
  });

  it('refuses an unknown name with exit 2, naming the folder it looked in and what is there', async () => {
    const r = await cli(['validate', '--profile', 'tinh-khac', '--data-dir', dataDir, LEGACY]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('There is no profile "tinh-khac"');
    expect(r.stderr).toContain('strict, lenient, tinh-thu');
    expect(r.stderr).toContain(join(dataDir, 'profiles'));
  });

  it('refuses a broken profile file with exit 2 and file:line:column of each problem', async () => {
    const broken = join(tmp, 'broken.json');
    await writeFile(broken, '{\n  "name": "Hỏng",\n  "version": "1",\n  "rules": { "required.missing": "fatal" }\n}');
    const r = await cli(['validate', '--profile', broken, LEGACY]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`${broken.replace(/[.\\]/g, '\\$&')}:4:\\d+ rules\\.required\\.missing: `));
    const schema = await cli(['schema', 'dossier', '--profile', broken]);
    expect(schema.code).toBe(2);
    expect(schema.stderr).toContain(`${broken}:4:`);
  });

  it('reports a corrupt imported file with its location and leaves it where it is', async () => {
    const other = join(tmp, 'other-data');
    await mkdir(join(other, 'profiles'), { recursive: true });
    await writeFile(join(other, 'profiles', 'hong.json'), '{\n  "id": "hong",\n  "name": "Hỏng",\n  "version": 1\n}');
    const r = await cli(['validate', '--profile', 'hong', '--data-dir', other, LEGACY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('profiles/hong.json:4:');
    // The command line only reads the data folder: the app sets the file aside, not the CLI.
    expect(await readdir(join(other, 'profiles'))).toEqual(['hong.json']);
  });

  it('schema follows an imported profile: the field it makes required is required', async () => {
    const r = await cli(['schema', 'DongBoHoSoMC', '--form', 'record', '--profile', 'tinh-thu', '--data-dir', dataDir]);
    expect(r.code, r.stderr).toBe(0);
    const plain = await cli(['schema', 'DongBoHoSoMC', '--form', 'record']);
    expect(JSON.parse(r.stdout).required).toContain('Email');
    expect(JSON.parse(plain.stdout).required).not.toContain('Email');
  });
});
