import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPackets, validateText } from '../index';
import { createMasker } from '../mask/index';
import { summarize, toCsv, toHtml, type ReportEntry } from './index';
import { SAMPLES_DIR } from '../../tests/support/reference';

const dir = join(SAMPLES_DIR, 'dossier');
const files = ['92-invalid-missing-required.json', '93-invalid-cross-field.json', '90-invalid-date-format.json', '01-dongbohosomc-create-online-valid.json'];

describe('reports over real engine output', () => {
  it('summarise and export what validateText reports for the reference samples', () => {
    const entries: ReportEntry[] = files.map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return { file: f, report: validateText(text), document: JSON.parse(text) };
    });
    const s = summarize(entries);
    const total = entries.reduce((n, e) => n + e.report.issues.length, 0);
    expect(s.byCode.reduce((n, g) => n + g.count, 0)).toBe(total);
    expect(s.byKind.map((g) => g.key)).toEqual(['dossier']);
    expect(s.byAgency.every((g) => /^000\.\d\d\.\d\d\.H\d\d$/.test(g.key))).toBe(true);
    expect(s.filesValid).toBe(entries.filter((e) => e.report.valid).length);
    const csvRows = toCsv(entries).split('\r\n').filter(Boolean);
    expect(csvRows).toHaveLength(1 + total);
    const masker = createMasker({ packets: allPackets(), seed: 1 });
    entries.forEach((e) => masker.learn(e.document));
    const html = toHtml(entries, { meta: { appVersion: '0.1.0', specVersion: 'test', generatedAt: 0 }, masker });
    expect(html).not.toContain('0912345678');
    // Epoch 0 is 07:00 on 1 January 1970 in Hà Nội.
    expect(html).toContain('01/01/1970 07:00');
  });
});
