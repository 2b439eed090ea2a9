/**
 * Channel, digitisation, payment, identifier and MaHoSo rules of DongBoHoSoMC (dossier.md §5
 * rules 1, 6–9, 12): a valid case, a faulty case at the precise path, and quick fixes that work.
 */
import { describe, expect, it } from 'vitest';
import { formatPath, type FixEdit } from '../../issues/issue';
import { runRule } from '../../rules/testing';
import type { Rule } from '../../rules/types';
import { dossierModule } from './dossier';
import { dossierTemplate, dossierTemplateRecord } from './dossierTemplate';

const packet = dossierModule.spec.packets[0];
const rule = (code: string): Rule => {
  const r = dossierModule.rules.find((x) => x.code === code);
  if (!r) throw new Error(`no rule ${code}`);
  return r;
};
const rec = (over: Record<string, unknown> = {}) => ({ ...dossierTemplateRecord(), ...over });
const envelope = { session: 's', madonvi: '000.00.01.H22', service: 'DongBoHoSoMC', isUpdating: 'False' };
const at = (code: string, record: Record<string, unknown>, env: Record<string, unknown> = envelope) =>
  runRule(rule(code), { packet, record, envelope: env }).map((f) => formatPath(f.at));

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

const file = (over: Record<string, unknown> = {}) => ({
  TepDinhKemId: '1',
  TenTepDinhKem: 'Don.pdf',
  IsDeleted: 'False',
  MaThanhPhanHoSo: 'TP01',
  DuongDanTaiTepTin: 'https://motcua.h22.example/f/1',
  DuocSoHoa: '0',
  DuocTaiSuDung: '0',
  DuocLayTuKhoDMQG: '0',
  MaKetQuaThayThe: '',
  ...over,
});

describe('dossier.account-id-offline (§5 rule 6)', () => {
  it('accepts a TechID on an online dossier and an empty one offline', () => {
    expect(at('dossier.account-id-offline', rec())).toEqual([]);
    expect(at('dossier.account-id-offline', rec({ KenhThucHien: '1', MaDoiTuong: '' }))).toEqual([]);
    expect(at('dossier.account-id-offline', rec({ KenhThucHien: '3', MaDoiTuong: null }))).toEqual([]);
  });
  it('points out a TechID on an in-person dossier, as info', () => {
    expect(at('dossier.account-id-offline', rec({ KenhThucHien: '1' }))).toEqual(['MaDoiTuong']);
    expect(rule('dossier.account-id-offline').defaultSeverity?.strict).toBe('info');
  });
  it('says nothing when the channel is not sent (2022-era packets have no KenhThucHien)', () => {
    expect(at('dossier.account-id-offline', rec({ KenhThucHien: undefined }))).toEqual([]);
  });
});

describe('dossier.digitised-flag-mismatch (§5 rule 7)', () => {
  it('accepts "1" with a digitised file and "0" without one', () => {
    expect(at('dossier.digitised-flag-mismatch', rec())).toEqual([]);
    expect(at('dossier.digitised-flag-mismatch', rec({ HoSoCoThanhPhanSoHoa: '0', TaiLieuNop: [file()] }))).toEqual([]);
  });
  it('reports "0" with a digitised file, and its fix sets "1"', () => {
    const record = rec({ HoSoCoThanhPhanSoHoa: '0' });
    const [finding] = runRule(rule('dossier.digitised-flag-mismatch'), { packet, record });
    expect(formatPath(finding.at)).toBe('HoSoCoThanhPhanSoHoa');
    expect(at('dossier.digitised-flag-mismatch', applyFix(record, finding.fix!.edits))).toEqual([]);
  });
  it('reports "1" without any digitised file; proposes "0" only when every file states DuocSoHoa', () => {
    const stated = runRule(rule('dossier.digitised-flag-mismatch'), { packet, record: rec({ TaiLieuNop: [file()] }) });
    expect(stated.map((f) => formatPath(f.at))).toEqual(['HoSoCoThanhPhanSoHoa']);
    expect(stated[0].fix?.edits).toEqual([{ op: 'set', path: ['HoSoCoThanhPhanSoHoa'], value: '0' }]);
    const unstated = runRule(rule('dossier.digitised-flag-mismatch'), { packet, record: rec({ TaiLieuNop: [file({ DuocSoHoa: undefined })] }) });
    expect(unstated).toHaveLength(1);
    expect(unstated[0].fix).toBeUndefined();
  });
  it('says nothing when the flag is absent (legacy packets)', () => {
    expect(at('dossier.digitised-flag-mismatch', rec({ HoSoCoThanhPhanSoHoa: undefined }))).toEqual([]);
  });
});

describe('dossier.reuse-without-result-code (§5 rule 7)', () => {
  it('accepts DuocTaiSuDung "2" with MaKetQuaThayThe', () => {
    expect(at('dossier.reuse-without-result-code', rec({ TaiLieuNop: [file({ DuocTaiSuDung: '2', MaKetQuaThayThe: 'KQ.1' })] }))).toEqual([]);
  });
  it('reports DuocTaiSuDung "2" without it at the file', () => {
    expect(at('dossier.reuse-without-result-code', rec({ TaiLieuNop: [file(), file({ DuocTaiSuDung: '2' })] }))).toEqual(['TaiLieuNop[1].MaKetQuaThayThe']);
  });
});

describe('dossier.online-payment-without-fee (§5 rule 8)', () => {
  it('accepts online payment with a fee above 0, and no payment with no fee', () => {
    expect(at('dossier.online-payment-without-fee', rec())).toEqual([]);
    expect(at('dossier.online-payment-without-fee', rec({ DuocThanhToanTrucTuyen: '0', DanhSachLePhi: [] }))).toEqual([]);
  });
  it('reports "1" or "2" when every fee line is 0 or there is none', () => {
    const zero = [{ TenPhiLePhi: 'Lệ phí', MaPhiLePhi: '1', HinhThucThu: '1', Gia: '0', LoaiPhiLePhi: '1' }];
    expect(at('dossier.online-payment-without-fee', rec({ DanhSachLePhi: zero }))).toEqual(['DuocThanhToanTrucTuyen']);
    expect(at('dossier.online-payment-without-fee', rec({ DuocThanhToanTrucTuyen: '2', DanhSachLePhi: [] }))).toEqual(['DuocThanhToanTrucTuyen']);
  });
  it('does not guess when an amount is unreadable (the format check reports it)', () => {
    const odd = [{ TenPhiLePhi: 'Lệ phí', Gia: '75.000đ' }];
    expect(at('dossier.online-payment-without-fee', rec({ DanhSachLePhi: odd }))).toEqual([]);
  });
});

describe('identifiers (§5 rule 9)', () => {
  it('accept kind 1 with 12 digits and kind 2 with 9 digits', () => {
    const ids = [
      { LoaiDinhDanh: '1', SoDinhDanh: '002088017734' },
      { LoaiDinhDanh: '2', SoDinhDanh: '012345678' },
    ];
    expect(at('dossier.identifier-kind-mismatch', rec({ DinhDanhCHS: ids }))).toEqual([]);
    expect(at('dossier.placeholder-identifier', rec({ DinhDanhCHS: ids }))).toEqual([]);
  });
  it('report a kind that contradicts the length, with a fix that follows the length', () => {
    const record = rec({ DinhDanhCHS: [{ LoaiDinhDanh: '2', SoDinhDanh: '002088017734' }] });
    const [finding] = runRule(rule('dossier.identifier-kind-mismatch'), { packet, record });
    expect(formatPath(finding.at)).toBe('DinhDanhCHS[0].LoaiDinhDanh');
    expect(at('dossier.identifier-kind-mismatch', applyFix(record, finding.fix!.edits))).toEqual([]);
  });
  it('report kind 1 with a length that fits no kind, without a fix', () => {
    const [finding] = runRule(rule('dossier.identifier-kind-mismatch'), { packet, record: rec({ DinhDanhCHS: [{ LoaiDinhDanh: '1', SoDinhDanh: '0020880177' }] }) });
    expect(formatPath(finding.at)).toBe('DinhDanhCHS[0].LoaiDinhDanh');
    expect(finding.fix).toBeUndefined();
  });
  it('leave unknown kinds (tax code…) alone', () => {
    expect(at('dossier.identifier-kind-mismatch', rec({ DinhDanhCHS: [{ LoaiDinhDanh: '5', SoDinhDanh: '5100123456' }] }))).toEqual([]);
  });
  it('flag the placeholder 000000001 as a placeholder, not as a kind mismatch', () => {
    const record = rec({ DinhDanhCHS: [{ LoaiDinhDanh: '2', SoDinhDanh: '000000001' }] });
    expect(at('dossier.placeholder-identifier', record)).toEqual(['DinhDanhCHS[0].SoDinhDanh']);
    expect(at('dossier.identifier-kind-mismatch', record)).toEqual([]);
  });
});

describe('MaHoSo (§5 rules 12 and 1)', () => {
  it('accepts <unit>-<yyMMdd>-<seq> with 4, 5 or 7 digits', () => {
    for (const value of ['000.21.30.H22-240312-0007', 'H56.12.34-240312-12345', '000.00.01.H22-220328-0000123'])
      expect(at('dossier.case-number-shape', rec({ MaHoSo: value })), value).toEqual([]);
  });
  it('reports other shapes and impossible dates at MaHoSo', () => {
    for (const value of ['HS-2024-0007', '000.21.30.H22-241332-0007', '000.21.30.H22-20240312-0007', 'processing'])
      expect(at('dossier.case-number-shape', rec({ MaHoSo: value })), value).toEqual(['MaHoSo']);
  });
  it('reports a prefix without the province code of madonvi', () => {
    expect(at('dossier.case-number-province', rec())).toEqual([]);
    expect(at('dossier.case-number-province', rec({ MaHoSo: '000.21.30.H56-240507-0015' }))).toEqual(['MaHoSo']);
    expect(at('dossier.case-number-province', rec({ MaHoSo: '000.21.30.H56-240507-0015' }), { ...envelope, madonvi: '000.00.01.H56' })).toEqual([]);
  });
  it('says nothing about the prefix without an envelope (bare array or single record)', () => {
    expect(runRule(rule('dossier.case-number-province'), { packet, record: rec({ MaHoSo: '000.21.30.H56-240507-0015' }) })).toEqual([]);
  });

  const twice = () => [rec(), rec({ MaHoSo: '000.21.30.H22-240507-0016' }), rec()];
  it('reports the second use of a MaHoSo in one create batch at data[i].MaHoSo', () => {
    const f = runRule(rule('dossier.duplicate-create'), { packet, records: twice(), envelope });
    expect(f.map((x) => formatPath(x.at))).toEqual(['data[2].MaHoSo']);
    expect(f[0].params).toMatchObject({ first: 0 });
  });
  it('treats a JSON false isUpdating as a create too', () => {
    expect(runRule(rule('dossier.duplicate-create'), { packet, records: twice(), envelope: { ...envelope, isUpdating: false } })).toHaveLength(1);
  });
  it('accepts repeated numbers in an update batch and distinct numbers in a create', () => {
    expect(runRule(rule('dossier.duplicate-create'), { packet, records: twice(), envelope: { ...envelope, isUpdating: 'True' } })).toEqual([]);
    expect(runRule(rule('dossier.duplicate-create'), { packet, records: twice().slice(0, 2), envelope })).toEqual([]);
  });
});

describe('every dossier rule', () => {
  it('has a stable dossier.* code, vi/en texts, a hint and a §5 reference', () => {
    for (const r of dossierModule.rules) {
      expect(r.code).toMatch(/^dossier\.[a-z-]+$/);
      expect(r.packets).toEqual(['DongBoHoSoMC']);
      for (const text of [r.title, r.message, r.hint]) expect(text.vi && text.en, r.code).toBeTruthy();
      expect(r.specRef).toMatchObject({ file: 'dossier.md', section: '§5' });
    }
    expect(new Set(dossierModule.rules.map((r) => r.code)).size).toBe(dossierModule.rules.length);
  });

  it('uses in its messages only placeholders its findings fill', () => {
    const template = dossierTemplate();
    const bad = rec({
      HoSoCoThanhPhanSoHoa: '0',
      KenhThucHien: '1',
      NgayHenTra: '20240101000000',
      NgayNopHoSo: '20240601000000',
      MaHoSo: 'x',
      TrangThaiHoSo: '10',
      DanhSachGiayToKetQua: [],
      DanhSachLePhi: [],
      TaiLieuNop: [file({ DuocSoHoa: '1', DuocTaiSuDung: '2' })],
      DinhDanhCHS: [
        { LoaiDinhDanh: '2', SoDinhDanh: '000000001' },
        { LoaiDinhDanh: '1', SoDinhDanh: '012345678' },
      ],
    });
    const fired = new Set<string>();
    for (const r of dossierModule.rules) {
      for (const f of runRule(r, { packet, record: bad, records: [bad, bad], envelope: template })) {
        fired.add(r.code);
        const used = [...`${r.message.vi} ${r.message.en}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        for (const name of used) expect(f.params ?? {}, `${r.code} {${name}}`).toHaveProperty(name);
      }
    }
    expect(fired.size).toBeGreaterThanOrEqual(12);
  });
});
