/**
 * Date and status rules of DongBoHoSoMC (dossier.md §5 rules 4 and 5): for each rule, a valid
 * record without a finding and a faulty one with the finding at the precise path.
 */
import { describe, expect, it } from 'vitest';
import { parseWire, toSortable } from '../../datetime/wire';
import { createRandom } from '../../generate/random';
import { fill } from '../../i18n/localized';
import { formatPath, type FixEdit } from '../../issues/issue';
import { runRule } from '../../rules/testing';
import type { Rule } from '../../rules/types';
import { dossierModule } from './dossier';
import { timeOf } from './dossierRuleKit';
import { dossierTemplateRecord } from './dossierTemplate';

const packet = dossierModule.spec.packets[0];
const rule = (code: string): Rule => {
  const r = dossierModule.rules.find((x) => x.code === code);
  if (!r) throw new Error(`no rule ${code}`);
  return r;
};
/** The template record with some fields replaced. */
const rec = (over: Record<string, unknown> = {}) => ({ ...dossierTemplateRecord(), ...over });
const at = (code: string, record: Record<string, unknown>) => runRule(rule(code), { packet, record }).map((f) => formatPath(f.at));

/** Applies `set` edits of a quick fix to a copy of the record. */
function applyFix(record: Record<string, unknown>, edits: FixEdit[]): Record<string, unknown> {
  const copy = structuredClone(record);
  for (const e of edits) {
    if (e.op !== 'set') throw new Error(`unexpected edit ${e.op}`);
    let target: Record<string | number, unknown> = copy;
    for (const seg of e.path.slice(0, -1)) target = target[seg] as Record<string | number, unknown>;
    target[e.path[e.path.length - 1]] = e.value;
  }
  return copy;
}

const finished = (status: string, over: Record<string, unknown> = {}) =>
  rec({
    TrangThaiHoSo: status,
    NgayKetThucXuLy: '20240520160000',
    NgayTra: status === '10' ? '20240521090000' : '',
    DanhSachGiayToKetQua: [
      { TenGiayTo: 'Giấy phép xây dựng', MaThanhPhanHoSo: '', GiayToId: '9001', DuongDanTepTinKetQua: 'https://motcua.h22.example/kq/9001', MaGiayToKetQua: 'KQ.G12.000117' },
    ],
    ...over,
  });

const supplement = (over: Record<string, unknown> = {}) => ({
  HoSoBoSungId: '1',
  NguoiYeuCauBoSung: 'Hoàng Thị Thu',
  NoiDungBoSung: 'Bổ sung bản vẽ mặt bằng',
  NgayBoSung: '20240509100000',
  NguoiTiepNhanBoSung: '',
  ThongTinTiepNhan: '',
  NgayTiepNhanBoSung: '',
  TrangThaiBoSung: '0',
  DanhSachGiayToBoSung: [],
  DanhSachLePhiBoSung: [],
  NgayHenTraTruoc: '20240522170000',
  NgayHenTraMoi: '',
  ...over,
});

describe('dossier.date-order (§5 rule 4)', () => {
  it('accepts NgayNopHoSo ≤ NgayTiepNhan ≤ NgayKetThucXuLy ≤ NgayTra', () => {
    expect(at('dossier.date-order', finished('10'))).toEqual([]);
  });
  it('reports a submission after receipt at NgayTiepNhan, with both dates shown as people read them', () => {
    const f = runRule(rule('dossier.date-order'), { packet, record: rec({ NgayNopHoSo: '20240507090000' }) });
    expect(f.map((x) => formatPath(x.at))).toEqual(['NgayTiepNhan']);
    expect(fill(rule('dossier.date-order').message, f[0].params!).en).toContain('NgayTiepNhan (07/05/2024 08:30) is before NgayNopHoSo (07/05/2024 09:00)');
  });
  it('reports a delivery before the end of processing at NgayTra', () => {
    expect(at('dossier.date-order', finished('10', { NgayTra: '20240520150000' }))).toEqual(['NgayTra']);
  });
  it('compares NgayTra with NgayTiepNhan when NgayKetThucXuLy is empty', () => {
    expect(at('dossier.date-order', rec({ NgayTra: '20240506000000' }))).toEqual(['NgayTra']);
  });
  it('compares each date with the latest one before it: an early end date gives one finding, not two', () => {
    expect(at('dossier.date-order', finished('10', { NgayTiepNhan: '20240601080000' }))).toEqual(['NgayKetThucXuLy', 'NgayTra']);
    expect(at('dossier.date-order', finished('10', { NgayKetThucXuLy: '20240401080000' }))).toEqual(['NgayKetThucXuLy']);
  });
  it('skips empty and malformed dates (the format check reports those)', () => {
    expect(at('dossier.date-order', rec({ NgayNopHoSo: '2024-05-08T09:00:00+07:00', NgayTra: '20240230120000' }))).toEqual([]);
  });
});

describe('dossier.deadline-before-receipt (§5 rule 4)', () => {
  it('accepts a deadline on or after receipt', () => {
    expect(at('dossier.deadline-before-receipt', rec({ NgayHenTra: '20240507083000' }))).toEqual([]);
  });
  it('reports a deadline before receipt at NgayHenTra, as an error in strict', () => {
    expect(at('dossier.deadline-before-receipt', rec({ NgayHenTra: '20240506170000' }))).toEqual(['NgayHenTra']);
    expect(rule('dossier.deadline-before-receipt').defaultSeverity?.strict).toBe('error');
  });
  it('says nothing when the deadline is empty', () => {
    expect(at('dossier.deadline-before-receipt', rec({ NgayHenTra: '' }))).toEqual([]);
  });
});

describe('supplement dates (§5 rule 5)', () => {
  it('accept a received supplement with a later new deadline and NgayHenTra updated', () => {
    const record = rec({
      TrangThaiHoSo: '4',
      NgayHenTra: '20240527170000',
      DanhSachHoSoBoSung: [supplement({ NgayTiepNhanBoSung: '20240514090000', TrangThaiBoSung: '1', NgayHenTraMoi: '20240527170000' })],
    });
    for (const code of ['dossier.supplement-deadline-earlier', 'dossier.supplement-received-before-request', 'dossier.supplement-before-receipt', 'dossier.deadline-not-updated'])
      expect(at(code, record), code).toEqual([]);
  });
  it('report a new deadline before the old one at the item', () => {
    const record = rec({ DanhSachHoSoBoSung: [supplement(), supplement({ NgayHenTraMoi: '20240520170000' })] });
    expect(at('dossier.supplement-deadline-earlier', record)).toEqual(['DanhSachHoSoBoSung[1].NgayHenTraMoi']);
  });
  it('report a supplement received before it was requested', () => {
    const record = rec({ DanhSachHoSoBoSung: [supplement({ NgayTiepNhanBoSung: '20240508100000' })] });
    expect(at('dossier.supplement-received-before-request', record)).toEqual(['DanhSachHoSoBoSung[0].NgayTiepNhanBoSung']);
  });
  it('report a supplement requested before the dossier was received', () => {
    const record = rec({ DanhSachHoSoBoSung: [supplement({ NgayBoSung: '20240506100000' })] });
    expect(at('dossier.supplement-before-receipt', record)).toEqual(['DanhSachHoSoBoSung[0].NgayBoSung']);
  });
  it('report NgayHenTra left before the new deadline, with a fix that sets it', () => {
    const record = rec({ DanhSachHoSoBoSung: [supplement({ NgayTiepNhanBoSung: '20240514090000', NgayHenTraMoi: '20240527170000' })] });
    const [finding] = runRule(rule('dossier.deadline-not-updated'), { packet, record });
    expect(formatPath(finding.at)).toBe('NgayHenTra');
    const fixed = applyFix(record, finding.fix!.edits);
    expect(fixed.NgayHenTra).toBe('20240527170000');
    expect(at('dossier.deadline-not-updated', fixed)).toEqual([]);
  });
});

describe('end-of-processing fields by status (§5 rule 5)', () => {
  it('a finished (9) or delivered (10) dossier with all its fields has no finding', () => {
    for (const status of ['9', '10'])
      for (const code of ['dossier.finished-without-end-date', 'dossier.delivered-without-delivery-date', 'dossier.online-result-missing', 'dossier.online-result-code-missing'])
        expect(at(code, finished(status)), `${status} ${code}`).toEqual([]);
  });
  it('9 and 10 without NgayKetThucXuLy are reported there (firm)', () => {
    expect(at('dossier.finished-without-end-date', finished('9', { NgayKetThucXuLy: '' }))).toEqual(['NgayKetThucXuLy']);
    expect(at('dossier.finished-without-end-date', finished('10', { NgayKetThucXuLy: undefined }))).toEqual(['NgayKetThucXuLy']);
    expect(rule('dossier.finished-without-end-date').strength).toBe('firm');
  });
  it('10 without NgayTra is reported there, as an error in strict; 9 needs no NgayTra', () => {
    expect(at('dossier.delivered-without-delivery-date', finished('10', { NgayTra: '' }))).toEqual(['NgayTra']);
    expect(at('dossier.delivered-without-delivery-date', finished('9', { NgayTra: '' }))).toEqual([]);
    expect(rule('dossier.delivered-without-delivery-date').defaultSeverity?.strict).toBe('error');
  });
  it('3 without NgayTuChoi is reported; with it, not', () => {
    expect(at('dossier.refused-without-refusal-date', rec({ TrangThaiHoSo: '3' }))).toEqual(['NgayTuChoi']);
    expect(at('dossier.refused-without-refusal-date', rec({ TrangThaiHoSo: '3', NgayTuChoi: '20240507100000' }))).toEqual([]);
  });
  it('5 needs a supplement item with NgayBoSung and NgayHenTraTruoc', () => {
    expect(at('dossier.supplement-request-missing', rec({ TrangThaiHoSo: '5' }))).toEqual(['DanhSachHoSoBoSung']);
    expect(at('dossier.supplement-request-missing', rec({ TrangThaiHoSo: '5', DanhSachHoSoBoSung: [supplement({ NgayHenTraTruoc: '' })] }))).toEqual(['DanhSachHoSoBoSung']);
    expect(at('dossier.supplement-request-missing', rec({ TrangThaiHoSo: '5', DanhSachHoSoBoSung: [supplement()] }))).toEqual([]);
  });
  it('6 needs fee lines', () => {
    expect(at('dossier.fees-missing', rec({ TrangThaiHoSo: '6', DanhSachLePhi: [] }))).toEqual(['DanhSachLePhi']);
    expect(at('dossier.fees-missing', rec({ TrangThaiHoSo: '6' }))).toEqual([]);
  });
  it('an online 9/10 without a result link is reported at DanhSachGiayToKetQua; in person it is not', () => {
    expect(at('dossier.online-result-missing', finished('10', { DanhSachGiayToKetQua: [] }))).toEqual(['DanhSachGiayToKetQua']);
    expect(at('dossier.online-result-missing', finished('9', { DanhSachGiayToKetQua: [{ TenGiayTo: 'Giấy phép', DuongDanTepTinKetQua: '' }] }))).toEqual(['DanhSachGiayToKetQua']);
    expect(at('dossier.online-result-missing', finished('10', { KenhThucHien: '1', MaDoiTuong: '', DanhSachGiayToKetQua: [] }))).toEqual([]);
  });
  it('an online result with a link but no MaGiayToKetQua is pointed out at the item (info)', () => {
    const record = finished('10');
    (record.DanhSachGiayToKetQua as Record<string, unknown>[])[0].MaGiayToKetQua = '';
    expect(at('dossier.online-result-code-missing', record)).toEqual(['DanhSachGiayToKetQua[0].MaGiayToKetQua']);
    expect(rule('dossier.online-result-code-missing').defaultSeverity).toEqual({ strict: 'info', lenient: 'info' });
  });
  it('reads a status sent as a JSON number (the engine reports the type separately)', () => {
    expect(at('dossier.finished-without-end-date', finished('9', { TrangThaiHoSo: 9, NgayKetThucXuLy: '' }))).toEqual(['NgayKetThucXuLy']);
  });
});

describe('reading wire dates in rules', () => {
  it('accepts exactly what parseWire accepts and orders like it', () => {
    const r = createRandom(99);
    const edge = ['20240229120000', '20230229120000', '20000229000000', '19000229000000', '20240230120000', '20240312246000', '20241301000000', '18991231235959', '2024031208150', '2024-03-12T08:1', ''];
    const values = [...edge];
    for (let i = 0; i < 5000; i++) values.push(`${r.int(1895, 3005)}${String(r.int(0, 13)).padStart(2, '0')}${String(r.int(0, 32)).padStart(2, '0')}${String(r.int(0, 24)).padStart(2, '0')}${String(r.int(0, 60)).padStart(2, '0')}${String(r.int(0, 60)).padStart(2, '0')}`);
    const valid = values.filter((v) => parseWire(v) !== undefined);
    expect(valid.length).toBeGreaterThan(1000);
    for (const v of values) expect(timeOf(v) !== undefined, v).toBe(parseWire(v) !== undefined);
    for (let i = 1; i < valid.length; i++) {
      const a = valid[i - 1];
      const b = valid[i];
      expect(Math.sign(timeOf(a)! - timeOf(b)!), `${a} ${b}`).toBe(Math.sign(toSortable(parseWire(a)!) - toSortable(parseWire(b)!)));
    }
  });
});
