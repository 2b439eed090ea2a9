/**
 * The real document worker (document.worker.ts, run in this thread behind a stand-in Worker)
 * validating with a user profile the host listed: the profile travels with its definition, so a
 * field the profile makes `M` is an error and a rule it turns off is not reported — on typing, on
 * opening, and for a large document held by the worker.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ProfileEntry } from '../../shared/ipc/profiles';
import type { ValidationReport } from '../../shared/validate/report';
import { template } from '../../shared/index';
import { setUserProfiles } from '../features/document/profiles';
import { BackgroundValidator, openInWorker } from './client';
import type { WorkerReply, WorkerRequest } from './protocol';

const scope = { postMessage: (_m: WorkerReply) => undefined, onmessage: null as ((e: MessageEvent<WorkerRequest>) => void) | null };
let current: { onmessage: ((e: MessageEvent<WorkerReply>) => void) | null } | undefined;

/** A Worker whose messages go to the real worker module in this thread (one live at a time, as in these tests). */
function bridgedWorker(): Worker {
  const worker = {
    onmessage: null as ((e: MessageEvent<WorkerReply>) => void) | null,
    onerror: null,
    terminate: vi.fn(),
    postMessage: (request: WorkerRequest) => {
      current = worker;
      // Structured clone, as postMessage does: the worker never shares objects with the page.
      queueMicrotask(() => scope.onmessage?.({ data: structuredClone(request) } as MessageEvent<WorkerRequest>));
    },
  };
  return worker as unknown as Worker;
}

const definition = JSON.stringify({
  id: 'ha-giang',
  name: { vi: 'Hà Giang', en: 'Ha Giang' },
  version: '2026.2',
  fields: { 'dossier.record': { Email: { required: 'M' } } },
  rules: { 'dossier.deadline-before-receipt': 'off' },
});
const entry: ProfileEntry = { id: 'ha-giang', version: '2026.2', name: { vi: 'Hà Giang', en: 'Ha Giang' }, base: 'strict', builtIn: false, source: 'profiles/ha-giang.json', definition };

// The dossier template without its Email (an M* field), due back before it was received (a firm rule).
const packet = template('dossier') as { data: Record<string, unknown>[] };
delete packet.data[0].Email;
packet.data[0].NgayHenTra = '20000101000000';
const text = JSON.stringify(packet, null, 2);

const at = (r: ValidationReport, path: string) => r.issues.filter((i) => i.path === path).map((i) => `${i.severity} ${i.code}`);
const callbacks = { onProgress: () => undefined, onOpened: () => undefined };

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  scope.postMessage = (m: WorkerReply) => void queueMicrotask(() => current?.onmessage?.({ data: structuredClone(m) } as MessageEvent<WorkerReply>));
  await import('./document.worker');
  setUserProfiles([entry]);
});

afterAll(() => {
  vi.unstubAllGlobals();
  setUserProfiles([]);
});

describe('the document worker with a user profile', () => {
  it('as the user types: the profile’s required field is an error, its rule turned off is not reported', async () => {
    const validator = new BackgroundValidator(bridgedWorker);
    const strict = await validator.validate(text, 'strict');
    expect(strict.profile.id).toBe('strict');
    expect(at(strict, 'data[0].Email')).toEqual(['warning required.missing']);
    expect(at(strict, 'data[0].NgayHenTra')).toEqual(['error dossier.deadline-before-receipt']);

    const report = await validator.validate(text, 'ha-giang');
    expect(report.profile).toEqual({ id: 'ha-giang', version: '2026.2' });
    expect(at(report, 'data[0].Email')).toEqual(['error required.missing']);
    expect(at(report, 'data[0].NgayHenTra')).toEqual([]);
    expect(report.issues.find((i) => i.path === 'data[0].Email')?.range?.line).toBeGreaterThan(1);
  });

  it('on opening, small and large (held in the worker, validated from its one parse)', async () => {
    const small = await openInWorker({ text }, { profileId: 'ha-giang', largeThreshold: 10_000_000 }, callbacks, new AbortController().signal, bridgedWorker);
    expect(at(small.report, 'data[0].Email')).toEqual(['error required.missing']);
    const large = await openInWorker({ text }, { profileId: 'ha-giang', largeThreshold: 10 }, callbacks, new AbortController().signal, bridgedWorker);
    expect(large.opened.large).toBe(true);
    // The same report as a small document's: validateParsedText locates and orders issues like validateText.
    expect(large.report).toEqual(small.report);
    const again = await large.worker!.revalidate('strict');
    expect(at(again, 'data[0].Email')).toEqual(['warning required.missing']);
    expect(at(await large.worker!.revalidate('ha-giang'), 'data[0].NgayHenTra')).toEqual([]);
  });

  it('refuses a definition that does not load, naming the problem, instead of validating as strict', async () => {
    const worker = bridgedWorker();
    const job = new Promise<WorkerReply>((resolve) => {
      (worker as unknown as { onmessage: (e: MessageEvent<WorkerReply>) => void }).onmessage = (e) => resolve(e.data);
    });
    const broken = JSON.stringify({ id: 'x', name: 'x', version: '1', fields: { 'dossier.record': { Emial: { required: 'M' } } } });
    worker.postMessage({ type: 'validate', id: 1, text, profile: { id: 'x', version: '1', definition: broken, source: 'profiles/x.json' } } satisfies WorkerRequest);
    const reply = await job;
    expect(reply).toMatchObject({ type: 'error', code: 'profiles.invalid' });
    expect(reply.type === 'error' && reply.message.en).toMatch(/profiles\/x\.json:1:\d+ fields\.dossier\.record\.Emial: .*Closest: Email/);
  });
});
