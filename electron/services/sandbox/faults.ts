/**
 * Fault injection for the sandbox portal: `--faults SPEC`, a comma-separated list of
 * `name=when` items (full description in ./README.md), e.g.
 *
 *   latency=800,http500=0.2,drop=once,expire-session=after:3,seed=7
 *
 * Faults apply to data calls (the data and share paths); the login is only ever delayed.
 * `when` counts data calls from 1 over the sandbox's life, except for `expire-session`, which
 * counts the data calls served by each session.
 */
import { createRandom, type Random } from '../../../shared/generate/random';
import { t, type Localized } from '../../../shared/i18n/localized';

/** Faults that replace or follow the processing of a data call, in the order they are tried. */
export const CALL_FAULTS = ['hang', 'drop', 'http500', 'empty', 'malformed', 'expire-session', 'drop-after'] as const;
export type CallFault = (typeof CALL_FAULTS)[number];

/** When a fault fires. */
export type When =
  | { kind: 'never' }
  | { kind: 'always' }
  | { kind: 'once' }
  | { kind: 'probability'; p: number }
  | { kind: 'every'; n: number }
  | { kind: 'after'; n: number }
  | { kind: 'nth'; n: number };

export interface FaultSpec {
  latency?: { min: number; max: number };
  faults: Partial<Record<CallFault, When>>;
  seed: number;
}

export type ParseFaults = { ok: true; spec: FaultSpec } | { ok: false; error: Localized };

const NAMES = ['latency', 'seed', ...CALL_FAULTS];

function parseWhen(text: string): When | undefined {
  const v = text.trim().toLowerCase();
  if (v === 'never' || v === 'off') return { kind: 'never' };
  if (v === 'always' || v === 'on') return { kind: 'always' };
  if (v === 'once') return { kind: 'once' };
  const m = /^(every|after|nth):(\d+)$/.exec(v);
  if (m) {
    const n = Number(m[2]);
    if (n < 1) return undefined;
    return { kind: m[1] as 'every' | 'after' | 'nth', n };
  }
  if (/^(0|1|0?\.\d+|1\.0*)$/.test(v)) return { kind: 'probability', p: Number(v) };
  return undefined;
}

/** Parses a `--faults` spec; an empty spec means no fault. Errors name the faulty item. */
export function parseFaultSpec(spec: string | undefined): ParseFaults {
  const out: FaultSpec = { faults: {}, seed: 1 };
  const items = (spec ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const item of items) {
    const eq = item.indexOf('=');
    const name = (eq < 0 ? item : item.slice(0, eq)).trim().toLowerCase();
    const value = eq < 0 ? '' : item.slice(eq + 1).trim();
    const bad = (vi: string, en: string): ParseFaults => ({ ok: false, error: t(`--faults "${item}": ${vi}`, `--faults "${item}": ${en}`) });
    if (!NAMES.includes(name)) {
      return bad(`không có lỗi giả lập tên "${name}"; có: ${NAMES.join(', ')}.`, `there is no fault named "${name}"; known: ${NAMES.join(', ')}.`);
    }
    if (eq < 0 || value === '') return bad('thiếu giá trị sau dấu "=".', 'a value is missing after "=".');
    if (name === 'latency') {
      const m = /^(\d+)(?:-(\d+))?$/.exec(value);
      if (!m) return bad('độ trễ là số mili giây, ví dụ latency=800 hoặc latency=200-1500.', 'latency is milliseconds, e.g. latency=800 or latency=200-1500.');
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : Number(m[2]);
      if (max < min || max > 600_000) return bad('khoảng độ trễ phải tăng dần và không quá 600000 ms.', 'the latency range must ascend and stay within 600000 ms.');
      out.latency = { min, max };
    } else if (name === 'seed') {
      if (!/^\d{1,9}$/.test(value)) return bad('seed là số nguyên không âm.', 'seed is a non-negative integer.');
      out.seed = Number(value);
    } else {
      const when = parseWhen(value);
      if (!when) {
        return bad(
          'giá trị phải là once, always, never, một xác suất từ 0 đến 1 (ví dụ 0.2), every:N, after:N hoặc nth:N.',
          'the value must be once, always, never, a probability from 0 to 1 (e.g. 0.2), every:N, after:N or nth:N.',
        );
      }
      out.faults[name as CallFault] = when;
    }
  }
  return { ok: true, spec: out };
}

/** What describeFaults says when no fault is injected (the start banner of the command line). */
export const NO_FAULTS = '(none)';

/** A readable one-line description of the active faults, for the start banner. */
export function describeFaults(spec: FaultSpec): string {
  const parts: string[] = [];
  if (spec.latency) parts.push(`latency=${spec.latency.min === spec.latency.max ? spec.latency.min : `${spec.latency.min}-${spec.latency.max}`}ms`);
  for (const name of CALL_FAULTS) {
    const w = spec.faults[name];
    if (!w || w.kind === 'never') continue;
    const v = w.kind === 'probability' ? String(w.p) : w.kind === 'every' || w.kind === 'after' || w.kind === 'nth' ? `${w.kind}:${w.n}` : w.kind;
    parts.push(`${name}=${v}`);
  }
  return parts.length ? parts.join(', ') : NO_FAULTS;
}

/** Decides, call by call, which faults fire. */
export class FaultInjector {
  private readonly random: Random;
  private readonly fired = new Set<CallFault>();
  constructor(readonly spec: FaultSpec) {
    this.random = createRandom(spec.seed);
  }

  /** Delay before answering, in ms. */
  latency(): number {
    const l = this.spec.latency;
    if (!l) return 0;
    return l.min === l.max ? l.min : this.random.int(l.min, l.max);
  }

  private fires(name: CallFault, count: number): boolean {
    const w = this.spec.faults[name];
    if (!w) return false;
    switch (w.kind) {
      case 'never':
        return false;
      case 'always':
        return true;
      case 'once':
        if (this.fired.has(name)) return false;
        this.fired.add(name);
        return true;
      case 'probability':
        return this.random.chance(w.p);
      case 'every':
        return count % w.n === 0;
      case 'after':
        return count > w.n;
      case 'nth':
        return count === w.n;
    }
  }

  /** The fault that replaces the processing of data call number `callNumber` (1-based), if any. */
  before(callNumber: number): Exclude<CallFault, 'expire-session' | 'drop-after'> | undefined {
    for (const name of ['hang', 'drop', 'http500', 'empty', 'malformed'] as const) if (this.fires(name, callNumber)) return name;
    return undefined;
  }

  /** Whether the session is treated as expired, given how many data calls it has served before this one. */
  expireSession(servedBySession: number): boolean {
    return this.fires('expire-session', servedBySession + 1);
  }

  /** Whether the reply of a processed call is lost (the connection is cut after processing). */
  dropAfter(callNumber: number): boolean {
    return this.fires('drop-after', callNumber);
  }
}
