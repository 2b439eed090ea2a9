import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateText } from '../index';
import { IssueIndex } from './issueIndex';

import { SAMPLES_DIR } from '../../tests/support/reference';

const sample = (kind: string, file: string) => readFileSync(join(SAMPLES_DIR, kind, file), 'utf8');

describe('issues indexed by path', () => {
  const report = validateText(sample('dossier', '93-invalid-cross-field.json'));
  const index = new IssueIndex(report.issues);

  it('finds the issues of one field and rolls them up to its record and the document', () => {
    const deadline = report.issues.filter((i) => i.path === 'data[0].NgayHenTra');
    expect(deadline.length).toBeGreaterThan(0);
    expect(index.at('data[0].NgayHenTra')).toEqual(deadline);
    expect(index.at(['data', 0, 'NgayHenTra'])).toEqual(deadline);
    // Everything in the sample is inside record 0.
    expect(index.under(['data', 0])).toHaveLength(report.issues.length);
    expect(index.counts(['data', 0])).toEqual(report.counts);
    expect(index.counts('')).toEqual(report.counts);
    expect(index.recordCounts(0)).toEqual(report.counts);
    expect(index.recordsWithIssues()).toEqual([0]);
  });

  it('a field without issues has none and counts zero', () => {
    expect(index.at('data[0].MaHoSo')).toEqual([]);
    expect(index.counts('data[0].MaHoSo')).toEqual({ error: 0, warning: 0, info: 0 });
    expect(index.recordCounts(5)).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it('does not confuse a field with another whose name starts the same', () => {
    const idx = new IssueIndex([
      { path: 'data[0].NgayTra', segments: ['data', 0, 'NgayTra'], code: 'x', severity: 'error', message: { vi: 'a', en: 'a' }, record: 0 },
      { path: 'data[1].NgayTraKetQua', segments: ['data', 1, 'NgayTraKetQua'], code: 'y', severity: 'warning', message: { vi: 'b', en: 'b' }, record: 1 },
      { path: 'data[10].NgayTra', segments: ['data', 10, 'NgayTra'], code: 'z', severity: 'info', message: { vi: 'c', en: 'c' }, record: 10 },
    ]);
    expect(idx.under('data[1]').map((i) => i.code)).toEqual(['y']);
    expect(idx.counts('data[0].NgayTra')).toEqual({ error: 1, warning: 0, info: 0 });
    expect(idx.counts('data')).toEqual({ error: 1, warning: 1, info: 1 });
    expect(idx.recordsWithIssues()).toEqual([0, 1, 10]);
  });
});
