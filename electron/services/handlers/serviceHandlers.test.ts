import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch, type Handlers } from '../ipc/dispatch';
import { localFileAccess, workspaceFileAccess } from '../files/access';
import { createRecentStore } from '../files/recent';
import { memorySecretStore } from '../secrets/secretStore';
import { createSettingsStore } from '../settings/settingsStore';
import type { ValidationService } from '../validation/validationService';
import { createServiceHandlers, type HostServices } from './serviceHandlers';

let dir: string;
let dataDir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcvn120-handlers-'));
  dataDir = await mkdtemp(join(tmpdir(), 'qcvn120-handlers-data-'));
});

const fakeValidation = (): ValidationService & { validate: ReturnType<typeof vi.fn> } => ({
  validate: vi.fn(async (_id: string, _job: unknown, onProgress: (f: number) => void) => {
    onProgress(0.5);
    return { form: 'record' as const, provisional: false, recordCount: 1, issues: [], counts: { error: 0, warning: 0, info: 0 }, valid: true, repairs: [], profile: { id: 'strict', version: '1.0.0' } };
  }),
  cancel: vi.fn(() => false),
  close: vi.fn(async () => undefined),
});

function services(over: Partial<HostServices> = {}): HostServices {
  return {
    host: 'electron',
    info: { name: 'QCVN 120 Packet Studio', version: '0.1.0', platform: 'linux', dataDir, specVersion: 'x', profiles: [] },
    settings: createSettingsStore(dataDir),
    recent: createRecentStore(dataDir),
    secrets: memorySecretStore(),
    validation: fakeValidation(),
    access: localFileAccess(),
    takePending: () => [],
    ...over,
  };
}

const context = { emit: vi.fn() };
const call = (handlers: Handlers, channel: string, request: unknown) => dispatch(channel, request, handlers, context);

describe('service handlers', () => {
  it('opens a file, remembers it as recent, and saves it back in its own encoding', async () => {
    const file = join(dir, 'packet.json');
    const text = '{"ChuHoSo":"Trần Văn Bình"}';
    await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const h = createServiceHandlers(services());
    const read = await call(h, 'files:read', { path: file });
    expect(read).toMatchObject({ ok: true, value: { text, encoding: 'utf-16le', bom: true } });
    expect(await call(h, 'files:recent', {})).toMatchObject({ ok: true, value: { entries: [{ path: file, name: 'packet.json' }] } });
    const saved = await call(h, 'files:save', { path: file, text: '{"ChuHoSo":"Lê Thị Hoa"}', encoding: 'utf-16le', bom: true });
    expect(saved).toMatchObject({ ok: true, value: { path: file, name: 'packet.json' } });
    const bytes = await readFile(file);
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(bytes.subarray(2).toString('utf16le')).toBe('{"ChuHoSo":"Lê Thị Hoa"}');
  });

  it('refuses to save over a file the user never opened or chose', async () => {
    const target = join(dir, 'elsewhere.json');
    await writeFile(target, 'keep');
    const h = createServiceHandlers(services());
    expect(await call(h, 'files:save', { path: target, text: '{}' })).toMatchObject({ ok: false, error: { code: 'files.not-allowed' } });
    expect(await readFile(target, 'utf8')).toBe('keep');
  });

  it('uses the native dialogs when the host has them, and says when it does not', async () => {
    const file = join(dir, 'chosen.json');
    await writeFile(file, '{}');
    const withDialogs = createServiceHandlers(services({ dialogs: { open: async () => file, save: async () => join(dir, 'saved.json') } }));
    expect(await call(withDialogs, 'files:openDialog', {})).toMatchObject({ ok: true, value: { path: file } });
    expect(await call(withDialogs, 'files:saveDialog', { suggestedName: 'x.json', text: '[]' })).toMatchObject({ ok: true, value: { name: 'saved.json' } });
    expect(await readFile(join(dir, 'saved.json'), 'utf8')).toBe('[]');
    const cancelled = createServiceHandlers(services({ dialogs: { open: async () => null, save: async () => null } }));
    expect(await call(cancelled, 'files:openDialog', {})).toEqual({ ok: true, value: null });
    const none = createServiceHandlers(services({ host: 'web' }));
    expect(await call(none, 'files:openDialog', {})).toMatchObject({ ok: false, error: { code: 'host.unsupported' } });
    expect(await call(none, 'files:listWorkspace', {})).toMatchObject({ ok: false, error: { code: 'host.unsupported' } });
  });

  it('shares one recent list between hosts, each showing the files it can reach', async () => {
    const ws = await workspaceFileAccess(dir);
    const inside = join(ws.root, 'in.json');
    await writeFile(inside, '{}');
    const outsideDir = await mkdtemp(join(tmpdir(), 'qcvn120-handlers-out-'));
    const outside = join(outsideDir, 'out.json');
    await writeFile(outside, '{}');
    const desktop = createServiceHandlers(services());
    await call(desktop, 'files:read', { path: outside });
    await call(desktop, 'files:read', { path: inside });
    const web = createServiceHandlers(services({ host: 'web', access: ws, workspace: { name: 'cases', resolveDir: ws.resolveDir } }));
    expect(await call(web, 'files:recent', {})).toMatchObject({ ok: true, value: { entries: [{ path: 'in.json', name: 'in.json' }] } });
    expect(await call(desktop, 'files:recent', {})).toMatchObject({ ok: true, value: { entries: [{ path: inside }, { path: outside }] } });
  });

  it('lists the workspace and describes the host’s capabilities', async () => {
    await writeFile(join(dir, 'b.json'), '{}');
    await writeFile(join(dir, '.hidden'), '');
    const ws = await workspaceFileAccess(dir);
    const h = createServiceHandlers(services({ host: 'web', access: ws, workspace: { name: 'cases', resolveDir: ws.resolveDir } }));
    expect(await call(h, 'files:listWorkspace', {})).toMatchObject({ ok: true, value: { root: 'cases', entries: [{ name: 'b.json', path: 'b.json', type: 'file' }] } });
    expect(await call(h, 'app:info', {})).toMatchObject({ ok: true, value: { host: 'web', capabilities: { nativeDialogs: false, workspace: 'cases', secureSecrets: false } } });
  });

  it('validates a file by its real path and relays progress under the job id', async () => {
    const file = join(dir, 'v.json');
    await writeFile(file, '{}');
    const validation = fakeValidation();
    const h = createServiceHandlers(services({ validation }));
    const r = await call(h, 'documents:validate', { jobId: 'job-1', source: { path: file } });
    expect(r).toMatchObject({ ok: true, value: { valid: true } });
    expect(validation.validate.mock.calls[0][1]).toMatchObject({ source: { path: file, displayPath: file } });
    expect(context.emit).toHaveBeenCalledWith('documents:progress', { jobId: 'job-1', fraction: 0.5 });
  });

  it('takes pending files once', async () => {
    const pending = ['/a.json'];
    const h = createServiceHandlers(services({ takePending: () => pending.splice(0) }));
    expect(await call(h, 'files:takePending', {})).toEqual({ ok: true, value: { paths: ['/a.json'] } });
    expect(await call(h, 'files:takePending', {})).toEqual({ ok: true, value: { paths: [] } });
  });
});
