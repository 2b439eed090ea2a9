/**
 * The sandbox portal end to end over real HTTP on an ephemeral port, driven by the app's own
 * send service: the create → "-3" → update → progress cycle, persistence across a restart,
 * session renewal, every injected fault classified with the document untouched, cancel, and
 * the production guards. What a tester rehearses from the app or the command line.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withMaskMarker, MASK_TOOL } from '../shared/mask/marker';
import { sandboxEnvironment, type Environment } from '../shared/portal/environment';
import { alreadyExistsMessage } from '../shared/portal/errorCodes';
import { SendRequestSchema, productionConfirmation, type SendRequestInput, type SendResult } from '../shared/portal/result';
import { kindModule } from '../shared/spec/registry';
import { HistoryStore } from '../electron/services/history/store';
import { sendDocument } from '../electron/services/portal/send';
import { SessionCache } from '../electron/services/portal/session';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../electron/services/sandbox/server';

const PASSWORD = 'S3cret-Pass!2024';
const USERNAME = 'tester';

let dir: string;
let sandbox: RunningSandbox | undefined;
let sessions: SessionCache;
let history: HistoryStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcvn120-sandbox-'));
  sessions = new SessionCache();
  history = new HistoryStore({ dataDir: join(dir, 'app') });
});
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function start(options: Partial<SandboxOptions> = {}): Promise<RunningSandbox> {
  sandbox = await startSandbox({ port: 0, dataDir: join(dir, 'sandbox'), username: USERNAME, password: PASSWORD, ...options });
  return sandbox;
}

function env(over: Partial<Environment> = {}): Environment {
  return { ...sandboxEnvironment(sandbox!.port), username: USERNAME, ...over };
}

/** A valid dossier envelope with fresh dossier numbers. */
function dossiers(numbers: string[], isUpdating = 'False'): Record<string, unknown> {
  const doc = kindModule('dossier').template() as Record<string, unknown>;
  const model = (doc.data as Record<string, unknown>[])[0]!;
  return { ...doc, isUpdating, data: numbers.map((n) => ({ ...structuredClone(model), MaHoSo: n })) };
}

/** A valid progress envelope for one dossier. */
function progress(maHoSo: string): Record<string, unknown> {
  const doc = kindModule('progress').template() as Record<string, unknown>;
  return { ...doc, data: (doc.data as Record<string, unknown>[]).map((s) => ({ ...s, MaHoSo: maHoSo })) };
}

async function send(document: unknown, request: Partial<SendRequestInput> = {}, environment: Environment = env(), extra: { signal?: AbortSignal; onProgress?: Parameters<typeof sendDocument>[0]['onProgress'] } = {}): Promise<SendResult> {
  return sendDocument(
    { environment, password: PASSWORD, request: SendRequestSchema.parse({ environmentId: environment.id, document, ...request }), ...extra },
    { sessions, history },
  );
}

const A = '000.21.30.H22-240507-0101';
const B = '000.21.30.H22-240507-0102';

describe('sandbox portal: the create → update → progress cycle', () => {
  it('accepts a create, refuses the same create with "-3" and the portal message, then accepts it as an update', async () => {
    await start();
    const doc = dossiers([A]);
    const first = await send(doc);
    expect(first.outcome).toBe('success');
    expect(first.chunks[0]).toMatchObject({ status: 'success', httpStatus: 200, isUpdating: 'False', reply: { error_code: '0', message: 'Thành công' } });

    const again = await send(doc);
    expect(again.outcome).toBe('portal-error');
    const chunk = again.chunks[0]!;
    expect(chunk.reply).toEqual({ error_code: '-3', message: alreadyExistsMessage(A) });
    expect(chunk.explanation).toMatchObject({ status: 'already-exists', suggestion: 'send-as-update' });

    // The one click: the same records, as an update.
    const update = await send(doc, { isUpdating: 'True', onlyRecords: chunk.recordIndexes });
    expect(update.outcome).toBe('success');
    expect(update.chunks[0]!.isUpdating).toBe('True');
    expect(sandbox!.snapshot().dossiers[A]!.updates).toBe(1);
  });

  it('refuses progress for an unknown MaHoSo and accepts it once the dossier exists', async () => {
    await start();
    const refused = await send(progress(B));
    expect(refused.outcome).toBe('portal-error');
    expect(refused.chunks[0]!.reply!.error_code).toBe('-4');
    expect(refused.chunks[0]!.reply!.message).toContain(B);
    expect(refused.chunks[0]!.explanation!.sandboxCode).toBe(true);

    expect((await send(dossiers([B]))).outcome).toBe('success');
    const steps = progress(B);
    const ok = await send(steps);
    expect(ok.outcome).toBe('success');
    expect(sandbox!.snapshot().dossiers[B]!.progress).toHaveLength((steps.data as unknown[]).length);
  });

  it('still knows the dossier after a restart with the same data folder; auto then sends an update', async () => {
    await start();
    expect((await send(dossiers([A]))).outcome).toBe('success');
    await sandbox!.close();
    await start();
    expect(Object.keys(sandbox!.snapshot().dossiers)).toEqual([A]);
    sessions = new SessionCache(); // the old session died with the old process
    const auto = await send(dossiers([A, B]), { isUpdating: 'auto' });
    expect(auto.outcome).toBe('success');
    expect(auto.decisions.map((d) => [d.maHoSo, d.isUpdating])).toEqual([
      [A, 'True'],
      [B, 'False'],
    ]);
    expect(auto.chunks.map((c) => [c.isUpdating, c.maHoSo])).toEqual([
      ['True', [A]],
      ['False', [B]],
    ]);
  });

  it('sends a batch in chunks with a result per chunk', async () => {
    await start();
    const numbers = [1, 2, 3, 4, 5].map((i) => `000.21.30.H22-240507-020${i}`);
    const r = await send(dossiers(numbers), { chunkSize: 2 });
    expect(r.outcome).toBe('success');
    expect(r.chunks.map((c) => c.maHoSo)).toEqual([numbers.slice(0, 2), numbers.slice(2, 4), numbers.slice(4)]);
    expect(Object.keys(sandbox!.snapshot().dossiers).sort()).toEqual(numbers);
  });

  it('sends a bare array of records, recognising its service from the fields', async () => {
    await start();
    const r = await send((dossiers([A]) as { data: unknown[] }).data, { isUpdating: 'auto' });
    expect(r.outcome).toBe('success');
    expect(r.service).toBe('DongBoHoSoMC');
    expect(r.chunks[0]!.request).toMatchObject({ madonvi: '000.00.01.H22', service: 'DongBoHoSoMC', isUpdating: 'False' });
    expect(r.notices.some((n) => n.en.includes('recognised'))).toBe(true);
  });

  it('records every request in the history, without the password or the session', async () => {
    await start();
    await send(dossiers([A]));
    await send(dossiers([A]));
    const page = await history.search({ maHoSo: A });
    expect(page.entries.map((e) => e.outcome)).toEqual(['portal-error', 'success']);
    expect(page.entries[0]!.errorCode).toBe('-3');
    const file = await readFile(history.file, 'utf8');
    expect(file).not.toContain(PASSWORD);
    expect(file).not.toContain('"session"');
  });
});

describe('sandbox portal: sessions', () => {
  it('logs in again once when the session expired, and the request succeeds', async () => {
    let clock = Date.now();
    await start({ now: () => clock, sessionLifetimeMs: 60_000 });
    expect((await send(dossiers([A]))).chunks[0]!.relogins).toBe(0);
    clock += 61_000; // the portal's session is gone; the app's cache still holds it
    const r = await send(progress(A));
    expect(r.outcome).toBe('success');
    expect(r.chunks[0]!.relogins).toBe(1);
    expect(sandbox!.snapshot().dossiers[A]!.progress.length).toBeGreaterThan(0);
  });

  it('renews the session when the portal expires it after N calls (expire-session=after:1)', async () => {
    await start({ faults: 'expire-session=after:1' });
    expect((await send(dossiers([A]))).chunks[0]!.relogins).toBe(0);
    const r = await send(dossiers([B]));
    expect(r.outcome).toBe('success');
    expect(r.chunks[0]!.relogins).toBe(1);
  });

  it('gives up after one renewal when the portal keeps refusing the session', async () => {
    await start({ faults: 'expire-session=always' });
    const r = await send(dossiers([A]));
    expect(r.outcome).toBe('fault');
    expect(r.chunks[0]!.fault).toMatchObject({ kind: 'session-refused', mayHaveArrived: false });
    expect(r.chunks[0]!.fault!.message.vi).toContain('đăng nhập lại');
  });

  it('reports a wrong password as a refused login, naming the portal', async () => {
    await start();
    const r = await sendDocument(
      { environment: env(), password: 'wrong', request: SendRequestSchema.parse({ environmentId: 'sandbox', document: dossiers([A]) }) },
      { sessions },
    );
    expect(r.outcome).toBe('fault');
    expect(r.fault).toMatchObject({ kind: 'login-refused', phase: 'login' });
    expect(r.fault!.message.en).toContain(`127.0.0.1:${sandbox!.port}`);
    expect(r.fault!.message.vi).toContain('Sai tên đăng nhập');
    expect(JSON.stringify(r)).not.toContain('wrong"');
    expect(r.chunks).toEqual([]);
  });
});

describe('sandbox portal: faults are classified, the document stays untouched, nothing is re-sent', () => {
  const cases: [string, string, Partial<Environment>?][] = [
    ['http500=always', 'http5xx'],
    ['drop=always', 'connection-lost'],
    ['empty=always', 'empty-reply'],
    ['malformed=always', 'malformed-reply'],
    ['hang=always', 'timeout', { timeouts: { loginMs: 5000, requestMs: 600 } }],
  ];
  for (const [spec, kind, over] of cases) {
    it(`${spec} → ${kind}`, async () => {
      await start({ faults: spec });
      const doc = dossiers([A, B]);
      const before = structuredClone(doc);
      const r = await send(doc, { chunkSize: 1 }, env(over));
      expect(r.outcome).toBe('fault');
      const [first, second] = r.chunks;
      expect(first!.status).toBe('fault');
      expect(first!.fault!.kind).toBe(kind);
      expect(first!.fault!.message.vi.length).toBeGreaterThan(20);
      expect(first!.fault!.action.en.length).toBeGreaterThan(10);
      expect(first!.fault!.retryable).toBe(true);
      expect(second!.status).toBe('not-sent'); // stopped: no second request behind the user's back
      expect(doc).toEqual(before);
      expect(sandbox!.snapshot().dossiers).toEqual({});
      expect((await history.search()).entries[0]!.outcome).toBe('fault');
    });
  }

  it('refused connection (nothing listening) → refused, nothing may have arrived', async () => {
    await start();
    const environment = env();
    await sandbox!.close();
    sandbox = undefined;
    const r = await send(dossiers([A]), {}, environment);
    expect(r.outcome).toBe('fault');
    expect(r.fault).toMatchObject({ kind: 'refused', mayHaveArrived: false, phase: 'login' });
    expect(r.fault!.action.en).toContain('npx qcvn120 sandbox');
    expect(r.fault!.action.vi).toContain('Khởi động cổng thử nghiệm');
    // The retry offers the records that never left (the result panel said "0 records" here).
    expect(r.recordCount).toBe(1);
  });

  it('a lost reply after the create was stored: the app says it may have arrived; retry → "-3"; update → success', async () => {
    await start({ faults: 'drop-after=once' });
    const doc = dossiers([A]);
    const lost = await send(doc);
    expect(lost.outcome).toBe('fault');
    expect(lost.chunks[0]!.fault).toMatchObject({ kind: 'connection-lost', mayHaveArrived: true });
    expect(lost.chunks[0]!.fault!.message.en).toMatch(/may have received/);
    expect(Object.keys(sandbox!.snapshot().dossiers)).toEqual([A]);
    const retry = await send(doc, { onlyRecords: lost.chunks[0]!.recordIndexes });
    expect(retry.chunks[0]!.explanation!.status).toBe('already-exists');
    expect((await send(doc, { isUpdating: 'True' })).outcome).toBe('success');
  });

  it('cancel mid-batch: the running request is abandoned and the rest is not sent', async () => {
    await start({ faults: 'latency=300' });
    const controller = new AbortController();
    const r = await send(dossiers([A, B, '000.21.30.H22-240507-0103']), { chunkSize: 1 }, env(), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'send' && p.done === 1) setTimeout(() => controller.abort(), 100);
      },
    });
    expect(r.outcome).toBe('cancelled');
    expect(r.chunks.map((c) => c.status)).toEqual(['success', 'fault', 'not-sent']);
    expect(r.chunks[1]!.fault!.kind).toBe('cancelled');
  });
});

describe('sandbox portal: guards before anything is sent', () => {
  it('production needs the confirmation naming the target, and never takes masked data', async () => {
    await start();
    const production = env({ id: 'prod', name: 'Cổng thật', kind: 'production' });
    const noConfirm = await send(dossiers([A]), {}, production);
    expect(noConfirm.refusal!.code).toBe('confirmation-required');
    expect(noConfirm.refusal!.message.vi).toContain('Cổng thật');

    const masked = withMaskMarker(dossiers([A]), { tool: MASK_TOOL, version: '1', at: '2024-05-07T00:00:00Z', options: { keepStructure: true, secrets: 'remove' } });
    const refusedMasked = await send(masked, { confirmation: productionConfirmation(production) }, production);
    expect(refusedMasked.refusal!.code).toBe('masked-to-production');
    expect(sandbox!.snapshot().dossiers).toEqual({});

    const ok = await send(dossiers([A]), { confirmation: productionConfirmation(production) }, production);
    expect(ok.outcome).toBe('success');
  });

  it('a masked document may go to a test environment, without its mark', async () => {
    await start();
    const masked = withMaskMarker(dossiers([A]), { tool: MASK_TOOL, version: '1', at: '2024-05-07T00:00:00Z', options: { keepStructure: true, secrets: 'remove' } });
    const r = await send(masked);
    expect(r.outcome).toBe('success');
    expect(r.chunks[0]!.request).not.toHaveProperty('$masked');
  });

  it('refuses an invalid packet with its errors; sent anyway, the sandbox refuses it with the field path', async () => {
    await start();
    const doc = dossiers([A]);
    (doc.data as Record<string, unknown>[])[0]!.NgayTiepNhan = '2024-05-07';
    const refused = await send(doc);
    expect(refused.outcome).toBe('refused');
    expect(refused.refusal!.code).toBe('invalid');
    expect(refused.refusal!.message.vi).toContain('data[0].NgayTiepNhan');
    const anyway = await send(doc, { allowInvalid: true });
    expect(anyway.outcome).toBe('portal-error');
    expect(anyway.chunks[0]!.reply!.error_code).toBe('-1');
    expect(anyway.chunks[0]!.reply!.message).toContain('data[0].NgayTiepNhan');
  });
});
