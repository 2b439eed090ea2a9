/**
 * The host's validation worker, built from source for the test (worker threads run JavaScript,
 * not TypeScript), driven through the service both hosts use.
 */
import { build } from 'esbuild';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createValidationService, type ValidationService } from './validationService';
import { SAMPLES_DIR } from '../../../tests/support/reference';

const SAMPLES = SAMPLES_DIR;
let dir: string;
let service: ValidationService;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcvn120-worker-'));
  const workerPath = join(dir, 'validate-worker.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'validateWorker.ts')],
    outfile: workerPath,
    bundle: true,
    platform: 'node',
    format: 'esm',
    mainFields: ['module', 'main'],
    logLevel: 'error',
  });
  service = createValidationService({ workerPath, maxConcurrent: 1 });
}, 60_000);

afterAll(async () => {
  await service.close();
});

describe('validation service (Node worker)', () => {
  it('validates a file by path off the main thread, with its kind and located issues', async () => {
    const path = join(SAMPLES, 'dossier', '92-invalid-missing-required.json');
    const report = await service.validate('j1', { source: { path, displayPath: path } }, () => undefined);
    expect(report.kind).toBe('dossier');
    expect(report.counts.error).toBe(2);
    const empty = report.issues.find((i) => i.path === 'data[0].MaTTHC');
    expect(empty?.range).toMatchObject({ line: 8, column: 17 });
  });

  it('validates text and reports progress up to the end', async () => {
    const text = await readFile(join(SAMPLES, 'statistics', '02-dongbothongkehoso-valid-multi.json'), 'utf8');
    const fractions: number[] = [];
    const report = await service.validate('j2', { source: { text }, profileId: 'lenient' }, (f) => fractions.push(f));
    expect(report.valid).toBe(true);
    expect(report.profile.id).toBe('lenient');
    expect(fractions.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= fractions[i - 1]))).toBe(true);
  });

  it('applies a user profile sent with its definition, and refuses an unknown profile instead of checking as strict', async () => {
    const path = join(SAMPLES, 'dossier', '93-invalid-cross-field.json');
    const record = JSON.parse(await readFile(path, 'utf8'));
    delete record.data[0].Email;
    const text = JSON.stringify(record, null, 2);
    const definition = JSON.stringify({ id: 'hg', name: 'Hà Giang', version: '3', fields: { 'dossier.record': { Email: { required: 'M' } } }, rules: { 'dossier.deadline-before-receipt': 'off' } });
    const strict = await service.validate('p0', { source: { text } }, () => undefined);
    const issue = (r: typeof strict, p: string) => r.issues.find((i) => i.path === p);
    expect(issue(strict, 'data[0].Email')?.severity).toBe('warning');
    expect(issue(strict, 'data[0].NgayHenTra')?.code).toBe('dossier.deadline-before-receipt');
    const report = await service.validate('p1', { source: { text }, profile: { id: 'hg', version: '3', definition, source: 'profiles/hg.json' } }, () => undefined);
    expect(report.profile).toEqual({ id: 'hg', version: '3' });
    expect(issue(report, 'data[0].Email')).toMatchObject({ severity: 'error', code: 'required.missing' });
    expect(issue(report, 'data[0].NgayHenTra')).toBeUndefined();
    const seen: string[] = [];
    await service.validateItems!('p2', [text, text], { id: 'hg', version: '3', definition }, (_, r) => seen.push(`${r.profile.id} ${r.counts.error}`));
    expect(seen).toEqual([`hg ${report.counts.error}`, `hg ${report.counts.error}`]);
    await expect(service.validate('p3', { source: { text }, profileId: 'hg' }, () => undefined)).rejects.toMatchObject({ code: 'profiles.unknown' });
  });

  it('refuses a legacy-encoded file with a message naming it', async () => {
    const path = join(dir, 'legacy.json');
    await writeFile(path, Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0x48, 0xf4, 0xcc, 0x22, 0x7d]));
    await expect(service.validate('j3', { source: { path, displayPath: 'legacy.json' } }, () => undefined)).rejects.toMatchObject({
      code: 'files.decode',
      localized: { vi: expect.stringContaining('legacy.json') },
    });
  });

  it('cancels a queued or running job at once', async () => {
    const text = `[${Array.from({ length: 20000 }, (_, i) => `{"MaHoSo":"X-${i}"}`).join(',')}]`;
    const running = service.validate('big', { source: { text } }, () => undefined);
    const queued = service.validate('next', { source: { text: '{}' } }, () => undefined);
    expect(service.cancel('next')).toBe(true);
    expect(service.cancel('big')).toBe(true);
    await expect(running).rejects.toMatchObject({ code: 'documents.cancelled' });
    await expect(queued).rejects.toMatchObject({ code: 'documents.cancelled' });
    expect(service.cancel('unknown')).toBe(false);
  });
});
