import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_PASSWORD } from '../../../shared/portal/environment';
import { SESSION_PLACEHOLDER } from '../../../shared/portal/plan';
import { AUTO_PLACEHOLDER, productionConfirmation } from '../../../shared/portal/result';
import { kindModule } from '../../../shared/spec/registry';
import { MemorySecretStore } from '../environments/secretStore';
import { EnvironmentStore } from '../environments/store';
import { HistoryStore } from '../history/store';
import { startSandbox, type RunningSandbox } from '../sandbox/server';
import { PortalService } from './service';

let dir: string;
let sandbox: RunningSandbox;
let environments: EnvironmentStore;
let history: HistoryStore;
let service: PortalService;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcvn120-portal-service-'));
  sandbox = await startSandbox({ port: 0, dataDir: join(dir, 'sandbox') });
  environments = new EnvironmentStore({ dataDir: join(dir, 'app'), secrets: new MemorySecretStore(), sandboxPort: sandbox.port });
  history = new HistoryStore({ dataDir: join(dir, 'app') });
  service = new PortalService({ environments, history });
});
afterEach(async () => {
  await sandbox.close();
  await rm(dir, { recursive: true, force: true });
});

function dossier(n: string, isUpdating = 'False') {
  const doc = kindModule('dossier').template() as Record<string, unknown>;
  return { ...doc, isUpdating, data: [{ ...(doc.data as Record<string, unknown>[])[0]!, MaHoSo: n }] };
}

describe('PortalService', () => {
  it('previews exactly what would be sent, without sending it', async () => {
    const p = await service.preview({ environmentId: 'sandbox', document: dossier('A-1'), isUpdating: 'auto' });
    expect(p.refusal).toBeUndefined();
    expect(p.needsConfirmation).toBe(false);
    expect(p.requests).toHaveLength(1);
    expect(p.requests[0]!.url).toBe(`${sandbox.url}/XrdAdapter/RestService/forward/mapi/g`);
    expect(p.requests[0]!.body.session).toBe(SESSION_PLACEHOLDER);
    expect(p.requests[0]!.body.isUpdating).toBe(AUTO_PLACEHOLDER);
    expect(p.requests[0]!.body.madonvi).toBe('000.00.01.H22');
    expect(p.validation!.valid).toBe(true);
    expect(sandbox.snapshot().dossiers).toEqual({});
  });

  it('sends through a stored environment and records the history', async () => {
    const r = await service.send({ environmentId: 'sandbox', document: dossier('A-2') });
    expect(r.outcome).toBe('success');
    expect(r.environment).toMatchObject({ id: 'sandbox', kind: 'test' });
    const page = await history.search({ maHoSo: 'A-2' });
    expect(page.entries[0]!.id).toBe(r.chunks[0]!.historyId);
    expect((await history.reopen(page.entries[0]!.id)).document).toMatchObject({ service: 'DongBoHoSoMC', data: [{ MaHoSo: 'A-2' }] });
  });

  it('a production environment: the preview asks for confirmation, the send refuses without it', async () => {
    const prod = await environments.save({ name: 'Cổng DVCQG (thật)', colour: '#c62828', kind: 'production', baseUrl: sandbox.url, madonvi: '000.00.01.H22', username: 'sandbox' }, SANDBOX_PASSWORD);
    const p = await service.preview({ environmentId: prod.id, document: dossier('A-3') });
    expect(p.needsConfirmation).toBe(true);
    expect(p.refusal).toBeUndefined();
    expect((await service.send({ environmentId: prod.id, document: dossier('A-3') })).refusal!.code).toBe('confirmation-required');
    // A confirmation for another environment does not count.
    expect((await service.send({ environmentId: prod.id, document: dossier('A-3'), confirmation: productionConfirmation({ id: 'sandbox' }) })).outcome).toBe('refused');
    expect((await service.send({ environmentId: prod.id, document: dossier('A-3'), confirmation: productionConfirmation(prod) })).outcome).toBe('success');
  });

  it('an environment without a password is refused before anything leaves', async () => {
    const env = await environments.save({ name: 'Không mật khẩu', colour: '#000000', kind: 'test', baseUrl: sandbox.url, madonvi: 'x', username: 'u' });
    const r = await service.send({ environmentId: env.id, document: dossier('A-4') });
    expect(r.refusal!.code).toBe('no-password');
    expect(r.refusal!.message.vi).toContain('Không mật khẩu');
  });

  it('cancels a running send by its id', async () => {
    await sandbox.close();
    sandbox = await startSandbox({ port: sandbox.port, dataDir: join(dir, 'sandbox'), faults: 'latency=500' });
    const running = service.send({ environmentId: 'sandbox', document: dossier('A-5') }, { runId: 'run-1' });
    await new Promise((r) => setTimeout(r, 100));
    expect(service.cancel('run-1')).toBe(true);
    const r = await running;
    expect(r.outcome).toBe('cancelled');
    expect(service.cancel('run-1')).toBe(false);
  });

  it('rejects a malformed request with a bilingual message', async () => {
    await expect(service.send({ environmentId: '', document: {} })).rejects.toMatchObject({ code: 'portal.request-invalid' });
    await expect(service.send({ environmentId: 'nope', document: {} })).rejects.toMatchObject({ code: 'environments.not-found' });
  });
});
