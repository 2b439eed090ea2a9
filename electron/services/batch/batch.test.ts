/**
 * Batch triage through the bridge contract, as the triage screen drives it: a folder of reference
 * samples (some invalid, one not JSON, one in a legacy encoding, one in a subfolder) validated
 * with progress, grouped by rule and agency, searched by field = value, reported (masked or not),
 * cancelled; exports written where the host allows; a legacy file decoded for its preview.
 */
import { build } from 'esbuild';
import { copyFile, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeLegacy } from '../../../shared/encoding';
import { builtinProfile, validateText } from '../../../shared/index';
import type { BatchView } from '../../../shared/ipc/helpdesk';
import { SAMPLES_DIR } from '../../../tests/support/reference';
import { localFileAccess, workspaceFileAccess } from '../files/access';
import { createRecentStore } from '../files/recent';
import { createServiceHandlers, type HostServices } from '../handlers/serviceHandlers';
import { dispatch, type Handlers } from '../ipc/dispatch';
import { memorySecretStore } from '../secrets/secretStore';
import { createSettingsStore } from '../settings/settingsStore';
import { createValidationService, type ValidationService } from '../validation/validationService';
import { walkFolder } from './walk';

const sample = (kind: string, file: string) => join(SAMPLES_DIR, kind, file);
const LEGACY_TEXT = '{"TenTTHC":"Cấp giấy phép xây dựng nhà ở riêng lẻ","ChuHoSo":"Nguyễn Thị Minh Hằng","TrichYeuHoSo":"Đề nghị cấp giấy phép"}';

const FOLDER: [string, string, string][] = [
  ['dossier', '01-dongbohosomc-create-online-valid.json', '01.json'],
  ['dossier', '90-invalid-date-format.json', '90.json'],
  ['dossier', '91-invalid-unknown-status.json', '91.json'],
  ['dossier', '92-invalid-missing-required.json', 'sub/92.json'],
  ['dossier', '93-invalid-cross-field.json', 'sub/deeper/93.json'],
  ['statistics', '03-dongbothongkehoso-invalid.json', 'stats.json'],
];

let dir: string;
let dataDir: string;

/** The host's validation service, with the core run in process instead of in worker threads. */
function inProcessValidation(): ValidationService {
  return {
    validate: async (_id, job) => validateText('text' in job.source ? job.source.text : '', { profile: job.profileId ? builtinProfile(job.profileId) : undefined }),
    cancel: () => false,
    close: async () => undefined,
  };
}

function services(over: Partial<HostServices> = {}): HostServices {
  return {
    host: 'electron',
    info: { name: 'QCVN 120 Packet Studio', version: '0.1.0', platform: 'linux', dataDir, specVersion: 'QCVN 120:2019/BTTTT (reference 1.0)', profiles: [] },
    settings: createSettingsStore(dataDir),
    recent: createRecentStore(dataDir),
    secrets: memorySecretStore(),
    validation: inProcessValidation(),
    access: localFileAccess(),
    takePending: () => [],
    ...over,
  };
}

async function call<T = unknown>(handlers: Handlers, channel: string, request: unknown, emit = vi.fn()): Promise<T> {
  const r = await dispatch(channel, request, handlers, { emit });
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message.en}`);
  return r.value as T;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcvn120-batch-'));
  dataDir = await mkdtemp(join(tmpdir(), 'qcvn120-batch-data-'));
  for (const [kind, file, target] of FOLDER) {
    await mkdir(join(dir, target, '..'), { recursive: true });
    await copyFile(sample(kind, file), join(dir, target));
  }
  await writeFile(join(dir, 'broken.json'), '{ "service": "DongBoHoSoMC", "data": [ }');
  // A record saved by an old system in TCVN3: not UTF-8.
  await writeFile(join(dir, 'legacy.json'), encodeLegacy(LEGACY_TEXT, 'tcvn3')!);
  // A file name carrying a citizen id, as rejected packets are often named.
  await copyFile(sample('dossier', '90-invalid-date-format.json'), join(dir, 'hoso-002190012345.json'));
  await writeFile(join(dir, 'notes.txt'), 'not a packet');
  await writeFile(join(dir, '.hidden.json'), '{}');
});

/** What validating each file on its own gives: the expectation the batch must agree with. */
async function expectedCodes(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const target of [...FOLDER.map(([, , t]) => t), 'hoso-002190012345.json']) {
    const report = validateText(await readFile(join(dir, target), 'utf8'));
    for (const i of report.issues) counts.set(i.code, (counts.get(i.code) ?? 0) + 1);
  }
  return counts;
}

describe('folder walk', () => {
  it('finds .json files recursively in name order, skips hidden entries and other extensions, and stays inside the folder', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'qcvn120-outside-'));
    await writeFile(join(outside, 'secret.json'), '{}');
    await symlink(outside, join(dir, 'link-out'));
    await symlink(dir, join(dir, 'sub', 'loop'));
    const walk = await walkFolder(dir);
    expect(walk.files.map((f) => f.relative)).toEqual(['01.json', '90.json', '91.json', 'broken.json', 'hoso-002190012345.json', 'legacy.json', 'stats.json', 'sub/92.json', 'sub/deeper/93.json']);
    expect(walk.problems).toEqual([{ relative: 'link-out', code: 'OUTSIDE' }]);
    const all = await walkFolder(dir, { extensions: [] });
    expect(all.files.map((f) => f.relative)).toContain('notes.txt');
    const capped = await walkFolder(dir, { maxFiles: 3 });
    expect(capped.files).toHaveLength(3);
    expect(capped.truncated).toBe(true);
  });
});

describe('batch triage', () => {
  it('validates a folder with progress and groups the issues by rule and agency as the files say', async () => {
    const handlers = createServiceHandlers(services());
    const emit = vi.fn();
    const view = await call<BatchView>(handlers, 'batch:run', { batchId: 'b1', source: { dir } }, emit);

    expect(view.files).toHaveLength(9);
    expect(view.summary.files).toBe(9);
    // Not JSON and not UTF-8: listed with their reason, counted as unreadable, never dropped.
    const broken = view.files.find((f) => f.name === 'broken.json')!;
    expect(broken.problem?.line).toBe(1);
    const legacy = view.files.find((f) => f.name === 'legacy.json')!;
    expect(legacy.problem?.code).toBe('files.decode');
    expect(legacy.problem?.message.en).toContain('TCVN3');
    expect(view.summary.filesUnreadable).toBe(2);
    // A syntax error is one error of its file (the engine lists it among the issues too: not counted twice).
    expect(view.summary.byCode.filter((g) => g.key.startsWith('syntax.')).map((g) => g.count)).toEqual([1]);

    // The grouped counts equal what validating each file alone reports.
    const expected = await expectedCodes();
    for (const [code, n] of expected) expect(view.summary.byCode.find((g) => g.key === code)?.count, code).toBe(n);
    // Agencies: the envelope's madonvi, or the statistics record's own Madonvi.
    const agencies = view.summary.byAgency.map((g) => g.key);
    expect(agencies).toContain('000.00.01.H22');
    const stats = JSON.parse(await readFile(join(dir, 'stats.json'), 'utf8'));
    const statAgencies = (stats.data as { Madonvi?: string }[]).map((r) => r.Madonvi).filter(Boolean);
    expect(statAgencies.some((a) => agencies.includes(a!))).toBe(true);
    // The rule × agency table adds up to the per-rule counts where both are shown.
    const m = view.matrix;
    m.codes.forEach((code, i) => expect(m.cells[i].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(view.summary.byCode.find((g) => g.key === code)!.count));

    // Progress: from 0 to every file, the last one with the grouped counts.
    const progress = emit.mock.calls.filter(([e]) => e === 'batch:progress').map(([, p]) => p);
    expect(progress[0]).toMatchObject({ done: 0, total: 9 });
    expect(progress.at(-1)).toMatchObject({ done: 9, total: 9 });
    expect(progress.at(-1).summary.files).toBe(9);

    // One rule's issues page by page; each row can be opened at its path.
    const code = view.summary.byCode[0].key;
    const page = await call<{ total: number; rows: { file: string; segments: unknown[]; path: string }[] }>(handlers, 'batch:issues', { batchId: 'b1', filter: { code }, limit: 1 });
    expect(page.total).toBe(view.summary.byCode[0].count);
    expect(page.rows).toHaveLength(1);
    // The worst record is one with errors, and "open" lands on one of its errors.
    expect(view.worst[0].errors).toBeGreaterThan(0);
  });

  it('finds every record where a field has a value, across files and folders', async () => {
    const handlers = createServiceHandlers(services());
    await call(handlers, 'batch:run', { batchId: 'b2', source: { dir } });
    const doc = JSON.parse(await readFile(join(dir, 'sub', 'deeper', '93.json'), 'utf8'));
    const maHoSo = doc.data[0].MaHoSo as string;
    const found = await call<{ total: number; hits: { name: string; record: number; path: string; maHoSo?: string }[] }>(handlers, 'batch:records', { batchId: 'b2', field: 'mahoso', value: ` ${maHoSo} ` });
    const expected = (
      await Promise.all(
        FOLDER.map(async ([, , target]) => {
          const d = JSON.parse(await readFile(join(dir, target), 'utf8'));
          return (Array.isArray(d.data) ? d.data : []).filter((r: { MaHoSo?: string }) => r.MaHoSo === maHoSo).length;
        }),
      )
    ).reduce((a, b) => a + b, 0);
    expect(found.total).toBe(expected);
    expect(found.hits.find((h) => h.name === 'sub/deeper/93.json')).toMatchObject({ record: 0, path: 'data[0]', maHoSo });
    const values = await call<{ values: { value: string; count: number }[] }>(handlers, 'batch:values', { batchId: 'b2', field: 'MaHoSo' });
    expect(values.values.find((v) => v.value === maHoSo)?.count).toBe(expected);
  });

  it('writes CSV for Excel with the versions and time, and a masked report without the citizens of the input', async () => {
    const handlers = createServiceHandlers(services());
    await call(handlers, 'batch:run', { batchId: 'b3', source: { dir } });
    const csv = await call<{ text: string; suggestedName: string; extension: string }>(handlers, 'batch:report', { batchId: 'b3', format: 'csv' });
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.extension).toBe('.csv');
    expect(csv.suggestedName).toMatch(/^bao-cao-kiem-tra-\d{8}-\d{4}\.csv$/);
    const lines = csv.text.slice(1).split('\r\n');
    expect(lines[1]).toContain('QCVN 120 Packet Studio 0.1.0');
    expect(lines[2]).toContain('QCVN 120:2019/BTTTT (reference 1.0)');
    expect(lines[3]).toContain('strict@');
    expect(lines[4]).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(lines).toContain('Tệp,Loại gói,Dịch vụ,Đơn vị (madonvi),Bản ghi,Đường dẫn,Dòng,Cột,Mức độ,Mã quy tắc,Thông báo,Tham chiếu đặc tả');

    const inputs = (await Promise.all(FOLDER.map(([, , t]) => readFile(join(dir, t), 'utf8')))).join('\n');
    const identifiers = [...new Set([...(inputs.match(/(?<!\d)(\d{12}|\d{9}|0\d{9})(?!\d)|[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []), '002190012345'])];
    expect(identifiers.length).toBeGreaterThan(2);
    for (const format of ['html', 'csv', 'json', 'junit']) {
      const masked = await call<{ text: string; suggestedName: string }>(handlers, 'batch:report', { batchId: 'b3', format, masked: true, lang: 'en' });
      expect(masked.suggestedName).toContain('-masked-');
      for (const id of identifiers) expect(masked.text, `${format} holds ${id}`).not.toContain(id);
    }
    // The same report unmasked does show them: the check above is not vacuous.
    const plain = await call<{ text: string }>(handlers, 'batch:report', { batchId: 'b3', format: 'html' });
    expect(identifiers.some((id) => plain.text.includes(id))).toBe(true);
  });

  it('stops on cancel and says what was done', async () => {
    let release: () => void = () => undefined;
    const blocked = new Promise<void>((r) => (release = r));
    let started = 0;
    const validation: ValidationService = {
      validate: async (_id, job) => {
        if (++started > 2) await blocked;
        return validateText('text' in job.source ? job.source.text : '');
      },
      cancel: () => {
        release();
        return true;
      },
      close: async () => undefined,
    };
    const handlers = createServiceHandlers(services({ validation }));
    const emit = vi.fn();
    const running = call<BatchView>(handlers, 'batch:run', { batchId: 'b4', source: { dir } }, emit);
    await vi.waitFor(() => expect(started).toBeGreaterThan(2));
    expect(await call(handlers, 'batch:cancel', { batchId: 'b4' })).toEqual({ cancelled: true });
    const view = await running;
    expect(view.cancelled).toBe(true);
    expect(view.pending).toBeGreaterThan(0);
    expect(view.files.length + view.pending).toBe(9);
    expect(await call(handlers, 'batch:cancel', { batchId: 'b4' })).toEqual({ cancelled: false });
  });

  it('validates files named one by one and texts the browser uploaded; an empty folder is a clear error', async () => {
    const handlers = createServiceHandlers(services());
    const view = await call<BatchView>(handlers, 'batch:run', { batchId: 'b5', source: { paths: [join(dir, '01.json'), join(dir, 'missing.json')] } });
    expect(view.files.map((f) => [f.valid, f.problem?.code])).toEqual([
      [true, undefined],
      [false, 'files.not-found'],
    ]);
    const uploaded = await call<BatchView>(handlers, 'batch:run', {
      batchId: 'b6',
      source: { files: [{ name: 'a/93.json', size: 10, text: await readFile(join(dir, 'sub', 'deeper', '93.json'), 'utf8') }, { name: 'a/bad.json', size: 3, failure: { code: 'files.decode', message: { vi: 'x', en: 'x' } } }] },
    });
    expect(uploaded.files.map((f) => f.name)).toEqual(['a/93.json', 'a/bad.json']);
    expect(uploaded.files[0].agency).toBe('000.00.01.H22');
    const empty = await mkdtemp(join(tmpdir(), 'qcvn120-empty-'));
    const r = await dispatch('batch:run', { batchId: 'b7', source: { dir: empty } }, handlers, { emit: vi.fn() });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'batch.empty' });
    const gone = await dispatch('batch:issues', { batchId: 'nope' }, handlers, { emit: vi.fn() });
    expect(!gone.ok && gone.error.code).toBe('batch.not-found');
  });

  it('in the web host, walks only inside the workspace and saves exports there', async () => {
    const ws = await workspaceFileAccess(dir);
    const handlers = createServiceHandlers(services({ host: 'web', access: ws, workspace: { name: 'cases', resolveDir: ws.resolveDir } }));
    const view = await call<BatchView>(handlers, 'batch:run', { batchId: 'w1', source: { dir: 'sub' } });
    expect(view.root).toBe('sub');
    // Names inside the batch are relative to the walked folder; files keep the workspace path to open them.
    expect(view.files.map((f) => [f.name, f.file])).toEqual([
      ['92.json', 'sub/92.json'],
      ['deeper/93.json', 'sub/deeper/93.json'],
    ]);
    const outside = await dispatch('batch:run', { batchId: 'w2', source: { dir: '../' } }, handlers, { emit: vi.fn() });
    expect(!outside.ok && outside.error.code).toBe('files.not-allowed');
    const saved = await call<{ path: string }>(handlers, 'exports:save', { suggestedName: 'r.html', text: '<p>Báo cáo</p>', path: 'reports-r.html' });
    expect(saved.path).toBe('reports-r.html');
    expect(await readFile(join(dir, 'reports-r.html'), 'utf8')).toBe('<p>Báo cáo</p>');
    const pdf = await dispatch('exports:pdf', { suggestedName: 'r.pdf', html: '<p/>' }, handlers, { emit: vi.fn() });
    expect(!pdf.ok && pdf.error.message.en).toMatch(/Save as PDF/);
  });

  it('uses the Electron dialogs for exports and PDF when they exist', async () => {
    const target = join(dir, 'out.pdf');
    const helpdesk = { pickFolder: vi.fn(async () => dir), saveDialog: vi.fn(async () => target), printToPdf: vi.fn(async () => new Uint8Array([37, 80, 68, 70])) };
    const handlers = createServiceHandlers(services({ helpdesk }));
    expect(await call(handlers, 'batch:pickFolder', {})).toEqual({ path: dir });
    const pdf = await call<{ path: string; size: number }>(handlers, 'exports:pdf', { suggestedName: 'r.pdf', html: '<p>x</p>' });
    expect(pdf).toMatchObject({ path: target, size: 4 });
    expect(helpdesk.printToPdf).toHaveBeenCalledWith('<p>x</p>');
    expect((await readFile(target)).toString('latin1')).toBe('%PDF');
    helpdesk.saveDialog.mockResolvedValueOnce(null as unknown as string);
    expect(await call(handlers, 'exports:save', { suggestedName: 'a.csv', text: 'x' })).toBeNull();
  });
});

describe('batches in worker threads', () => {
  it('validates chunks of files per worker job, with the same results as one by one, and stops on cancel', async () => {
    const workerPath = join(await mkdtemp(join(tmpdir(), 'qcvn120-batch-worker-')), 'validate-worker.mjs');
    await build({ entryPoints: [join(import.meta.dirname, '..', 'validation', 'validateWorker.ts')], outfile: workerPath, bundle: true, platform: 'node', format: 'esm', mainFields: ['module', 'main'], logLevel: 'error' });
    const validation = createValidationService({ workerPath, maxConcurrent: 2 });
    const jobs: number[] = [];
    const counting: ValidationService = {
      validate: (id, job, p) => validation.validate(id, job, p),
      validateItems: (id, items, profileId, onItem) => {
        jobs.push(items.length);
        return validation.validateItems!(id, items, profileId, onItem);
      },
      cancel: (id) => validation.cancel(id),
      close: () => validation.close(),
    };
    try {
      // Twenty-four more packets, so that chunks are worth it.
      for (let i = 0; i < 24; i++) await copyFile(sample('dossier', '93-invalid-cross-field.json'), join(dir, 'sub', `copy-${String(i).padStart(2, '0')}.json`));
      const workers = createServiceHandlers(services({ validation: counting }));
      const emit = vi.fn();
      const view = await call<BatchView>(workers, 'batch:run', { batchId: 'w', source: { dir } }, emit);
      const alone = await call<BatchView>(createServiceHandlers(services()), 'batch:run', { batchId: 'a', source: { dir } });
      expect(view.files.length).toBe(33);
      expect(view.summary).toEqual(alone.summary);
      expect(view.files.map((f) => [f.name, f.counts])).toEqual(alone.files.map((f) => [f.name, f.counts]));
      // Fewer worker jobs than files (each job starts one worker thread).
      expect(jobs.length).toBeGreaterThan(1);
      expect(jobs.length).toBeLessThan(view.files.length / 2);
      expect(emit.mock.calls.at(-1)![1]).toMatchObject({ done: 33, total: 33 });

      // Stop as soon as the first file is reported: the worker threads in flight are ended.
      const stopOnFirst = vi.fn((_event: string, p: { done: number }) => {
        if (p.done === 1) void call(workers, 'batch:cancel', { batchId: 'c' });
      });
      const stopped = await call<BatchView>(workers, 'batch:run', { batchId: 'c', source: { dir } }, stopOnFirst);
      expect(stopped.cancelled).toBe(true);
      expect(stopped.pending).toBeGreaterThan(0);
      expect(stopped.files.length + stopped.pending).toBe(33);
    } finally {
      await validation.close();
    }
  }, 60_000);

  it('checks the files of a failed chunk one by one, so the failure lands on the file at fault', async () => {
    const validation: ValidationService = {
      ...inProcessValidation(),
      validateItems: async (_id, items, _p, onItem) => {
        onItem(0, validateText(items[0]));
        throw new Error('worker crashed');
      },
    };
    const view = await call<BatchView>(createServiceHandlers(services({ validation })), 'batch:run', { batchId: 'f', source: { dir } });
    const alone = await call<BatchView>(createServiceHandlers(services()), 'batch:run', { batchId: 'g', source: { dir } });
    expect(view.summary).toEqual(alone.summary);
  });
});

describe('legacy encodings', () => {
  it('reads a TCVN3 file in the suspected encoding for the preview, or in the one the user picks, and says when no conversion is needed', async () => {
    const handlers = createServiceHandlers(services());
    const r = await call<{ suspected?: string; encoding: string; text: string }>(handlers, 'helpdesk:readLegacy', { path: join(dir, 'legacy.json') });
    expect(r).toMatchObject({ suspected: 'tcvn3', encoding: 'tcvn3', text: LEGACY_TEXT });
    const picked = await call<{ suspected?: string; encoding: string; text: string }>(handlers, 'helpdesk:readLegacy', { path: join(dir, 'legacy.json'), encoding: 'vni' });
    expect(picked).toMatchObject({ suspected: 'tcvn3', encoding: 'vni' });
    expect(picked.text).not.toBe(LEGACY_TEXT);
    const utf8 = await dispatch('helpdesk:readLegacy', { path: join(dir, '01.json') }, handlers, { emit: vi.fn() });
    expect(!utf8.ok && utf8.error.code).toBe('legacy.not-needed');
  });
});
