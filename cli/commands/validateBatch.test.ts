/**
 * `qcvn120 validate DIR --report …` as a helpdesk script uses it: the built command spawned on a
 * folder of reference samples (nested, one file not JSON, one in a legacy encoding); the report
 * groups exactly as the app's triage screen does, states its versions, masks on request, and
 * the single-file contract (exit codes, usage errors) holds.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { encodeLegacy } from '../../shared/encoding';
import { validateText } from '../../shared/index';
import type { BatchView } from '../../shared/ipc/helpdesk';
import { SAMPLES_DIR } from '../../tests/support/reference';
import { createHelpdeskHandlers } from '../../electron/services/batch/handlers';
import { localFileAccess } from '../../electron/services/files/access';
import type { HostServices } from '../../electron/services/handlers/serviceHandlers';
import { dispatch } from '../../electron/services/ipc/dispatch';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'qcvn120.mjs');
let dir = '';
let out = '';

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const FILES: [string, string, string][] = [
  ['dossier', '01-dongbohosomc-create-online-valid.json', 'a/01.json'],
  ['dossier', '90-invalid-date-format.json', 'a/90.json'],
  ['dossier', '93-invalid-cross-field.json', 'b/c/93.json'],
  ['statistics', '03-dongbothongkehoso-invalid.json', 'stats.json'],
  ['qa', '04-dongboketquahoidapguitudvcqg-invalid.json', 'qa.json'],
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcvn120-cli-batch-'));
  out = await mkdtemp(join(tmpdir(), 'qcvn120-cli-batch-out-'));
  for (const [kind, file, target] of FILES) {
    await mkdir(join(dir, target, '..'), { recursive: true });
    await copyFile(join(SAMPLES_DIR, kind, file), join(dir, target));
  }
  await writeFile(join(dir, 'a', 'not-json.json'), '{ "service": ');
  await writeFile(join(dir, 'a', 'notes.txt'), 'ignored: not .json');
  // Builds the bundle once if it is missing or stale.
  expect(run(['--version']).code).toBe(0);
}, 120_000);

describe('qcvn120 validate DIR', () => {
  it('walks the folder recursively and keeps the exit codes of the single-file command', () => {
    const r = run(['validate', '--format', 'json', dir]);
    expect(r.code).toBe(1);
    const files = (JSON.parse(r.stdout).files as { file: string }[]).map((f) => f.file);
    // A folder's own files first, then its subfolders, each in name order (walk.ts).
    expect(files).toEqual(['qa.json', 'stats.json', 'a/01.json', 'a/90.json', 'a/not-json.json', 'b/c/93.json'].map((f) => `${dir}/${f}`));
    expect(run(['validate', join(dir, 'a', '01.json')]).code).toBe(0);
  });

  it('--report json groups exactly like the triage screen of the app', async () => {
    const target = join(out, 'report.json');
    const r = run(['validate', dir, '--report', 'json', '-o', target]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(target);
    const report = JSON.parse(await readFile(target, 'utf8'));
    expect(report).toMatchObject({ format: 'qcvn120-validation-report', masked: false });
    expect(report.app.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(report.specVersion).toContain('QCVN 120:2019/BTTTT');

    // The same folder through the app's batch handlers (the core in process instead of worker threads).
    const s = {
      host: 'electron',
      info: { name: 'x', version: '0', platform: 'linux', dataDir: out, specVersion: 'x', profiles: [] },
      access: localFileAccess(),
      validation: { validate: async (_id: string, job: { source: { text?: string } }) => validateText(job.source.text ?? ''), cancel: () => false, close: async () => undefined },
    } as unknown as HostServices;
    const app = await dispatch('batch:run', { batchId: 'same', source: { dir } }, createHelpdeskHandlers(s) as never, { emit: vi.fn() });
    expect(app.ok).toBe(true);
    const view = (app as { value: BatchView }).value;
    for (const key of ['byCode', 'byAgency', 'byKind', 'byService'] as const) {
      const strip = (g: { key: string; count: number; bySeverity: unknown }[]) => g.map(({ key, count, bySeverity }) => ({ key, count, bySeverity }));
      expect(strip(report.summary[key]), key).toEqual(strip(view.summary[key]));
    }
    expect(report.summary.filesUnreadable).toBe(1);
  });

  it('--report csv opens in Excel: BOM, versions preamble, one row per issue', () => {
    const r = run(['validate', dir, '--report', 'csv', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout.charCodeAt(0)).toBe(0xfeff);
    const lines = r.stdout.slice(1).split('\r\n');
    expect(lines[0]).toBe('QCVN 120 packet validation report');
    expect(lines[3]).toMatch(/^Validation profile,strict@/);
    expect(lines[4]).toMatch(/^Generated \(Vietnam time\),\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    const header = lines.indexOf('File,Kind,Service,Agency (madonvi),Record,Path,Line,Column,Severity,Code,Message,Spec reference');
    expect(header).toBeGreaterThan(0);
    const json = JSON.parse(run(['validate', dir, '--format', 'json']).stdout) as { files: { issues: unknown[]; error?: string }[] };
    // One row per issue (the syntax error of the file that is not JSON among them, once).
    const issues = json.files.reduce((n, f) => n + f.issues.length, 0);
    expect(lines.slice(header + 1).filter(Boolean)).toHaveLength(issues);
    expect(lines.filter((l) => l.includes('a/not-json.json'))).toHaveLength(1);
  });

  it('--report html --mask leaves no id, phone or e-mail of the input in the file', async () => {
    const inputs = (await Promise.all(FILES.map(([, , t]) => readFile(join(dir, t), 'utf8')))).join('\n');
    const ids = [...new Set(inputs.match(/(?<!\d)(\d{12}|\d{9}|0\d{9})(?!\d)|[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? [])];
    expect(ids.length).toBeGreaterThan(2);
    const named = join(out, 'hoso-002190012345');
    await mkdir(named, { recursive: true });
    await copyFile(join(dir, 'b', 'c', '93.json'), join(named, '093-0912345678.json'));
    const plain = run(['validate', named, '--report', 'html']);
    expect(plain.stdout).toContain('0912345678');
    const masked = run(['validate', named, '--report', 'html', '--mask']);
    expect(masked.code).toBe(1);
    for (const id of [...ids, '002190012345']) expect(masked.stdout).not.toContain(id);
    expect(masked.stdout).toContain('Dữ liệu cá nhân đã được che');
  });

  it('lists a legacy-encoded file with its reason and exits 2; usage errors exit 2', async () => {
    const legacy = await mkdtemp(join(tmpdir(), 'qcvn120-cli-legacy-'));
    await copyFile(join(dir, 'a', '01.json'), join(legacy, 'ok.json'));
    await writeFile(join(legacy, 'vni.json'), encodeLegacy('{"ChuHoSo":"Nguyễn Thị Minh Hằng","TenTTHC":"Cấp giấy phép xây dựng"}', 'vni')!);
    const r = run(['validate', legacy, '--report', 'junit']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('vni.json');
    expect(r.stdout).toContain('VNI');
    expect(run(['validate', dir, '--mask']).code).toBe(2);
    expect(run(['validate', dir, '--report', 'html', '--format', 'json']).code).toBe(2);
    expect(run(['validate', dir, '--report', 'pdf']).code).toBe(2);
    const empty = await mkdtemp(join(tmpdir(), 'qcvn120-cli-empty-'));
    const none = run(['--lang', 'en', 'validate', empty]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('There is no .json file');
  });
});
