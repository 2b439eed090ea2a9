import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc/channels';

const exposed: Record<string, unknown> = {};
const ipcRenderer = { invoke: vi.fn(async () => ({ ok: true, value: 'v' })), on: vi.fn(), removeListener: vi.fn(), send: vi.fn(), sendSync: vi.fn() };

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
  ipcRenderer,
  webUtils: { getPathForFile: () => '/home/u/dropped.json' },
}));

beforeEach(() => {
  vi.clearAllMocks();
});

describe('preload', () => {
  it('exposes only window.qcvn120: the contract namespaces, host, on and pathForFile', async () => {
    await import('./preload');
    expect(Object.keys(exposed)).toEqual(['qcvn120']);
    const api = exposed.qcvn120 as Record<string, unknown>;
    const namespaces = [...new Set(CHANNEL_NAMES.map((c) => c.split(':')[0]))];
    expect(Object.keys(api).sort()).toEqual([...namespaces, 'host', 'on', 'pathForFile'].sort());
    expect(api.host).toBe('electron');
    // No raw IPC: nothing that can reach an arbitrary channel.
    for (const forbidden of ['ipcRenderer', 'invoke', 'send', 'sendSync']) expect(api[forbidden]).toBeUndefined();
  });

  it('routes each method to its own channel only', async () => {
    await import('./preload');
    const api = exposed.qcvn120 as { files: { read(r: unknown): Promise<unknown> }; settings: { get(r: unknown): Promise<unknown> } };
    expect(await api.files.read({ path: '/a.json' })).toEqual({ ok: true, value: 'v' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('files:read', { path: '/a.json' });
    await api.settings.get({});
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('settings:get', {});
  });

  it('hands listeners the payload without the IPC event, and unsubscribes', async () => {
    await import('./preload');
    const api = exposed.qcvn120 as { on(e: string, l: (p: unknown) => void): () => void };
    const listener = vi.fn();
    const off = api.on('documents:progress', listener);
    const [channel, wrapped] = ipcRenderer.on.mock.calls[0] as unknown as [string, (event: unknown, payload: unknown) => void];
    expect(channel).toBe('documents:progress');
    wrapped({ sender: 'secret' }, { jobId: 'j', fraction: 0.2 });
    expect(listener).toHaveBeenCalledWith({ jobId: 'j', fraction: 0.2 });
    off();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('documents:progress', wrapped);
    expect(() => api.on('some:internal-channel', listener)).toThrow();
  });

  it('turns a failed invoke into an error result instead of a rejected promise', async () => {
    await import('./preload');
    ipcRenderer.invoke.mockRejectedValueOnce(new Error('No handler registered'));
    const api = exposed.qcvn120 as { files: { recent(r: unknown): Promise<unknown> } };
    expect(await api.files.recent({})).toMatchObject({ ok: false, error: { code: 'ipc.internal' } });
  });
});
