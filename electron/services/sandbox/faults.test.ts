import { describe, expect, it } from 'vitest';
import { FaultInjector, describeFaults, parseFaultSpec, type FaultSpec } from './faults';

function spec(text: string): FaultSpec {
  const r = parseFaultSpec(text);
  if (!r.ok) throw new Error(r.error.en);
  return r.spec;
}

describe('parseFaultSpec', () => {
  it('reads the documented example', () => {
    const s = spec('latency=800,http500=0.2,drop=once,expire-session=after:3');
    expect(s.latency).toEqual({ min: 800, max: 800 });
    expect(s.faults).toEqual({ http500: { kind: 'probability', p: 0.2 }, drop: { kind: 'once' }, 'expire-session': { kind: 'after', n: 3 } });
    expect(describeFaults(s)).toBe('latency=800ms, drop=once, http500=0.2, expire-session=after:3');
  });

  it('reads ranges, counters and a seed; an empty spec means no fault', () => {
    const s = spec(' latency=200-1500 , hang=nth:2, empty=every:3, malformed=always, drop-after=once, seed=7 ');
    expect(s.latency).toEqual({ min: 200, max: 1500 });
    expect(s.seed).toBe(7);
    expect(s.faults.hang).toEqual({ kind: 'nth', n: 2 });
    expect(describeFaults(spec(''))).toBe('(none)');
  });

  it('names the faulty item and says what is allowed, in both languages', () => {
    for (const bad of ['boom=once', 'http500', 'http500=2', 'drop=sometimes', 'latency=fast', 'latency=900-100', 'every=every:0', 'seed=-1']) {
      const r = parseFaultSpec(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) {
        expect(r.error.vi).toContain(`"${bad}"`);
        expect(r.error.en).toContain(`"${bad}"`);
      }
    }
  });
});

describe('FaultInjector', () => {
  it('fires once, every N, after N and on the Nth call as written', () => {
    const count = (text: string, name: 'http500', calls = 6) => {
      const f = new FaultInjector(spec(text));
      return Array.from({ length: calls }, (_, i) => f.before(i + 1) === name);
    };
    expect(count('http500=once', 'http500')).toEqual([true, false, false, false, false, false]);
    expect(count('http500=every:2', 'http500')).toEqual([false, true, false, true, false, true]);
    expect(count('http500=after:4', 'http500')).toEqual([false, false, false, false, true, true]);
    expect(count('http500=nth:3', 'http500')).toEqual([false, false, true, false, false, false]);
  });

  it('is reproducible for a seed and fires about as often as the probability says', () => {
    const run = () => {
      const f = new FaultInjector(spec('drop=0.25,seed=42'));
      return Array.from({ length: 2000 }, (_, i) => f.before(i + 1) === 'drop');
    };
    const a = run();
    expect(run()).toEqual(a);
    const share = a.filter(Boolean).length / a.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.3);
  });

  it('counts expire-session per session: after:3 lets each session serve three calls', () => {
    const f = new FaultInjector(spec('expire-session=after:3'));
    expect([0, 1, 2, 3].map((served) => f.expireSession(served))).toEqual([false, false, false, true]);
  });

  it('draws latency within the range', () => {
    const f = new FaultInjector(spec('latency=100-200'));
    for (let i = 0; i < 50; i++) {
      const l = f.latency();
      expect(l).toBeGreaterThanOrEqual(100);
      expect(l).toBeLessThanOrEqual(200);
    }
  });
});
