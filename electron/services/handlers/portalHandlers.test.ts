/**
 * The send feature's channels end to end through the dispatcher (request and response schemas
 * checked) against a real sandbox portal on a free port: environments, preview, send with
 * progress events, the "-3 then update" cycle, history search/reopen/export, where passwords are
 * kept, and the in-process sandbox.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_ENVIRONMENT_ID } from '../../../shared/portal/environment';
import { SESSION_PLACEHOLDER } from '../../../shared/portal/plan';
import { kindModule } from '../../../shared/spec/registry';
import { dispatch, type HandlerContext, type Handlers } from '../ipc/dispatch';
import { startSandbox, type RunningSandbox } from '../sandbox/server';
import { createPortalHandlers } from './portalHandlers';
import { webSecretChoice } from './secretChoice';
import { createSendServices, type SendServices } from './sendServices';

let dataDir: string;
let sandboxDir: string;
let sandbox: RunningSandbox | undefined;
let services: SendServices;
let events: { event: string; payload: unknown }[];
const context: HandlerContext = { emit: (event, payload) => void events.push({ event, payload }) };

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'qcvn120-send-handlers-'));
  sandboxDir = await mkdtemp(join(tmpdir(), 'qcvn120-send-sandbox-'));
  services = createSendServices({ dataDir, secrets: webSecretChoice(dataDir), appVersion: '0.0.0-test' });
  events = [];
});
afterEach(async () => {
  await services.close();
  await sandbox?.close();
  sandbox = undefined;
  await rm(dataDir, { recursive: true, force: true });
  await rm(sandboxDir, { recursive: true, force: true });
});

const handlers = () => createPortalHandlers(services) as unknown as Handlers;

async function call<T = Record<string, unknown>>(channel: string, request: unknown): Promise<T> {
  const result = await dispatch(channel, request, handlers(), context);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message.en}`);
  return result.value as T;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

/** Points the built-in Sandbox environment at a URL, as a user does in the environment editor. */
async function pointSandboxAt(url: string) {
  const list = await call<{ environments: Record<string, unknown>[] }>('environments:list', {});
  const env = list.environments.find((e) => e.id === SANDBOX_ENVIRONMENT_ID)!;
  const { hasPassword: _h, builtIn: _b, ...rest } = env;
  await call('environments:save', { environment: { ...rest, baseUrl: url } });
}

function dossier(maHoSo: string): Record<string, unknown> {
  const doc = kindModule('dossier').template() as Record<string, unknown>;
  const rec = (doc.data as Record<string, unknown>[])[0]!;
  return { ...doc, data: [{ ...rec, MaHoSo: maHoSo }] };
}

describe('send channels', () => {
  it('lists the built-in Sandbox as the current environment and says passwords live in memory in the web host', async () => {
    const list = await call<{ environments: { id: string; kind: string; hasPassword: boolean }[]; currentId: string; secretStorage: { mode: string; fileLocked: boolean } }>('environments:list', {});
    expect(list.currentId).toBe(SANDBOX_ENVIRONMENT_ID);
    expect(list.environments[0]).toMatchObject({ id: SANDBOX_ENVIRONMENT_ID, kind: 'test', hasPassword: true });
    expect(list.secretStorage).toMatchObject({ mode: 'memory', fileLocked: false });
  });

  it('refuses an invalid environment with a message naming the field, and keeps the choice of environment across restarts', async () => {
    const bad = await dispatch('environments:save', { environment: { name: 'Tỉnh', colour: 'red', kind: 'test', baseUrl: 'ftp://x' } }, handlers(), context);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('environments.invalid');
      expect(bad.error.message.vi).toContain('colour');
      expect(bad.error.message.en).toContain('baseUrl');
    }
    const saved = await call<{ environment: { id: string; hasPassword: boolean } }>('environments:save', {
      environment: { name: 'Cổng tỉnh (thật)', colour: '#c62828', kind: 'production', baseUrl: 'https://adapter.example.gov.vn', username: 'u', madonvi: '000.00.01.H22' },
      password: 'bí-mật-123',
    });
    expect(saved.environment.hasPassword).toBe(true);
    await call('environments:select', { id: saved.environment.id });
    const again = createSendServices({ dataDir, secrets: webSecretChoice(dataDir), appVersion: 'x' });
    expect(await again.current.get()).toBe(saved.environment.id);
    // An export never carries the password.
    const exported = await call<{ text: string }>('environments:export', {});
    expect(exported.text).toContain('Cổng tỉnh (thật)');
    expect(exported.text).not.toContain('bí-mật-123');
    // Deleting the chosen environment falls back to the Sandbox.
    const after = await call<{ currentId: string }>('environments:delete', { id: saved.environment.id });
    expect(after.currentId).toBe(SANDBOX_ENVIRONMENT_ID);
  });

  it('previews the exact bodies with the session masked, then sends with progress; a second create gets -3 and the update succeeds; history finds all three', async () => {
    sandbox = await startSandbox({ port: 0, dataDir: sandboxDir });
    await pointSandboxAt(sandbox.url);
    const document = dossier('000.00.01.H22-250301-0001');

    const preview = await call<{ requests: { body: Record<string, unknown>; url: string }[]; refusal?: unknown; validation: { valid: boolean } }>('portal:preview', {
      environmentId: SANDBOX_ENVIRONMENT_ID,
      document,
      isUpdating: 'False',
    });
    expect(preview.refusal).toBeUndefined();
    expect(preview.validation.valid).toBe(true);
    expect(preview.requests).toHaveLength(1);
    expect(preview.requests[0]!.body).toMatchObject({ session: SESSION_PLACEHOLDER, service: 'DongBoHoSoMC', isUpdating: 'False' });
    expect(preview.requests[0]!.url).toBe(`${sandbox.url}/XrdAdapter/RestService/forward/mapi/g`);
    expect(JSON.stringify(preview)).not.toContain('"password"');

    const first = await call<{ outcome: string; chunks: { status: string; httpStatus: number; reply: Record<string, unknown>; historyId: string }[] }>('portal:send', {
      runId: 'run-1',
      environmentId: SANDBOX_ENVIRONMENT_ID,
      document,
      isUpdating: 'False',
    });
    expect(first.outcome).toBe('success');
    expect(first.chunks[0]).toMatchObject({ status: 'success', httpStatus: 200, reply: { error_code: '0' } });
    const phases = events.filter((e) => e.event === 'portal:progress').map((e) => (e.payload as { runId: string; progress: { phase: string } }));
    expect(phases.every((p) => p.runId === 'run-1')).toBe(true);
    expect(phases.map((p) => p.progress.phase)).toEqual(expect.arrayContaining(['validate', 'login', 'send', 'done']));

    const second = await call<{ outcome: string; chunks: { explanation: { status: string; suggestion: string }; recordIndexes: number[] }[] }>('portal:send', {
      runId: 'run-2',
      environmentId: SANDBOX_ENVIRONMENT_ID,
      document,
      isUpdating: 'False',
    });
    expect(second.outcome).toBe('portal-error');
    expect(second.chunks[0]!.explanation).toMatchObject({ status: 'already-exists', suggestion: 'send-as-update' });

    const update = await call<{ outcome: string }>('portal:send', {
      runId: 'run-3',
      environmentId: SANDBOX_ENVIRONMENT_ID,
      document,
      isUpdating: 'True',
      onlyRecords: second.chunks[0]!.recordIndexes,
    });
    expect(update.outcome).toBe('success');

    const found = await call<{ entries: { outcome: string; isUpdating: string; request: Record<string, unknown> }[]; total: number }>('history:search', { maHoSo: '250301-0001' });
    expect(found.total).toBe(3);
    // Newest first.
    expect(found.entries.map((e) => `${e.isUpdating}:${e.outcome}`)).toEqual(['True:success', 'False:portal-error', 'False:success']);
    expect(found.entries.every((e) => !('session' in e.request))).toBe(true);
    expect(await call<{ total: number }>('history:search', { outcome: 'portal-error' })).toMatchObject({ total: 1 });

    const reopened = await call<{ text: string; suggestedName: string }>('history:reopen', { id: first.chunks[0]!.historyId, part: 'request' });
    expect(JSON.parse(reopened.text)).toMatchObject({ service: 'DongBoHoSoMC', isUpdating: 'False' });
    expect(reopened.text).not.toContain('session');
    const reply = await call<{ text: string }>('history:reopen', { id: first.chunks[0]!.historyId, part: 'reply' });
    expect(JSON.parse(reply.text)).toEqual({ error_code: '0', message: 'Thành công' });
  });

  it('exports the history with personal data masked unless asked otherwise', async () => {
    sandbox = await startSandbox({ port: 0, dataDir: sandboxDir });
    await pointSandboxAt(sandbox.url);
    const document = dossier('000.00.01.H22-250301-0002');
    const rec = (document.data as Record<string, unknown>[])[0]!;
    const person = String(rec.ChuHoSo);
    expect(person.length).toBeGreaterThan(3);
    await call('portal:send', { runId: 'r', environmentId: SANDBOX_ENVIRONMENT_ID, document, isUpdating: 'False' });
    const masked = await call<{ text: string; count: number }>('history:export', {});
    expect(masked.count).toBe(1);
    expect(masked.text).not.toContain(person);
    expect(masked.text).toContain('000.00.01.H22-250301-0002');
    expect(JSON.parse(masked.text)).toMatchObject({ format: 'qcvn120-send-history', masked: true });
    const raw = await call<{ text: string }>('history:export', { masked: false });
    expect(raw.text).toContain(person);
  });

  it('switches the history off and back on; nothing is recorded while off', async () => {
    sandbox = await startSandbox({ port: 0, dataDir: sandboxDir });
    await pointSandboxAt(sandbox.url);
    expect(await call('history:configure', { patch: { enabled: false, maxEntries: 5 } })).toMatchObject({ enabled: false, maxEntries: 5 });
    await call('portal:send', { runId: 'r', environmentId: SANDBOX_ENVIRONMENT_ID, document: dossier('000.00.01.H22-250301-0003'), isUpdating: 'False' });
    expect(await call('history:search', {})).toMatchObject({ total: 0 });
    expect(await call('history:settings', {})).toMatchObject({ enabled: false, maxEntries: 5 });
  });

  it('moves passwords typed in this run into a passphrase file, and a later run finds the file locked until the passphrase is given', async () => {
    const saved = await call<{ environment: { id: string } }>('environments:save', {
      environment: { name: 'Thử nghiệm tỉnh', colour: '#1565c0', kind: 'test', baseUrl: 'http://127.0.0.1:9', username: 'u', madonvi: 'x' },
      password: 'mat-khau-tinh',
    });
    const file = await call<{ mode: string; file: string }>('environments:useSecretFile', { passphrase: 'cụm mật khẩu dài' });
    expect(file.mode).toBe('passphrase-file');
    expect(await readFile(file.file, 'utf8')).not.toContain('mat-khau-tinh');

    const later = createSendServices({ dataDir, secrets: webSecretChoice(dataDir), appVersion: 'x' });
    expect(later.secrets.status()).toMatchObject({ mode: 'memory', fileLocked: true });
    expect((await later.environments.resolve(saved.environment.id)).password).toBeUndefined();
    await expect(later.secrets.usePassphraseFile('sai cụm mật khẩu')).rejects.toThrow(/wrong passphrase/);
    await later.secrets.usePassphraseFile('cụm mật khẩu dài');
    expect((await later.environments.resolve(saved.environment.id)).password).toBe('mat-khau-tinh');
  });

  it('starts the sandbox inside the host on the Sandbox environment\'s port, and says so when the port is taken', async () => {
    const port = await freePort();
    await pointSandboxAt(`http://127.0.0.1:${port}`);
    const started = await call<{ running: boolean; url: string; dataDir: string }>('portal:sandboxStart', {});
    expect(started).toMatchObject({ running: true, url: `http://127.0.0.1:${port}`, dataDir: join(dataDir, 'sandbox') });
    const sent = await call<{ outcome: string }>('portal:send', { runId: 'r', environmentId: SANDBOX_ENVIRONMENT_ID, document: dossier('000.00.01.H22-250301-0004'), isUpdating: 'auto' });
    expect(sent.outcome).toBe('success');
    expect(await call('portal:sandboxStop', {})).toMatchObject({ running: false });

    sandbox = await startSandbox({ port, dataDir: sandboxDir });
    const taken = await dispatch('portal:sandboxStart', {}, handlers(), context);
    expect(taken.ok).toBe(false);
    if (!taken.ok) {
      expect(taken.error.code).toBe('sandbox.port-in-use');
      expect(taken.error.message.vi).toContain(String(port));
    }
  });

  it('answers every send channel with "not available" in a host without the send services', async () => {
    const r = await dispatch('environments:list', {}, createPortalHandlers(undefined) as unknown as Handlers, context);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('host.unsupported');
  });
});
