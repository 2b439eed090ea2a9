import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc/channels';
import type { Handlers } from '../services/ipc/dispatch';
import { registerIpcHandlers, type IpcMainLike } from './ipc';

vi.mock('electron', () => ({}));

/** A stand-in for ipcMain that records handlers and lets the test invoke them. */
function fakeIpcMain() {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener as never),
    removeHandler: (channel) => void handlers.delete(channel),
  };
  const invoke = (channel: string, frame: { url: string; parent: unknown } | null, request: unknown) =>
    handlers.get(channel)!({ senderFrame: frame, sender: { send: vi.fn() } }, request);
  return { ipc, handlers, invoke };
}

const appFrame = { url: 'app://renderer/index.html', parent: null };

describe('IPC registration', () => {
  it('registers one handler per contract channel and removes them all', () => {
    const { ipc, handlers } = fakeIpcMain();
    const dispose = registerIpcHandlers(ipc, {} as Handlers, () => ({ emit: vi.fn() }));
    expect([...handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    dispose();
    expect(handlers.size).toBe(0);
  });

  it('answers the app’s own top frame through the contract', async () => {
    const { ipc, invoke } = fakeIpcMain();
    const recent = vi.fn(async () => ({ entries: [] }));
    registerIpcHandlers(ipc, { 'files:recent': recent } as unknown as Handlers, () => ({ emit: vi.fn() }));
    expect(await invoke('files:recent', appFrame, {})).toEqual({ ok: true, value: { entries: [] } });
    expect(recent).toHaveBeenCalledOnce();
  });

  it('refuses a sender that is not the app (another origin, a subframe, no frame)', async () => {
    const { ipc, invoke } = fakeIpcMain();
    const recent = vi.fn(async () => ({ entries: [] }));
    registerIpcHandlers(ipc, { 'files:recent': recent } as unknown as Handlers, () => ({ emit: vi.fn() }));
    for (const frame of [{ url: 'https://evil.example/', parent: null }, { url: 'app://renderer/index.html', parent: appFrame }, { url: 'file:///x.html', parent: null }, null]) {
      expect(await invoke('files:recent', frame, {})).toMatchObject({ ok: false, error: { code: 'ipc.forbidden-sender' } });
    }
    expect(recent).not.toHaveBeenCalled();
  });

  it('validates the request with zod before the handler runs', async () => {
    const { ipc, invoke } = fakeIpcMain();
    const read = vi.fn();
    registerIpcHandlers(ipc, { 'files:read': read } as unknown as Handlers, () => ({ emit: vi.fn() }));
    expect(await invoke('files:read', appFrame, { path: ['/etc/passwd'] })).toMatchObject({ ok: false, error: { code: 'ipc.bad-request' } });
    expect(read).not.toHaveBeenCalled();
  });
});
