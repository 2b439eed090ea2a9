import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOSSIER_KIND } from '../spec/kinds/dossierSpec';
import { createMasker, maskText, maskValue } from './index';
import { batchArb, survivingIdentifiers } from './testing';

const packets = DOSSIER_KIND.packets;

describe('masking properties', () => {
  it('no 9- or 12-digit id, phone number or e-mail of the input survives in any masked file (text or value)', () => {
    fc.assert(
      fc.property(batchArb, fc.boolean(), fc.integer(), ({ people, files }, keepStructure, seed) => {
        const masker = createMasker({ packets, seed, keepStructure });
        files.forEach((f) => masker.learn(f));
        for (const f of files) {
          expect(survivingIdentifiers(maskText(masker, JSON.stringify(f, null, 2)), people)).toEqual([]);
          expect(survivingIdentifiers(JSON.stringify(maskValue(masker, f)), people)).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('masking is consistent across the files of a batch: one citizen, one pseudonym everywhere', () => {
    fc.assert(
      fc.property(batchArb, fc.integer(), ({ people, files }, seed) => {
        const masker = createMasker({ packets, seed });
        files.forEach((f) => masker.learn(f));
        const seen = new Map<string, string>();
        files.forEach((f, i) => {
          const masked = JSON.parse(maskText(masker, JSON.stringify(f))) as { data: Record<string, any>[] };
          (f.data as Record<string, any>[]).forEach((rec, j) => {
            const out = masked.data[j];
            for (const [orig, pseudo] of [
              [rec.ChuHoSo, out.ChuHoSo],
              [rec.SoGiayToChuHoSo, out.SoGiayToChuHoSo],
              [rec.SoGiayToChuHoSo, out.DinhDanhCHS[0].SoDinhDanh],
              [rec.DinhDanhCHS[1].SoDinhDanh, out.DinhDanhCHS[1].SoDinhDanh],
              [rec.SoDienThoai, out.SoDienThoai],
              [rec.Email, out.Email],
            ] as [string, string][]) {
              expect(pseudo, `file ${i}`).not.toBe(orig);
              if (seen.has(orig)) expect(pseudo).toBe(seen.get(orig));
              else seen.set(orig, pseudo);
            }
          });
        });
        // Different citizens never share a pseudonym.
        const names = new Set(people.map((p) => p.name));
        const pseudoNames = new Set([...names].map((n) => seen.get(n)).filter(Boolean));
        expect(pseudoNames.size).toBe([...names].filter((n) => seen.has(n)).length);
      }),
      { numRuns: 100 },
    );
  });
});
