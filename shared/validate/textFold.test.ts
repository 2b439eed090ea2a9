/**
 * The Node accelerator checks each record with generated code that calls the closure checker only
 * for the values its inline tests reject, and folds the text-integrity rules' record scan into the
 * same pass (codegen.ts RecordChecker, TextTest): for a record whose every string is clean, the
 * text rules do not run. These tests hold the accelerated path to the straightforward one —
 * closures, then every rule walking every record — on generated packets of every family with
 * structural, key and text faults (in records and in their list items), under profiles that switch
 * text rules off, and check the checker on its own: the closure checker's issues exactly, and
 * "clean" only where the text scan finds nothing.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { PathSegment } from '../issues/issue';
import { generateRecords } from '../schema/catalog';
import { KIND_MODULES } from '../spec/registry';
import type { KindId } from '../spec/types';
import { scanDocument } from '../text/scan';
import { STRICT_PROFILE, LENIENT_PROFILE } from './builtinProfiles';
import { enableCodegen } from './codegen';
import { compiledPacket } from './compiledPackets';
import { createSink } from './emit';
import { formatInfo, FORMAT_IDS } from './formats';
import type { Profile } from './profileTypes';
import { CORE_RULES, validateText } from './validate';

afterEach(() => enableCodegen(false));

/** Text faults helpdesk staff meet: decomposed tones, invisible characters, curly quotes, mojibake. */
const TEXT_FAULTS: ((s: string) => string)[] = [
  (s) => `${s} Nguyễn`.normalize('NFD'),
  (s) => `${s}\u200b`,
  (s) => `${s}\u00a0Hà`,
  (s) => `“${s}”`,
  () => 'NguyÔn ThÞ Minh H»ng',
  () => 'Nguyá»…n Thá»‹',
  (s) => `${s} Ñaêng kyù`,
  (s) => `${s} €`,
];
/** Structural faults, so that records fail the predicate for other reasons too. */
const SHAPE_FAULTS: ((v: unknown) => unknown)[] = [() => 12, () => null, () => '', () => ({ x: 'Hà\u200b' }), () => ['a', 'Ñaêng'], (v) => v, () => true, () => [], () => 'x'.repeat(5000)];
/** Faults of the keys of an object: other letter case, an unknown key, a key removed. */
const KEY_FAULTS: ((o: Rec, k: string) => void)[] = [
  (o, k) => {
    o[k.toLowerCase()] = o[k];
    delete o[k];
  },
  (o) => (o.KhoaLa = 'Hà\u200bNội'),
  (o, k) => delete o[k],
  (o) => (o.GhiChuThem = 'ok'),
];

type Rec = Record<string, unknown>;

/** The `n`-th object (counting depth-first, the record first) of a record. */
function nthObject(record: Rec, n: number): Rec {
  const all: Rec[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') {
      all.push(v as Rec);
      Object.values(v).forEach(visit);
    }
  };
  visit(record);
  return all[n % all.length];
}

/** Applies fault `f` to the `n`-th string (counting depth-first) of a value, in place; the record when none. */
function faultString(value: Rec, n: number, f: (s: string) => string): void {
  let seen = 0;
  const visit = (holder: Rec | unknown[], key: string | number): boolean => {
    const v = (holder as Record<string | number, unknown>)[key];
    if (typeof v === 'string') {
      if (seen++ === n) {
        (holder as Record<string | number, unknown>)[key] = f(v);
        return true;
      }
      return false;
    }
    if (Array.isArray(v)) return v.some((_, i) => visit(v, i));
    if (v !== null && typeof v === 'object') return Object.keys(v).some((k) => visit(v as Rec, k));
    return false;
  };
  if (!Object.keys(value).some((k) => visit(value, k))) value.GhiChu = f('x');
}

interface Fault {
  record: number;
  string: number;
  text: number;
  shape: number | undefined;
  key: number;
  object?: number;
  keyFault?: number;
}

const fault = fc.record(
  {
    record: fc.nat(29),
    string: fc.nat(60),
    text: fc.nat(TEXT_FAULTS.length - 1),
    shape: fc.option(fc.nat(SHAPE_FAULTS.length - 1), { nil: undefined }),
    key: fc.nat(40),
    object: fc.nat(12),
    keyFault: fc.nat(KEY_FAULTS.length - 1),
  },
  { requiredKeys: ['record', 'string', 'text', 'shape', 'key'] },
);

function faulty(kind: KindId, seed: number, faults: Fault[]): Rec[] {
  const records = generateRecords(kind, 30, seed);
  for (const f of faults) {
    const r = records[f.record % records.length];
    faultString(r, f.string, TEXT_FAULTS[f.text]);
    // Structure and keys of the record or of an object nested in it (a list item).
    const target = f.object === undefined ? r : nthObject(r, f.object);
    const keys = Object.keys(target);
    const k = keys[f.key % keys.length];
    if (k !== undefined && f.shape !== undefined) target[k] = SHAPE_FAULTS[f.shape](target[k]);
    if (k !== undefined && f.keyFault !== undefined) KEY_FAULTS[f.keyFault](target, k);
  }
  return records;
}

/** The issues of a text with the accelerator on (folded) and off (closures and rule walks). */
function bothWays(text: string, kind: KindId, profile: Profile) {
  enableCodegen(false);
  const plain = validateText(text, { kind, profile });
  enableCodegen(true);
  const folded = validateText(text, { kind, profile });
  enableCodegen(false);
  return { plain: plain.issues, folded: folded.issues };
}

const KINDS = KIND_MODULES.map((m) => m.spec.id);
const NO_NFD: Profile = { ...STRICT_PROFILE, id: 'no-nfd', rules: { ...STRICT_PROFILE.rules, 'text.nfd': 'off', 'text.mojibake': 'off' } };
const NO_TEXT: Profile = {
  ...STRICT_PROFILE,
  id: 'no-text',
  rules: { ...STRICT_PROFILE.rules, 'text.nfd': 'off', 'text.mojibake': 'off', 'text.mixed-normalization': 'off', 'text.invisible-char': 'off', 'text.smart-quote-in-code': 'off' },
};

describe('the text check folded into the accelerated record check', () => {
  it('gives exactly the issues of the closures and rule walks, for every family and profile', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.nat(1000), fc.array(fault, { maxLength: 8 }), fc.constantFrom(STRICT_PROFILE, LENIENT_PROFILE, NO_NFD, NO_TEXT), (kind, seed, faults, profile) => {
        const text = JSON.stringify(faulty(kind, seed, faults));
        const { plain, folded } = bothWays(text, kind, profile);
        expect(folded).toEqual(plain);
      }),
      { numRuns: 120 },
    );
  });

  it('still reports every text fault of a batch (the fold is not silently skipping records)', () => {
    const faults = Array.from({ length: 30 }, (_, i) => ({ record: i, string: i, text: i % 3, shape: undefined, key: 0 }));
    const { plain, folded } = bothWays(JSON.stringify(faulty('dossier', 7, faults)), 'dossier', STRICT_PROFILE);
    expect(folded).toEqual(plain);
    expect(folded.filter((i) => i.code.startsWith('text.')).length).toBeGreaterThanOrEqual(30);
  });
});

describe('the text-aware predicate on its own', () => {
  it('finds exactly what the closure checker finds, and calls a record clean only when the text scan finds nothing', () => {
    enableCodegen(true);
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.nat(1000), fc.array(fault, { maxLength: 3 }), fc.boolean(), (kind, seed, faults, withText) => {
        const module = KIND_MODULES.find((m) => m.spec.id === kind)!;
        const packet = module.spec.packets.find((p) => p.record)!;
        const compiled = compiledPacket(packet, STRICT_PROFILE, KIND_MODULES);
        const checker = compiled.recordChecker(withText ? CORE_RULES.textLens : undefined)!;
        expect(checker).toBeTypeOf('function');
        faulty(kind, seed, faults).forEach((record, i) => {
          const path: PathSegment[] = ['data', i];
          const accelerated = createSink();
          const clean = checker(record, path, accelerated);
          const closures = createSink();
          compiled.record!(record, path, closures);
          expect(accelerated.issues).toEqual(closures.issues);
          expect(path).toEqual(['data', i]);
          if (clean && withText) expect(scanDocument(record, packet.record)).toEqual([]);
          // The predicate in front of it: "nothing here" only where the closures and the text scan agree.
          const predicate = withText ? compiled.fastRecordWithText(CORE_RULES.textLens!)! : compiled.fastRecord!;
          if (predicate(record)) {
            expect(closures.issues).toEqual([]);
            if (withText) expect(scanDocument(record, packet.record)).toEqual([]);
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it('trusts only formats that accept printable ASCII alone', () => {
    const asciiOnly = FORMAT_IDS.filter((id) => formatInfo(id).asciiOnly);
    expect(asciiOnly).toContain('datetime14');
    expect(asciiOnly).not.toContain('email');
    expect(asciiOnly).not.toContain('url');
    const valid = ['20240312081500', '20240312', '12/03/2024', '7-2020', '0912345678', '+84912345678', '45%', '96.55', '12', 'True', '001203012345', '3f2504e0-4f89-41d3-9a0c-0305e82c3301', '2024'];
    const odd = fc.constantFrom('١', '０', 'é', 'ễ', '\u00a0', '\u200b', '\u0000', '\u007f', '\u0301', '1', '0', ' ', '\t');
    fc.assert(
      fc.property(fc.constantFrom(...asciiOnly), fc.constantFrom(...valid), fc.array(fc.tuple(fc.nat(16), odd), { maxLength: 2 }), (id, base, inserts) => {
        let s = base;
        for (const [at, c] of inserts) {
          const i = at % (s.length + 1);
          s = s.slice(0, i) + c + s.slice(i);
        }
        if (formatInfo(id).check(s)) expect(s, `${id} accepts ${JSON.stringify(s)}`).toMatch(/^[\x20-\x7e\t\r\n]*$/);
      }),
      { numRuns: 5000 },
    );
  });
});
