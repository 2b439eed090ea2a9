import { describe, expect, it } from 'vitest';
import { runRule } from '../rules/testing';
import { DONG_BO_HO_SO_MC } from '../spec/kinds/dossierSpec';
import { TEXT_RULES } from './rules';

const rule = (code: string) => TEXT_RULES.find((r) => r.code === code)!;
const record = {
  MaHoSo: '000.21.30.H22-240312-0007',
  MaTTHC: '1.001234.000.00.00.H22\u200b',
  MaLinhVuc: '“G12-XD01”',
  ChuHoSo: 'Nguyễn Thị Minh Hằng'.normalize('NFD'),
  TrichYeuHoSo: 'Ñeà nghò caáp giaáy pheùp xaây döïng',
  DonViXuLy: 'UBND thành phố Hà Giang',
  TaiLieuNop: [{ TenTepDinhKem: 'Đơn đề nghị\u00a0cấp phép.pdf' }],
};

describe('text-integrity rules', () => {
  it('apply to every packet and run per record', () => {
    expect(TEXT_RULES.map((r) => r.code)).toEqual(['text.nfd', 'text.mixed-normalization', 'text.mojibake', 'text.invisible-char', 'text.smart-quote-in-code']);
    for (const r of TEXT_RULES) expect(r).toMatchObject({ packets: ['*'], scope: 'record' });
  });

  it('report the field with a set quick fix holding the repaired value', () => {
    const at = (code: string) => runRule(rule(code), { packet: DONG_BO_HO_SO_MC, record }).map((f) => [f.at, f.fix?.edits]);
    expect(at('text.nfd')).toEqual([[['ChuHoSo'], [{ op: 'set', path: ['ChuHoSo'], value: 'Nguyễn Thị Minh Hằng' }]]]);
    expect(at('text.mojibake')).toEqual([[['TrichYeuHoSo'], [{ op: 'set', path: ['TrichYeuHoSo'], value: 'Đề nghị cấp giấy phép xây dựng' }]]]);
    expect(at('text.invisible-char')).toEqual([
      [['MaTTHC'], [{ op: 'set', path: ['MaTTHC'], value: '1.001234.000.00.00.H22' }]],
      [['TaiLieuNop', 0, 'TenTepDinhKem'], [{ op: 'set', path: ['TaiLieuNop', 0, 'TenTepDinhKem'], value: 'Đơn đề nghị cấp phép.pdf' }]],
    ]);
    expect(at('text.smart-quote-in-code')).toEqual([[['MaLinhVuc'], [{ op: 'set', path: ['MaLinhVuc'], value: 'G12-XD01' }]]]);
    expect(at('text.mixed-normalization')).toEqual([]);
  });

  it('name the family of the mojibake in both languages, and never quote the value', () => {
    const [f] = runRule(rule('text.mojibake'), { packet: DONG_BO_HO_SO_MC, record });
    expect(f.params).toMatchObject({ field: 'TrichYeuHoSo', family: 'Mã VNI bị đọc nhầm thành Windows-1252 / VNI read as Windows-1252' });
    for (const r of TEXT_RULES) expect(r.message.vi + r.message.en).not.toMatch(/\{value\}/);
  });

  it('stay silent on a clean record', () => {
    const clean = { MaHoSo: 'A-1', ChuHoSo: 'Nguyễn Thị Minh Hằng', TrichYeuHoSo: 'Đề nghị “cấp phép” xây dựng' };
    for (const r of TEXT_RULES) expect(runRule(r, { packet: DONG_BO_HO_SO_MC, record: clean })).toEqual([]);
  });
});
