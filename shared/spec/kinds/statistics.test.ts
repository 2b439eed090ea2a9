import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../generate/random';
import { formatPath } from '../../issues/issue';
import { runRule } from '../../rules/testing';
import type { Rule } from '../../rules/types';
import { statisticsModule } from './statistics';
import { SAMPLES_DIR } from '../../../tests/support/reference';

const SAMPLES = join(SAMPLES_DIR, 'statistics');
const sample = (name: string) => JSON.parse(readFileSync(join(SAMPLES, name), 'utf8')) as { data: Record<string, unknown>[] };
const packet = statisticsModule.spec.packets[0];
const rule = (code: string): Rule => {
  const r = statisticsModule.rules.find((x) => x.code === code);
  if (!r) throw new Error(`no rule ${code}`);
  return r;
};
const findings = (record: Record<string, unknown>): string[] =>
  statisticsModule.rules.flatMap((r) => runRule(r, { packet, record }).map((f) => `${r.code}@${formatPath(f.at)}`));

/** A consistent record: X = 100 + 20, D = 90 + 10, C = 15 + 5. */
const record = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  Madonvi: '000.00.21.H35',
  TenDonVi: 'UBND xã Thanh Hà',
  Thang: '3',
  Nam: '2026',
  LoaiThongKe: '1',
  SoNhanTrongKy: '100',
  SoTonKyTruoc: '20',
  TongSoXuLy: '120',
  TongDaXuLy: '100',
  TongXuLyDungHan: '90',
  PhanTramXuLyDungHan: '90.00',
  TongXuLyTreHan: '10',
  PhanTramXuLyTreHan: '10.00',
  TongChuaXuLy: '20',
  TongChuaXuLyTrongHan: '15',
  PhanTramChuaXuLyTrongHan: '75.00',
  TongChuaXuLyTreHan: '5',
  PhanTramChuaXuLyTreHan: '25.00',
  GhiChu: '',
  ...over,
});
const run = (code: string, over: Record<string, unknown>) => runRule(rule(code), { packet, record: record(over) });

describe('statistics sums (b.2 rules 1–3)', () => {
  it('a consistent record gives no finding from any rule', () => {
    expect(findings(record())).toEqual([]);
  });
  it('X ≠ N + T is reported at TongSoXuLy with the recomputed total', () => {
    const f = run('statistics.total-mismatch', { SoTonKyTruoc: '25', TongDaXuLy: '100' });
    expect(f.map((x) => formatPath(x.at))).toEqual(['TongSoXuLy']);
    expect(f[0].params).toMatchObject({ value: 120, expected: 125 });
    expect(f[0].fix?.edits).toEqual([{ op: 'set', path: ['TongSoXuLy'], value: '125' }]);
  });
  it('D ≠ DH + TH is reported at TongDaXuLy, keeping a JSON number a number', () => {
    const f = run('statistics.finished-mismatch', { TongXuLyTreHan: 12, TongDaXuLy: 100 });
    expect(f.map((x) => formatPath(x.at))).toEqual(['TongDaXuLy']);
    expect(f[0].fix?.edits).toEqual([{ op: 'set', path: ['TongDaXuLy'], value: 102 }]);
  });
  it('C ≠ CT + CQ is reported at TongChuaXuLy', () => {
    expect(run('statistics.pending-mismatch', { TongChuaXuLyTreHan: '4' }).map((x) => formatPath(x.at))).toEqual(['TongChuaXuLy']);
  });
  it('a sum with an invalid operand is left to the count rule (no cascade)', () => {
    expect(run('statistics.total-mismatch', { SoTonKyTruoc: 'NaN' })).toEqual([]);
    expect(run('statistics.count-invalid', { SoTonKyTruoc: 'NaN' }).map((x) => formatPath(x.at))).toEqual(['SoTonKyTruoc']);
  });
});

describe('statistics D + C against X (b.2 rule 4)', () => {
  it('D + C > X is the firm rule, D + C < X the inferred one', () => {
    expect(run('statistics.handled-exceeds-total', { TongSoXuLy: '110', SoTonKyTruoc: '10' }).map((x) => formatPath(x.at))).toEqual(['TongSoXuLy']);
    expect(run('statistics.handled-below-total', { TongSoXuLy: '110', SoTonKyTruoc: '10' })).toEqual([]);
    const below = run('statistics.handled-below-total', { TongSoXuLy: '125', SoTonKyTruoc: '25' });
    expect(below.map((x) => formatPath(x.at))).toEqual(['TongSoXuLy']);
    expect(below[0].params?.gap).toBe(5);
    expect(rule('statistics.handled-exceeds-total').strength).toBe('firm');
    expect(rule('statistics.handled-below-total').strength).toBe('inferred');
  });
  it('D + C = X gives neither', () => {
    expect(run('statistics.handled-exceeds-total', {})).toEqual([]);
    expect(run('statistics.handled-below-total', {})).toEqual([]);
  });
});

describe('statistics percentages (b.2 rules 5 and 7)', () => {
  it('accepts 2-decimal rounding or truncation within 0.01, and 0 for a zero denominator', () => {
    // 2 / 3 = 66.666…: both 66.67 (rounded) and 66.66 (truncated) are within 0.01.
    const thirds = { TongDaXuLy: '3', TongXuLyDungHan: '2', TongXuLyTreHan: '1', SoNhanTrongKy: '3', SoTonKyTruoc: '20', TongSoXuLy: '23', PhanTramXuLyTreHan: '33.33' };
    expect(run('statistics.percent-mismatch', { ...thirds, PhanTramXuLyDungHan: '66.67' })).toEqual([]);
    expect(run('statistics.percent-mismatch', { ...thirds, PhanTramXuLyDungHan: '66.66' })).toEqual([]);
    const none = { TongChuaXuLy: '0', TongChuaXuLyTrongHan: '0', TongChuaXuLyTreHan: '0', PhanTramChuaXuLyTrongHan: '0', PhanTramChuaXuLyTreHan: '0.00' };
    expect(run('statistics.percent-mismatch', none)).toEqual([]);
  });
  it('reports a wrong percentage at its own path with the recomputed value', () => {
    const f = run('statistics.percent-mismatch', { PhanTramChuaXuLyTreHan: '20.00' });
    expect(f.map((x) => formatPath(x.at))).toEqual(['PhanTramChuaXuLyTreHan']);
    expect(f[0].fix?.edits).toEqual([{ op: 'set', path: ['PhanTramChuaXuLyTreHan'], value: '25.00' }]);
  });
  it('a non-zero percentage with a zero denominator must be 0', () => {
    const f = run('statistics.percent-mismatch', { TongChuaXuLy: '0', TongChuaXuLyTrongHan: '0', TongChuaXuLyTreHan: '0', PhanTramChuaXuLyTrongHan: '0', PhanTramChuaXuLyTreHan: '100' });
    expect(f[0].fix?.edits[0]).toMatchObject({ value: '0' });
  });
  it('"NaN" is reported once, by the not-a-number rule, with the value it should have', () => {
    const over = { PhanTramChuaXuLyTreHan: 'NaN' };
    expect(run('statistics.percent-mismatch', over)).toEqual([]);
    const f = run('statistics.percent-not-number', over);
    expect(f.map((x) => formatPath(x.at))).toEqual(['PhanTramChuaXuLyTreHan']);
    expect(f[0].fix?.edits).toEqual([{ op: 'set', path: ['PhanTramChuaXuLyTreHan'], value: '25.00' }]);
    expect(String(f[0].params?.expectedText)).toContain('25.00');
  });
  it('an empty percentage is left to the engine (required.empty)', () => {
    expect(run('statistics.percent-not-number', { PhanTramXuLyDungHan: '' })).toEqual([]);
  });
});

describe('statistics counts, month and year (b.2 rule 6)', () => {
  it('reports negative, fractional and text counts', () => {
    const f = run('statistics.count-invalid', { TongXuLyDungHan: '-1', TongXuLyTreHan: '2.5', SoNhanTrongKy: 'một trăm' });
    expect(f.map((x) => formatPath(x.at)).sort()).toEqual(['SoNhanTrongKy', 'TongXuLyDungHan', 'TongXuLyTreHan']);
  });
  it('accepts counts as JSON integers', () => {
    expect(run('statistics.count-invalid', { SoNhanTrongKy: 100, SoTonKyTruoc: 20 })).toEqual([]);
  });
  it('Thang must be 1–12', () => {
    for (const ok of ['1', '12', 7]) expect(run('statistics.month-range', { Thang: ok })).toEqual([]);
    for (const bad of ['0', '13', 'Mười']) expect(run('statistics.month-range', { Thang: bad }).map((x) => formatPath(x.at))).toEqual(['Thang']);
  });
  it('Nam must have 4 digits', () => {
    expect(run('statistics.year-format', { Nam: 2026 })).toEqual([]);
    for (const bad of ['26', '20266', '2026a']) expect(run('statistics.year-format', { Nam: bad }).map((x) => formatPath(x.at))).toEqual(['Nam']);
  });
});

describe('statistics samples', () => {
  it('01 gives no finding; 02 warns only that 2 withdrawn dossiers are in no column', () => {
    expect(sample('01-dongbothongkehoso-valid.json').data.map(findings)).toEqual([[]]);
    expect(sample('02-dongbothongkehoso-valid-multi.json').data.map(findings)).toEqual([['statistics.handled-below-total@TongSoXuLy'], []]);
  });
  it('03 gives exactly the findings its .expect.md lists, and none of what it says is consistent', () => {
    const [r] = sample('03-dongbothongkehoso-invalid.json').data;
    const f = findings(r).sort();
    expect(f).toEqual(
      [
        'statistics.month-range@Thang', // 1. Thang = 0
        'statistics.total-mismatch@TongSoXuLy', // 2. 1300 ≠ 1350
        'statistics.finished-mismatch@TongDaXuLy', // 3. 1180 ≠ 1160
        'statistics.handled-exceeds-total@TongSoXuLy', // 4. 1380 > 1300
        'statistics.percent-mismatch@PhanTramXuLyDungHan', // 5. 94.83 vs 93.22
        'statistics.percent-mismatch@PhanTramXuLyTreHan', // 5. 5.17 vs 5.08
        'statistics.percent-not-number@PhanTramChuaXuLyTreHan', // 6. NaN → 10.00
      ].sort(),
    );
    const nan = runRule(rule('statistics.percent-not-number'), { packet, record: r });
    expect(nan[0].fix?.edits[0]).toMatchObject({ value: '10.00' });
    const pm = runRule(rule('statistics.percent-mismatch'), { packet, record: r });
    expect(pm.map((x) => x.fix?.edits[0])).toEqual([
      { op: 'set', path: ['PhanTramXuLyDungHan'], value: '93.22' },
      { op: 'set', path: ['PhanTramXuLyTreHan'], value: '5.08' },
    ]);
  });
});

describe('statistics template and generator', () => {
  it('the template gives no finding', () => {
    const doc = statisticsModule.template() as { service: string; data: Record<string, unknown>[] };
    expect(doc.service).toBe('DongBoThongKeHoSo');
    expect(doc.data.map(findings)).toEqual([[]]);
  });
  it('1,000 generated records over several seeds give no finding, all written as strings', () => {
    for (const seed of [3, 42, 99]) {
      const records = statisticsModule.generate(1000, createRandom(seed));
      expect(records.flatMap((r, i) => findings(r).map((f) => `#${i} ${f}`))).toEqual([]);
      for (const r of records) for (const [k, v] of Object.entries(r)) expect(typeof v, k).toBe('string');
      expect(records.some((r) => r.TongDaXuLy === '0' && r.PhanTramXuLyDungHan === '0')).toBe(true);
    }
  });
});

describe('statistics spec', () => {
  const rec = packet.record!;
  it('has the 19 fields of b.1 in order, GhiChu and LoaiThongKe optional', () => {
    expect(rec.fields).toHaveLength(19);
    expect(rec.fields[0].name).toBe('Madonvi');
    expect(rec.fields[18].name).toBe('GhiChu');
    expect(rec.fields.filter((f) => f.required === 'O').map((f) => f.name)).toEqual(['LoaiThongKe', 'GhiChu']);
    expect(rec.fields.map((f) => f.specRef.row)).toEqual(Array.from({ length: 19 }, (_, i) => String(i + 1)));
  });
  it('labels, help and codes resolve; the 18-vs-19 doubt is stated', () => {
    const lists = new Set(statisticsModule.spec.codeLists.map((c) => c.id));
    for (const f of [...packet.envelope.fields, ...rec.fields]) {
      expect(f.label.vi && f.label.en && f.help?.vi && f.help?.en, f.name).toBeTruthy();
      if (f.codes) expect(lists.has(f.codes) || f.codes === 'error_code', f.name).toBe(true);
    }
    expect(new Set(rec.fields.map((f) => f.name)).size).toBe(19);
    expect(rec.fields.find((f) => f.name === 'LoaiThongKe')!.help!.en).toMatch(/18/);
  });
  it('every rule cites b.2 and has bilingual texts', () => {
    for (const r of statisticsModule.rules) {
      expect(r.code).toMatch(/^statistics\.[a-z-]+$/);
      expect(r.specRef.section).toBe('(b) b.2');
      for (const text of [r.title, r.message, r.hint]) expect(text.vi && text.en, r.code).toBeTruthy();
    }
    expect(new Set(statisticsModule.rules.map((r) => r.code)).size).toBe(statisticsModule.rules.length);
  });
});
