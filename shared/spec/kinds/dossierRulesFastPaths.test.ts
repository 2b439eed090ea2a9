/**
 * The dossier rules read every record of 100,000-record batches, so their hot parts are written
 * with index loops and character tests instead of pair arrays and regular expressions. These
 * property tests hold each fast reading equal to the straightforward one it replaced: the same
 * acceptance for dates and dossier numbers, the same findings for the list rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWire } from '../../datetime/wire';
import type { Finding, Rule } from '../../rules/types';
import { runRule } from '../../rules/testing';
import { dossierModule } from './dossier';
import { amountOf, codeOf, isBlank, timeOf } from './dossierRuleKit';
import { hasCaseNumberShape, provinceCodeOf } from './dossierRulesCaseNumber';

const packet = dossierModule.spec.packets[0];
const rule = (code: string): Rule => {
  const r = dossierModule.rules.find((x) => x.code === code);
  if (!r) throw new Error(`no rule ${code}`);
  return r;
};

/** The object items of a list with their indexes: how the rules read lists before. */
function pairs(value: unknown): Array<[number, Record<string, unknown>]> {
  if (!Array.isArray(value)) return [];
  const out: Array<[number, Record<string, unknown>]> = [];
  value.forEach((item, i) => {
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) out.push([i, item as Record<string, unknown>]);
  });
  return out;
}

/** The dossier-number test as a regular expression and a calendar check (the reference). */
function referenceShape(value: string): boolean {
  const m = /^([A-Za-z0-9.]+)-(\d{6})-(\d{3,})$/.exec(value);
  return !!m && parseWire(`20${m[2]}000000`) !== undefined;
}

const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((a) => a.join(''));

describe('reading wire dates', () => {
  it('gives the 14 digits as one number exactly when parseWire accepts them', () => {
    const near = fc.tuple(fc.integer({ min: 1890, max: 3010 }), digits(2), digits(2), digits(2), digits(2), digits(2)).map((p) => p.join(''));
    const anything = fc.string({ unit: fc.constantFrom(...'0123456789-: T/aZ١'), minLength: 12, maxLength: 16 });
    fc.assert(
      fc.property(fc.oneof(near, anything), (v) => {
        expect(timeOf(v)).toBe(parseWire(v) !== undefined ? Number(v) : undefined);
      }),
      { numRuns: 20000 },
    );
  });
  it('reads nothing but strings', () => {
    for (const v of [20240312081500, null, undefined, true, ['20240312081500'], { v: '20240312081500' }]) expect(timeOf(v)).toBeUndefined();
  });
});

describe('the dossier-number shape', () => {
  it('accepts exactly what the regular expression and the calendar accept', () => {
    const unit = fc.string({ unit: fc.constantFrom(...'0123456789.AHZahzĐ- _'), minLength: 0, maxLength: 14 });
    const shaped = fc.tuple(unit, fc.constantFrom('-', '_', ''), digits(6), fc.constantFrom('-', '--', ''), fc.string({ unit: fc.constantFrom(...'0123456789a\n'), maxLength: 8 })).map((p) => p.join(''));
    const dated = fc
      .tuple(fc.constantFrom('000.23.12.H22', 'H22', 'a.b', '.'), digits(2), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), digits(4))
      .map(([u, yy, mm, dd, seq]) => `${u}-${yy}${String(mm).padStart(2, '0')}${String(dd).padStart(2, '0')}-${seq}`);
    fc.assert(
      fc.property(fc.oneof(shaped, dated, fc.string()), (v) => {
        expect(hasCaseNumberShape(v), JSON.stringify(v)).toBe(referenceShape(v));
      }),
      { numRuns: 20000 },
    );
    for (const v of ['000.23.12.H22-240229-0001', '000.23.12.H22-230229-0001', 'X-000229-123', 'X-240431-123', 'X-241231-12', '-241231-123']) {
      expect(hasCaseNumberShape(v), v).toBe(referenceShape(v));
    }
  });
  it('finds the province code of each unit id, however the calls alternate', () => {
    const reference = (u: string) => u.toUpperCase().match(/[A-Z]\d{2}/g)?.pop();
    fc.assert(
      fc.property(fc.array(fc.constantFrom('000.00.01.H22', '000.00.01.h22', 'G09.12', 'A01.B02', 'no code', ''), { minLength: 1, maxLength: 6 }), (units) => {
        for (const u of units) expect(provinceCodeOf(u)).toBe(reference(u));
      }),
    );
  });
});

/** The list rules as written before, one straightforward function per rule code. */
const REFERENCE: Record<string, (record: Record<string, unknown>) => Finding[]> = {
  'dossier.digitised-flag-mismatch': (r) => {
    const flag = codeOf(r.HoSoCoThanhPhanSoHoa);
    if (flag !== '0' && flag !== '1') return [];
    const items = pairs(r.TaiLieuNop);
    const digitised = items.find(([, item]) => codeOf(item.DuocSoHoa) === '1');
    if (flag === '0' && digitised) return [{ at: ['HoSoCoThanhPhanSoHoa'], params: { reason: `TaiLieuNop[${digitised[0]}]` } }];
    if (flag === '1' && !digitised) {
      const allStated = Array.isArray(r.TaiLieuNop) && items.every(([, item]) => codeOf(item.DuocSoHoa) === '0');
      return [{ at: ['HoSoCoThanhPhanSoHoa'], params: { fix: allStated ? 'yes' : 'no' } }];
    }
    return [];
  },
  'dossier.reuse-without-result-code': (r) =>
    pairs(r.TaiLieuNop)
      .filter(([, item]) => codeOf(item.DuocTaiSuDung) === '2' && isBlank(item.MaKetQuaThayThe))
      .map(([i]) => ({ at: ['TaiLieuNop', i, 'MaKetQuaThayThe'] })),
  'dossier.online-payment-without-fee': (r) => {
    const flag = codeOf(r.DuocThanhToanTrucTuyen);
    if (flag !== '1' && flag !== '2') return [];
    const fees = pairs(r.DanhSachLePhi);
    if (fees.some(([, fee]) => !isBlank(fee.Gia) && amountOf(fee.Gia) === undefined)) return [];
    return fees.some(([, fee]) => (amountOf(fee.Gia) ?? 0) > 0) ? [] : [{ at: ['DuocThanhToanTrucTuyen'] }];
  },
  'dossier.supplement-request-missing': (r) =>
    codeOf(r.TrangThaiHoSo) === '5' && !pairs(r.DanhSachHoSoBoSung).some(([, item]) => !isBlank(item.NgayBoSung) && !isBlank(item.NgayHenTraTruoc))
      ? [{ at: ['DanhSachHoSoBoSung'] }]
      : [],
  'dossier.fees-missing': (r) => (codeOf(r.TrangThaiHoSo) === '6' && pairs(r.DanhSachLePhi).length === 0 ? [{ at: ['DanhSachLePhi'] }] : []),
  'dossier.date-order': (r) => {
    const out: Finding[] = [];
    let prev: { name: string; time: number } | undefined;
    for (const name of ['NgayNopHoSo', 'NgayTiepNhan', 'NgayKetThucXuLy', 'NgayTra']) {
      const time = timeOf(r[name]);
      if (time === undefined) continue;
      if (prev && time < prev.time) out.push({ at: [name], params: { earlier: prev.name } });
      if (!prev || time >= prev.time) prev = { name, time };
    }
    return out;
  },
  'dossier.supplement-before-receipt': (r) => {
    const receipt = timeOf(r.NgayTiepNhan);
    if (receipt === undefined) return [];
    return pairs(r.DanhSachHoSoBoSung)
      .filter(([, item]) => {
        const requested = timeOf(item.NgayBoSung);
        return requested !== undefined && requested < receipt;
      })
      .map(([i]) => ({ at: ['DanhSachHoSoBoSung', i, 'NgayBoSung'] }));
  },
  'dossier.deadline-not-updated': (r) => {
    const deadline = timeOf(r.NgayHenTra);
    if (deadline === undefined) return [];
    let latest: { time: number; text: unknown } | undefined;
    for (const [, item] of pairs(r.DanhSachHoSoBoSung)) {
      const time = timeOf(item.NgayHenTraMoi);
      if (time !== undefined && (!latest || time > latest.time)) latest = { time, text: item.NgayHenTraMoi };
    }
    return !latest || deadline >= latest.time ? [] : [{ at: ['NgayHenTra'], params: { value: String(latest.text) } }];
  },
};

/** What of a finding the reference above pins down (the rules' own tests check the messages). */
function comparable(code: string, f: Finding): Finding {
  const edit = f.fix?.edits[0];
  switch (code) {
    case 'dossier.digitised-flag-mismatch':
      return f.params?.flag === '0' ? { at: f.at, params: { reason: String(f.params.reasonEn).split(' ')[0] } } : { at: f.at, params: { fix: f.fix ? 'yes' : 'no' } };
    case 'dossier.date-order':
      return { at: f.at, params: { earlier: f.params!.earlier } };
    case 'dossier.deadline-not-updated':
      return { at: f.at, params: { value: edit?.op === 'set' ? String(edit.value) : '' } };
    default:
      return { at: f.at };
  }
}

const date = fc.oneof(
  fc.constantFrom('', '20240312081500', '20240315170000', '20240301000000', '20240230081500', '2024-03-12', null),
  fc.tuple(fc.integer({ min: 2023, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}080000`),
);
const flag = fc.constantFrom('0', '1', '2', ' 1 ', 0, 1, 2, '', null, 'x', undefined);
const item = (fields: Record<string, fc.Arbitrary<unknown>>) => fc.oneof({ weight: 6, arbitrary: fc.record(fields, { requiredKeys: [] }) }, fc.constantFrom(null, 'x', 3, [] as unknown[]));
const list = (fields: Record<string, fc.Arbitrary<unknown>>) => fc.oneof({ weight: 6, arbitrary: fc.array(item(fields), { maxLength: 4 }) }, fc.constantFrom(undefined, '', null, {}));
const record = fc.record(
  {
    HoSoCoThanhPhanSoHoa: flag,
    DuocThanhToanTrucTuyen: flag,
    TrangThaiHoSo: fc.constantFrom('5', '6', ' 6', 5, 6, '9', '', null),
    NgayNopHoSo: date,
    NgayTiepNhan: date,
    NgayKetThucXuLy: date,
    NgayTra: date,
    NgayHenTra: date,
    TaiLieuNop: list({ DuocSoHoa: flag, DuocTaiSuDung: flag, MaKetQuaThayThe: fc.constantFrom('', ' ', 'KQ01', null) }),
    DanhSachLePhi: list({ Gia: fc.constantFrom('75000', '0', '', ' ', '1.5', '-3', 'abc', 0, 20000, null) }),
    DanhSachHoSoBoSung: list({ NgayBoSung: date, NgayHenTraTruoc: date, NgayHenTraMoi: date }),
  },
  { requiredKeys: [] },
);

describe('the list and date rules', () => {
  it('find what the straightforward readings find, at the same paths', () => {
    fc.assert(
      fc.property(record, (r) => {
        for (const [code, reference] of Object.entries(REFERENCE)) {
          const found = runRule(rule(code), { packet, record: r }).map((f) => comparable(code, f));
          expect(found, code).toEqual(reference(r));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
