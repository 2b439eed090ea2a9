import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOSSIER_KIND } from '../spec/kinds/dossierSpec';
import { createMasker } from '../mask/index';
import { batchArb, survivingIdentifiers } from '../mask/testing';
import { toCsv, toHtml, toJUnit, toJsonReport, summarize, type ReportEntry } from './index';
import { issue, reportOf } from './testing';

const META = { appVersion: '0.1.0', specVersion: 'test', generatedAt: 0 };

describe('masked reports', () => {
  it('no id, phone or e-mail of the input survives in a masked HTML, CSV, JSON or JUnit report', () => {
    fc.assert(
      fc.property(batchArb, fc.integer(), ({ people, files }, seed) => {
        const entries: ReportEntry[] = files.map((doc, i) => {
          const p = people[i % people.length];
          return {
            // File names and messages quote personal values, as real ones do.
            file: `hoso-${p.cccd}-${p.phone}.json`,
            document: doc,
            report: reportOf([
              issue({ code: 'format.email', path: 'data[0].Email', record: 0, message: { vi: `Email "${p.email}" không hợp lệ`, en: `E-mail "${p.email}" is invalid` } }),
              issue({ code: 'dossier.id-kind', path: 'data[0].DinhDanhCHS[1].SoDinhDanh', record: 0, message: { vi: `Số ${p.cmnd} có 9 chữ số nhưng LoaiDinhDanh là 1; CCCD ${p.cccd}`, en: `Number ${p.cmnd} has 9 digits` }, hint: { vi: `Gọi ${p.phone}`, en: `Call ${p.phone}` } }),
            ]),
          };
        });
        const masker = createMasker({ packets: DOSSIER_KIND.packets, seed });
        entries.forEach((e) => masker.learn(e.document));
        const opts = { meta: META, masker };
        for (const out of [toHtml(entries, opts), toCsv(entries, opts), toJsonReport(entries, opts), toJUnit(entries, opts), JSON.stringify(summarize(entries, opts))]) {
          expect(survivingIdentifiers(out, people)).toEqual([]);
        }
        // Unmasked, the same report does show them: the check above is not vacuous.
        expect(survivingIdentifiers(toCsv(entries), people).length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});
