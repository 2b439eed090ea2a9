/**
 * Properties over the real packet families (fast-check): templates and generated records are
 * valid under `strict`; removing or corrupting a required (M) field always yields an error at
 * exactly that path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../generate/random';
import { formatPath, type PathSegment } from '../issues/issue';
import { KIND_MODULES } from '../spec/registry';
import type { KindModule } from '../spec/module';
import type { ObjectSpec, PacketSpec } from '../spec/types';
import { enableCodegen } from './codegen';
import { validateValue } from './validate';

const brief = (issues: { severity: string; code: string; path: string }[]) => issues.map((i) => `${i.severity} ${i.code} ${i.path}`).join('\n');

/** The main packet's template with its records replaced by `records`. */
function withRecords(m: KindModule, records: Record<string, unknown>[]): { doc: Record<string, unknown>; packet: PacketSpec } {
  const packet = m.spec.packets[0];
  const doc = structuredClone(m.template()) as Record<string, unknown>;
  if (packet.recordsField) doc[packet.recordsField] = packet.recordsShape === 'object' ? records[0] : records;
  return { doc, packet };
}

/** Paths (inside one record) of the M fields present in it, nested list items included. */
function requiredPaths(spec: ObjectSpec, value: Record<string, unknown>, prefix: PathSegment[] = []): { path: PathSegment[]; allowEmpty: boolean; type: string }[] {
  const out: { path: PathSegment[]; allowEmpty: boolean; type: string }[] = [];
  for (const f of spec.fields) {
    const v = value[f.name];
    if (v === undefined) continue;
    if (f.required === 'M' && f.type !== 'any') out.push({ path: [...prefix, f.name], allowEmpty: f.allowEmpty === true, type: f.type });
    if (f.items && Array.isArray(v)) {
      v.forEach((item, i) => {
        if (item && typeof item === 'object' && !Array.isArray(item)) out.push(...requiredPaths(f.items!, item as Record<string, unknown>, [...prefix, f.name, i]));
      });
    }
  }
  return out;
}

function setAt(root: unknown, path: PathSegment[], update: (parent: Record<string, unknown> | unknown[], key: PathSegment) => void): void {
  let node = root as Record<string, unknown>;
  for (const seg of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[seg] as Record<string, unknown>;
  update(node, path[path.length - 1]);
}

describe('templates and generated records', () => {
  for (const m of KIND_MODULES) {
    it(`${m.spec.id}: the template of every packet is valid under strict`, () => {
      let tried = 0;
      for (const p of m.spec.packets) {
        let doc: Record<string, unknown>;
        try {
          doc = m.template(p.id);
        } catch {
          // A family may offer templates for some of its packets only; the main one is required below.
          continue;
        }
        tried++;
        const report = validateValue(doc, { packetId: p.id });
        expect(report.valid, `${p.id}\n${brief(report.issues)}`).toBe(true);
        // Detection finds the same packet without being told. Replies carry no service, and some
        // replies have the same shape (e.g. the two LayDanhSachHoiDap… lists): any reply they are
        // indistinguishable from must accept them too.
        const detected = validateValue(doc);
        if (p.role === 'response' && detected.packetId !== p.id) {
          expect(detected.form, `${p.id} detected as a reply`).toBe('reply');
          expect(detected.valid, `${p.id} detected as ${detected.packetId}\n${brief(detected.issues)}`).toBe(true);
        } else expect(detected.packetId, `${p.id} detected`).toBe(p.id);
      }
      expect(tried).toBeGreaterThan(0);
      expect(validateValue(m.template()).valid).toBe(true);
    });

    it(`${m.spec.id}: generated records are valid under strict, with and without the accelerator`, () => {
      if (!m.spec.packets[0].record) return;
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 12 }), fc.boolean(), (seed, n, accelerate) => {
          const records = m.generate(n, createRandom(seed));
          if (records.length === 0) return;
          const { doc, packet } = withRecords(m, records);
          enableCodegen(accelerate);
          try {
            const report = validateValue(doc, { packetId: packet.id });
            expect(report.valid, `seed ${seed}\n${brief(report.issues)}`).toBe(true);
          } finally {
            enableCodegen(false);
          }
        }),
        { numRuns: 40 },
      );
    });

    it(`${m.spec.id}: removing or corrupting a required field yields an error at that path`, () => {
      const packet = m.spec.packets[0];
      if (!packet.record || !packet.recordsField) return;
      const field = packet.recordsField;
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 2 ** 31 - 1 }),
          fc.nat(),
          fc.constantFrom('remove', 'wrong-type', 'empty'),
          fc.boolean(),
          (seed, pick, how, accelerate) => {
            const records = m.generate(3, createRandom(seed));
            if (records.length === 0) return;
            const index = packet.recordsShape === 'object' ? 0 : pick % records.length;
            const targets = requiredPaths(packet.record!, records[index]);
            if (targets.length === 0) return;
            const target = targets[pick % targets.length];
            if (how === 'empty' && (target.allowEmpty || target.type === 'array' || target.type === 'object')) return;
            const { doc } = withRecords(m, records);
            const path: PathSegment[] = packet.recordsShape === 'object' ? [field, ...target.path] : [field, index, ...target.path];
            setAt(doc, path, (parent, key) => {
              if (how === 'remove') delete (parent as Record<string | number, unknown>)[key];
              // An object is the wrong JSON type for every scalar and list field.
              else if (how === 'wrong-type') (parent as Record<string | number, unknown>)[key] = target.type === 'object' ? [] : { wrong: true };
              else (parent as Record<string | number, unknown>)[key] = '';
            });
            enableCodegen(accelerate);
            try {
              const report = validateValue(doc, { packetId: packet.id });
              const at = formatPath(path);
              expect(
                report.issues.some((i) => i.path === at && i.severity === 'error'),
                `${how} ${at} (seed ${seed})\n${brief(report.issues)}`,
              ).toBe(true);
            } finally {
              enableCodegen(false);
            }
          },
        ),
        { numRuns: 60 },
      );
    });
  }

  it('removing or corrupting a required envelope field of any packet yields an error at that path', () => {
    for (const m of KIND_MODULES) {
      for (const p of m.spec.packets) {
        let doc: Record<string, unknown>;
        try {
          doc = m.template(p.id);
        } catch {
          continue;
        }
        for (const f of p.envelope.fields) {
          if (f.required !== 'M' || f.type === 'any' || doc[f.name] === undefined) continue;
          for (const how of ['remove', 'wrong-type'] as const) {
            const copy = structuredClone(doc);
            if (how === 'remove') delete copy[f.name];
            else copy[f.name] = f.type === 'object' ? [] : { wrong: true };
            const report = validateValue(copy, { packetId: p.id });
            expect(report.issues.some((i) => i.path === f.name && i.severity === 'error'), `${p.id} ${how} ${f.name}\n${brief(report.issues)}`).toBe(true);
          }
        }
      }
    }
  });
});
