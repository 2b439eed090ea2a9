import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../generate/random';
import { formatPath } from '../../issues/issue';
import { runRule } from '../../rules/testing';
import type { Rule } from '../../rules/types';
import type { FieldSpec, ObjectSpec } from '../types';
import { surveyModule } from './survey';
import { SAMPLES_DIR } from '../../../tests/support/reference';

const SAMPLES = join(SAMPLES_DIR, 'survey');
const sample = (name: string) => JSON.parse(readFileSync(join(SAMPLES, name), 'utf8')) as { data: Record<string, unknown>[] };
const packet = surveyModule.spec.packets[0];
const rule = (code: string): Rule => {
  const r = surveyModule.rules.find((x) => x.code === code);
  if (!r) throw new Error(`no rule ${code}`);
  return r;
};

/** Every finding of every survey rule, as "code@path" relative to the record. */
function findings(record: Record<string, unknown>): string[] {
  return surveyModule.rules.flatMap((r) => runRule(r, { packet, record }).map((f) => `${r.code}@${formatPath(f.at)}`));
}

const record = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  Madonvi: '000.00.00.H35',
  TenDonVi: 'Ủy ban nhân dân tỉnh Hà Nam',
  NgayTongHop: '10-2026',
  TongSoNguoiDanhGia: 200,
  PhanTramDanhGiaRatHaiLong: '50%',
  PhanTramDanhGiaHaiLong: '40%',
  PhanTramDanhGiaChuaHaiLong: '10%',
  DanhSachNoiDungYKien: [],
  ...over,
});

describe('survey.percent-range (a.4 rule 1)', () => {
  it('accepts 0–100 with or without %, as numbers or decimals', () => {
    expect(runRule(rule('survey.percent-range'), { packet, record: record({ PhanTramDanhGiaRatHaiLong: 49.5, PhanTramDanhGiaHaiLong: '40.5', PhanTramDanhGiaChuaHaiLong: '10 %' }) })).toEqual([]);
  });
  it('reports a value above 100 at the nested item field', () => {
    const r = record({ DanhSachNoiDungYKien: [{ NoiDung: 'x', PhanTramDanhGiaDichVuRatHaiLong: '101%', PhanTramDanhGiaDichVuHaiLong: '0%', PhanTramDanhGiaDichVuChuaHaiLong: '0%' }] });
    const f = runRule(rule('survey.percent-range'), { packet, record: r });
    expect(f.map((x) => formatPath(x.at))).toEqual(['DanhSachNoiDungYKien[0].PhanTramDanhGiaDichVuRatHaiLong']);
  });
  it('reports a negative or non-numeric value, in the flat form too', () => {
    const f = runRule(rule('survey.percent-range'), { packet, record: record({ PhanTramDanhGiaHaiLong: '-5%', PhanTramDanhGiaDichVuChuaHaiLong: 'nhiều' }) });
    expect(f.map((x) => formatPath(x.at))).toEqual(['PhanTramDanhGiaHaiLong', 'PhanTramDanhGiaDichVuChuaHaiLong']);
  });
});

describe('survey.percent-sum (a.4 rules 2 and 4)', () => {
  const sum = rule('survey.percent-sum');
  it('accepts a sum of 100 ± 1 (rounding)', () => {
    expect(runRule(sum, { packet, record: record({ PhanTramDanhGiaRatHaiLong: '33%', PhanTramDanhGiaHaiLong: '33%', PhanTramDanhGiaChuaHaiLong: '33%' }) })).toEqual([]);
  });
  it('reports the record when the overall sum is off, with a fix that recomputes the third', () => {
    const f = runRule(sum, { packet, record: record({ PhanTramDanhGiaChuaHaiLong: '15%' }) });
    expect(f).toHaveLength(1);
    expect(f[0].at).toEqual([]);
    expect(f[0].params?.sum).toBe(105);
    expect(f[0].fix?.edits).toEqual([{ op: 'set', path: ['PhanTramDanhGiaChuaHaiLong'], value: '10%' }]);
  });
  it('flags the OpenCPS 0/0/0 defect when people responded', () => {
    const f = runRule(sum, { packet, record: record({ PhanTramDanhGiaRatHaiLong: '0%', PhanTramDanhGiaHaiLong: '0%', PhanTramDanhGiaChuaHaiLong: '0%' }) });
    expect(f).toHaveLength(1);
    expect(f[0].fix?.edits[0]).toEqual({ op: 'set', path: ['PhanTramDanhGiaChuaHaiLong'], value: '100%' });
  });
  it('checks each nested item and the flat triple separately', () => {
    const r = record({
      DanhSachNoiDungYKien: [
        { NoiDung: 'a', PhanTramDanhGiaDichVuRatHaiLong: '50%', PhanTramDanhGiaDichVuHaiLong: '50%', PhanTramDanhGiaDichVuChuaHaiLong: '0%' },
        { NoiDung: 'b', PhanTramDanhGiaDichVuRatHaiLong: '50%', PhanTramDanhGiaDichVuHaiLong: '30%', PhanTramDanhGiaDichVuChuaHaiLong: '0%' },
      ],
    });
    expect(runRule(sum, { packet, record: r }).map((x) => formatPath(x.at))).toEqual(['DanhSachNoiDungYKien[1]']);
    const flat = record({ DanhSachNoiDungYKien: '', NoiDung: 'c', PhanTramDanhGiaDichVuRatHaiLong: '90%', PhanTramDanhGiaDichVuHaiLong: '20%', PhanTramDanhGiaDichVuChuaHaiLong: '0%' });
    const f = runRule(sum, { packet, record: flat });
    expect(f).toHaveLength(1);
    expect(String(f[0].params?.fields)).toContain('PhanTramDanhGiaDichVuRatHaiLong');
    expect(f[0].fix).toBeUndefined(); // 100 − 90 − 20 < 0: no safe recomputation
  });
  it('does not apply when nobody responded', () => {
    expect(runRule(sum, { packet, record: record({ TongSoNguoiDanhGia: 0, PhanTramDanhGiaRatHaiLong: '0%', PhanTramDanhGiaHaiLong: '0%', PhanTramDanhGiaChuaHaiLong: '0%' }) })).toEqual([]);
  });
});

describe('survey.percent-without-respondents (a.4 rule 3)', () => {
  const zero = rule('survey.percent-without-respondents');
  it('accepts all zeros with no respondent', () => {
    expect(runRule(zero, { packet, record: record({ TongSoNguoiDanhGia: 0, PhanTramDanhGiaRatHaiLong: '0%', PhanTramDanhGiaHaiLong: '0', PhanTramDanhGiaChuaHaiLong: 0 }) })).toEqual([]);
  });
  it('reports each non-zero percentage when nobody responded', () => {
    const f = runRule(zero, { packet, record: record({ TongSoNguoiDanhGia: 0 }) });
    expect(f.map((x) => formatPath(x.at))).toEqual(['PhanTramDanhGiaRatHaiLong', 'PhanTramDanhGiaHaiLong', 'PhanTramDanhGiaChuaHaiLong']);
  });
});

describe('survey samples', () => {
  it('01 (nested) and 02 (OpenCPS flat) give no finding', () => {
    for (const name of ['01-dongbodanhgia-nested-valid.json', '02-dongbodanhgia-opencps-flat-valid.json']) {
      for (const r of sample(name).data) expect(findings(r), name).toEqual([]);
    }
  });
  it('03 gives exactly the rule findings its .expect.md lists', () => {
    const [r] = sample('03-dongbodanhgia-invalid.json').data;
    expect(findings(r).sort()).toEqual(
      [
        'survey.percent-sum@', // 60 + 45 + 5 = 110 (fault 2)
        'survey.percent-range@DanhSachNoiDungYKien[1].PhanTramDanhGiaDichVuRatHaiLong', // 130% (fault 4)
        'survey.percent-sum@DanhSachNoiDungYKien[1]', // that item sums to 130 (fault 4)
      ].sort(),
    );
  });
});

describe('survey template and generator', () => {
  it('the template gives no finding and is a DongBoDanhGia envelope', () => {
    const doc = surveyModule.template() as { service: string; data: Record<string, unknown>[] };
    expect(doc.service).toBe('DongBoDanhGia');
    for (const r of doc.data) expect(findings(r)).toEqual([]);
    expect(() => surveyModule.template('DongBoHoSoMC')).toThrow(/DongBoHoSoMC/);
  });
  it('1,000 generated records over several seeds give no finding and use both forms', () => {
    for (const seed of [1, 7, 2026]) {
      const records = surveyModule.generate(1000, createRandom(seed));
      expect(records).toHaveLength(1000);
      const bad = records.flatMap((r, i) => findings(r).map((f) => `#${i} ${f}`));
      expect(bad).toEqual([]);
      expect(records.some((r) => r.DanhSachNoiDungYKien === '')).toBe(true);
      expect(records.some((r) => Array.isArray(r.DanhSachNoiDungYKien))).toBe(true);
      expect(records.some((r) => r.TongSoNguoiDanhGia === 0)).toBe(true);
      for (const r of records) expect(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(String(r.TenDonVi))).toBe(true);
    }
  });
  it('is reproducible from the seed', () => {
    expect(surveyModule.generate(20, createRandom(5))).toEqual(surveyModule.generate(20, createRandom(5)));
  });
});

describe('survey spec', () => {
  const fieldsOf = (o: ObjectSpec): FieldSpec[] => o.fields.flatMap((f) => [f, ...(f.items ? fieldsOf(f.items) : []), ...(f.object ? fieldsOf(f.object) : [])]);
  it('has the 8 fields of a.2 then the 5 flat keys of a.1, and the 5 nested item keys of a.3', () => {
    const rec = packet.record!;
    expect(rec.id).toBe('survey.record');
    expect(rec.fields.map((f) => f.name)).toEqual([
      'Madonvi',
      'TenDonVi',
      'NgayTongHop',
      'TongSoNguoiDanhGia',
      'PhanTramDanhGiaRatHaiLong',
      'PhanTramDanhGiaHaiLong',
      'PhanTramDanhGiaChuaHaiLong',
      'DanhSachNoiDungYKien',
      'MaThuTuc',
      'NoiDung',
      'PhanTramDanhGiaDichVuRatHaiLong',
      'PhanTramDanhGiaDichVuHaiLong',
      'PhanTramDanhGiaDichVuChuaHaiLong',
    ]);
    expect(rec.fields.slice(8).every((f) => f.required === 'O')).toBe(true);
    const list = rec.fields.find((f) => f.name === 'DanhSachNoiDungYKien')!;
    expect(list.type).toBe('arrayOrEmptyString');
    expect(list.items?.fields.filter((f) => f.required === 'M').map((f) => f.name)).toEqual([
      'NoiDung',
      'PhanTramDanhGiaDichVuRatHaiLong',
      'PhanTramDanhGiaDichVuHaiLong',
      'PhanTramDanhGiaDichVuChuaHaiLong',
    ]);
    expect(packet.envelope.fields.map((f) => f.name)).toEqual(['session', 'madonvi', 'service', 'data']);
  });
  it('every field has vi/en label and help, a spec reference and no duplicate name', () => {
    for (const o of [packet.envelope, packet.record!, packet.record!.fields.find((f) => f.items)!.items!]) {
      const names = o.fields.flatMap((f) => [f.name, ...(f.aliases ?? [])]);
      expect(new Set(names).size, o.id).toBe(names.length);
    }
    for (const f of fieldsOf(packet.envelope)) {
      expect(f.label.vi && f.label.en, f.name).toBeTruthy();
      expect(f.help?.vi && f.help?.en, f.name).toBeTruthy();
      expect(f.specRef.file && f.specRef.section, f.name).toBeTruthy();
      expect(f.evidence.length, f.name).toBeGreaterThan(0);
    }
  });
  it('every rule has a stable survey code, bilingual texts and a spec reference', () => {
    for (const r of surveyModule.rules) {
      expect(r.code).toMatch(/^survey\.[a-z-]+$/);
      for (const text of [r.title, r.message, r.hint]) expect(text.vi && text.en, r.code).toBeTruthy();
      expect(r.specRef).toMatchObject({ file: 'other-kinds.md', section: '(a) a.4' });
      expect(r.packets).toEqual(['DongBoDanhGia']);
    }
  });
});
