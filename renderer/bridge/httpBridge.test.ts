import { describe, expect, it, vi } from 'vitest';
import { createHttpBridge } from './httpBridge';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

describe('HTTP bridge (web host)', () => {
  it('posts each call as JSON to /api/<channel> and returns the host’s result', async () => {
    const fetch = vi.fn(async () => jsonResponse({ ok: true, value: { entries: [] } }));
    const bridge = createHttpBridge({ fetch: fetch as unknown as typeof globalThis.fetch });
    expect(bridge.host).toBe('web');
    expect(await bridge.files.recent({})).toEqual({ ok: true, value: { entries: [] } });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/files:recent');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{}' });
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('turns a refusal page into an error result that carries the host’s explanation', async () => {
    const fetch = vi.fn(async () => new Response('Từ chối: thiếu mã truy cập\nRefused: token missing', { status: 401, headers: { 'Content-Type': 'text/plain' } }));
    const r = await createHttpBridge({ fetch: fetch as unknown as typeof globalThis.fetch }).settings.get({});
    expect(r).toMatchObject({ ok: false, error: { code: 'ipc.forbidden-sender' } });
    if (!r.ok) expect(r.error.message.en).toContain('token missing');
  });

  it('turns a lost connection into an error result, never a rejected promise', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const r = await createHttpBridge({ fetch: fetch as unknown as typeof globalThis.fetch }).app.info({});
    expect(r).toMatchObject({ ok: false, error: { code: 'ipc.network' } });
  });

  it('delivers events from the event stream to their listeners only', () => {
    const listeners: Record<string, (e: MessageEvent) => void> = {};
    const source = { addEventListener: (name: string, fn: (e: MessageEvent) => void) => void (listeners[name] = fn) } as unknown as EventSource;
    const bridge = createHttpBridge({ fetch: vi.fn() as unknown as typeof globalThis.fetch, eventSource: () => source });
    const progress = vi.fn();
    const menu = vi.fn();
    const off = bridge.on('documents:progress', progress);
    bridge.on('menu:command', menu);
    listeners['documents:progress'](new MessageEvent('documents:progress', { data: '{"jobId":"j","fraction":0.25}' }));
    expect(progress).toHaveBeenCalledWith({ jobId: 'j', fraction: 0.25 });
    expect(menu).not.toHaveBeenCalled();
    off();
    listeners['documents:progress'](new MessageEvent('documents:progress', { data: '{"jobId":"j","fraction":0.5}' }));
    expect(progress).toHaveBeenCalledTimes(1);
  });
});
