import { describe, expect, it, vi } from 'vitest';
import { ServiceError } from '../errors';
import { dispatch, type Handlers } from './dispatch';

const context = { emit: vi.fn() };

/** A handler table where every channel fails loudly unless the test overrides it. */
function handlers(overrides: Partial<Handlers>): Handlers {
  return new Proxy(overrides as Handlers, {
    get: (target, key: string) => (target as Record<string, unknown>)[key] ?? (() => Promise.reject(new Error(`unexpected call ${key}`))),
  });
}

describe('dispatch', () => {
  it('refuses a channel outside the contract', async () => {
    const r = await dispatch('shell:exec', {}, handlers({}), context);
    expect(r).toMatchObject({ ok: false, error: { code: 'ipc.unknown-channel' } });
    if (!r.ok) expect(r.error.message.vi).toContain('shell:exec');
  });

  it('refuses a malformed request, naming the field, without calling the handler', async () => {
    const read = vi.fn();
    const r = await dispatch('files:read', { path: 42 }, handlers({ 'files:read': read }), context);
    expect(read).not.toHaveBeenCalled();
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('ipc.bad-request');
      expect(r.error.message.en).toContain('path');
    }
  });

  it('passes the parsed request (defaults applied) and returns the value', async () => {
    const save = vi.fn(async () => ({ path: 'a.json', name: 'a.json', size: 2, savedAt: '2025-01-01T00:00:00.000Z' }));
    const r = await dispatch('files:save', { path: 'a.json', text: '{}' }, handlers({ 'files:save': save }), context);
    expect(save).toHaveBeenCalledWith({ path: 'a.json', text: '{}', encoding: 'utf-8', bom: false }, context);
    expect(r).toEqual({ ok: true, value: { path: 'a.json', name: 'a.json', size: 2, savedAt: '2025-01-01T00:00:00.000Z' } });
  });

  it('turns a ServiceError into its code and bilingual message', async () => {
    const message = { vi: 'Không tìm thấy tệp "x.json".', en: 'File "x.json" was not found.' };
    const r = await dispatch('files:read', { path: '/x.json' }, handlers({ 'files:read': () => Promise.reject(new ServiceError('files.not-found', message)) }), context);
    expect(r).toEqual({ ok: false, error: { code: 'files.not-found', message } });
  });

  it('turns an unexpected exception into ipc.internal instead of crashing the host', async () => {
    const log = vi.fn();
    const r = await dispatch('files:recent', {}, handlers({ 'files:recent': () => Promise.reject(new TypeError('boom')) }), context, { log });
    expect(r).toMatchObject({ ok: false, error: { code: 'ipc.internal' } });
    expect(log).toHaveBeenCalled();
  });

  it('catches a handler whose answer breaks the contract', async () => {
    const r = await dispatch('files:recent', {}, handlers({ 'files:recent': async () => ({ entries: 'nope' }) as never }), context, { log: () => undefined });
    expect(r).toMatchObject({ ok: false, error: { code: 'ipc.bad-response' } });
  });
});
