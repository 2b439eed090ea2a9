import { describe, expect, it, vi } from 'vitest';
import { buildBridge } from './bridge';
import { CHANNEL_NAMES, EVENT_NAMES } from './channels';
import { CONTRACT, EVENTS } from './contract';
import { rendererCspHeader, rendererCspMeta } from './csp';
import { ok } from './result';

describe('bridge contract', () => {
  it('names every channel <namespace>:<method> and defines exactly the named channels and events', () => {
    for (const name of CHANNEL_NAMES) expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/);
    expect(Object.keys(CONTRACT).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(Object.keys(EVENTS).sort()).toEqual([...EVENT_NAMES].sort());
  });

  it('refuses malformed requests before any handler sees them', () => {
    expect(CONTRACT['files:read'].request.safeParse({}).success).toBe(false);
    expect(CONTRACT['files:read'].request.safeParse({ path: '' }).success).toBe(false);
    expect(CONTRACT['files:read'].request.safeParse({ path: '/x.json', extra: 1 }).success).toBe(false);
    expect(CONTRACT['settings:update'].request.safeParse({ patch: { language: 'fr' } }).success).toBe(false);
    expect(CONTRACT['settings:update'].request.safeParse({ patch: { colour: 'red' } }).success).toBe(false);
    expect(CONTRACT['secrets:set'].request.safeParse({ key: '../etc/passwd', value: 'x' }).success).toBe(false);
    expect(CONTRACT['documents:validate'].request.safeParse({ jobId: 'a b', source: { text: '{}' } }).success).toBe(false);
    expect(CONTRACT['documents:validate'].request.safeParse({ jobId: 'j1', source: { text: '{}', path: '/x' } }).success).toBe(false);
    expect(CONTRACT['documents:validate'].request.safeParse({ jobId: 'j1', source: { text: '{}' }, kind: 'nonsense' }).success).toBe(false);
  });

  it('applies request defaults: a save without encoding writes UTF-8 without BOM', () => {
    const parsed = CONTRACT['files:save'].request.parse({ path: 'a.json', text: '{}' });
    expect(parsed).toEqual({ path: 'a.json', text: '{}', encoding: 'utf-8', bom: false });
  });
});

describe('buildBridge', () => {
  it('exposes one method per channel under its namespace, routed to that channel', async () => {
    const invoke = vi.fn(async () => ok({ paths: [] }));
    const bridge = buildBridge('web', invoke, () => () => undefined);
    for (const channel of CHANNEL_NAMES) {
      const [ns, method] = channel.split(':');
      expect(typeof (bridge as unknown as Record<string, Record<string, unknown>>)[ns][method]).toBe('function');
    }
    await bridge.files.read({ path: '/tmp/a.json' });
    expect(invoke).toHaveBeenCalledWith('files:read', { path: '/tmp/a.json' });
    expect(bridge.host).toBe('web');
  });

  it('subscribes only to events of the contract', () => {
    const subscribe = vi.fn(() => () => undefined);
    const bridge = buildBridge('electron', async () => ok(null), subscribe);
    bridge.on('documents:progress', () => undefined);
    expect(subscribe).toHaveBeenCalledWith('documents:progress', expect.any(Function));
    expect(() => bridge.on('not:an-event' as 'menu:command', () => undefined)).toThrow(/Unknown bridge event/);
  });
});

describe('renderer CSP', () => {
  it('forbids eval and inline scripts but lets bundled and blob workers start', () => {
    for (const policy of [rendererCspHeader(), rendererCspMeta()]) {
      expect(policy).not.toContain('unsafe-eval');
      expect(policy).toMatch(/script-src 'self'(;|$)/);
      expect(policy).toMatch(/worker-src 'self' blob:/);
      expect(policy).toMatch(/default-src 'none'/);
      expect(policy).toMatch(/object-src 'none'/);
    }
    expect(rendererCspHeader()).toContain("frame-ancestors 'none'");
    // frame-ancestors is ignored (with a console error) in a meta tag.
    expect(rendererCspMeta()).not.toContain('frame-ancestors');
  });
});
