import { describe, expect, it } from 'vitest';
import { FAULT_KINDS, makeFault } from './faults';

describe('makeFault', () => {
  it('gives every kind a title, a message naming the target and an action, in both languages', () => {
    for (const kind of FAULT_KINDS) {
      const f = makeFault(kind, { url: 'http://127.0.0.1:9/x', httpStatus: 503, timeoutMs: 1500, detail: 'wrong password' });
      for (const text of [f.title, f.message, f.action]) {
        expect(text.vi.trim().length, `${kind} vi`).toBeGreaterThan(0);
        expect(text.en.trim().length, `${kind} en`).toBeGreaterThan(0);
        expect(text.vi).not.toMatch(/\{\w+\}/);
        expect(text.en).not.toMatch(/\{\w+\}/);
      }
      if (kind !== 'session-refused') expect(f.message.en, kind).toContain('http://127.0.0.1:9/x');
    }
  });

  it('fills the timeout in seconds and the HTTP status', () => {
    expect(makeFault('timeout', { url: 'u', timeoutMs: 1500 }).message.en).toContain('1.5 seconds');
    expect(makeFault('http5xx', { url: 'u', httpStatus: 502 }).title.en).toContain('502');
  });

  it('warns that a send may have arrived only when it may have (never for login or lookups, never for refused)', () => {
    expect(makeFault('timeout', { phase: 'send' }).mayHaveArrived).toBe(true);
    expect(makeFault('timeout', { phase: 'send' }).message.en).toMatch(/may have received/);
    expect(makeFault('timeout', { phase: 'login' }).mayHaveArrived).toBe(false);
    expect(makeFault('timeout', { phase: 'lookup' }).mayHaveArrived).toBe(false);
    expect(makeFault('refused', { phase: 'send' }).mayHaveArrived).toBe(false);
    expect(makeFault('cancelled', { phase: 'send', requestStarted: false }).mayHaveArrived).toBe(false);
    expect(makeFault('cancelled', { phase: 'send', requestStarted: true }).mayHaveArrived).toBe(true);
  });
});
