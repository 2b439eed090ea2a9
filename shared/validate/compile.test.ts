import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues/issue';
import { LENIENT_PROFILE, STRICT_PROFILE } from './builtinProfiles';
import { createCheckContext } from './checkContext';
import { SpecCompiler } from './compile';
import { createSink } from './emit';
import type { Profile } from './profileTypes';
import { CHANNEL_CODES, PUSH, RECORD, STATUS_CODES, fixtureRecord } from './testing/fixtureKinds';

function check(record: Record<string, unknown>, profile: Profile = STRICT_PROFILE, prefix: (string | number)[] = ['data', 0]): Issue[] {
  const ctx = createCheckContext(profile, new Map([STATUS_CODES, CHANNEL_CODES].map((l) => [l.id, l])));
  const checker = new SpecCompiler(ctx).object(RECORD);
  const sink = createSink();
  const path = prefix.slice();
  checker(record, path, sink);
  expect(path, 'the path stack is restored').toEqual(prefix);
  return sink.issues;
}

const brief = (issues: Issue[]) => issues.map((i) => `${i.severity} ${i.code} ${i.path}`).sort();

describe('compiled structural checker', () => {
  it('reports nothing for a valid record', () => {
    expect(check(fixtureRecord())).toEqual([]);
  });

  it('reports a missing M field as an error and a missing M* field as a warning (strict)', () => {
    const r = fixtureRecord();
    delete r.MaHoSo;
    delete r.Email;
    expect(brief(check(r))).toEqual(['error required.missing data[0].MaHoSo', 'warning required.missing data[0].Email']);
  });

  it('silences missing M* fields in lenient but keeps M errors', () => {
    const r = fixtureRecord();
    delete r.MaHoSo;
    delete r.Email;
    r.NgayHenTra = '';
    expect(brief(check(r, LENIENT_PROFILE))).toEqual(['error required.missing data[0].MaHoSo']);
  });

  it('reports "" in a required field as required.empty, by strength', () => {
    const r = { ...fixtureRecord(), MaHoSo: '', NgayHenTra: '' };
    expect(brief(check(r))).toEqual(['error required.empty data[0].MaHoSo', 'warning required.empty data[0].NgayHenTra']);
  });

  it('accepts "" in an optional field (unknown value, dossier.md §1.7) and null where nullable', () => {
    const r = { ...fixtureRecord(), KenhThucHien: '', TrichYeuHoSo: '', MaDoiTuong: null };
    expect(check(r)).toEqual([]);
  });

  it('rejects 30 February and hour 24 in a datetime14 field, and proposes the wire form of an ISO date', () => {
    const feb30 = check({ ...fixtureRecord(), NgayTiepNhan: '20240230120000' });
    expect(brief(feb30)).toEqual(['error format.datetime14 data[0].NgayTiepNhan']);
    const hour24 = check({ ...fixtureRecord(), NgayTiepNhan: '20240312246000' });
    expect(brief(hour24)).toEqual(['error format.datetime14 data[0].NgayTiepNhan']);
    const iso = check({ ...fixtureRecord(), NgayTiepNhan: '2024-03-12T08:15:00+07:00' });
    expect(iso[0].fix?.edits).toEqual([{ op: 'set', path: ['data', 0, 'NgayTiepNhan'], value: '20240312081500' }]);
    expect(iso[0].message.vi).toContain('yyyyMMddHHmmss');
    expect(iso[0].message.en).toContain('NgayTiepNhan');
  });

  it('enforces closed code lists as errors and open ones as warnings, with a fix from a label', () => {
    const closed = check({ ...fixtureRecord(), TrangThaiHoSo: 'Đang xử lý' });
    expect(brief(closed)).toEqual(['error code.unknown data[0].TrangThaiHoSo']);
    expect(closed[0].fix?.edits[0]).toMatchObject({ op: 'set', value: '4' });
    const open = check({ ...fixtureRecord(), KenhThucHien: '7' });
    expect(brief(open)).toEqual(['warning code.unknown data[0].KenhThucHien']);
  });

  it('reports a number where the wire uses a string: error in strict, warning in lenient, with a fix', () => {
    const strict = check({ ...fixtureRecord(), TrangThaiHoSo: 2 });
    expect(brief(strict)).toEqual(['error type.expected-string data[0].TrangThaiHoSo']);
    expect(strict[0].fix?.edits[0]).toMatchObject({ op: 'set', value: '2' });
    expect(brief(check({ ...fixtureRecord(), TrangThaiHoSo: 2 }, LENIENT_PROFILE))).toEqual(['warning type.expected-string data[0].TrangThaiHoSo']);
    // A number that is also outside the list is reported for both reasons.
    expect(brief(check({ ...fixtureRecord(), TrangThaiHoSo: 11 }))).toEqual(['error code.unknown data[0].TrangThaiHoSo', 'error type.expected-string data[0].TrangThaiHoSo']);
  });

  it('turns a boolean into the .NET spelling in its fix', () => {
    const r = fixtureRecord();
    (r.TaiLieuNop as Record<string, unknown>[])[0].IsDeleted = false;
    const issues = check(r);
    expect(brief(issues)).toEqual(['error type.expected-string data[0].TaiLieuNop[0].IsDeleted']);
    expect(issues[0].fix?.edits[0]).toMatchObject({ value: 'False' });
  });

  it('checks nested list items at their index, and an object where a list is expected as the item itself', () => {
    const r = { ...fixtureRecord(), TaiLieuNop: [{ TenTepDinhKem: 'a', IsDeleted: 'False', DuongDanTaiTepTin: 'https://x.vn/a' }, { TenTepDinhKem: 'b', IsDeleted: 'No' }] };
    expect(brief(check(r))).toEqual(['error format.trueFalse data[0].TaiLieuNop[1].IsDeleted', 'error required.missing data[0].TaiLieuNop[1].DuongDanTaiTepTin']);
    const single = { ...fixtureRecord(), TaiLieuNop: { TenTepDinhKem: 'a', IsDeleted: 'False' } };
    expect(brief(check(single))).toEqual(['error required.missing data[0].TaiLieuNop.DuongDanTaiTepTin', 'error type.mismatch data[0].TaiLieuNop']);
    const notObjects = { ...fixtureRecord(), TaiLieuNop: ['a.pdf'] };
    expect(brief(check(notObjects))).toEqual(['error type.mismatch data[0].TaiLieuNop[0]']);
  });

  it('reports unknown keys as info, other case as a warning with a rename fix, aliases as info', () => {
    const r = fixtureRecord();
    delete r.MaHoSo;
    delete r.MALINHVUC;
    Object.assign(r, { mahoso: 'H22-1', MaLinhVuc: 'G03', Extra: 1 });
    const issues = check(r);
    expect(brief(issues)).toEqual(['info key.alias data[0].MaLinhVuc', 'info key.unknown data[0].Extra', 'warning key.case data[0].mahoso']);
    const rename = issues.find((i) => i.code === 'key.case')!.fix!.edits[0];
    expect(rename).toEqual({ op: 'rename', path: ['data', 0], from: 'mahoso', to: 'MaHoSo' });
  });

  it('reports a field given twice, under its name and another spelling, and checks only the canonical value', () => {
    const r = { ...fixtureRecord(), MaLinhVuc: '', mahoso: 'x' };
    expect(brief(check(r))).toEqual(['warning key.duplicate-alias data[0].MaLinhVuc', 'warning key.duplicate-alias data[0].mahoso']);
  });

  it('checks the value found under a mis-cased key like the field itself', () => {
    const r = fixtureRecord();
    delete r.NgayTiepNhan;
    Object.assign(r, { ngaytiepnhan: '2024-03-12' });
    expect(brief(check(r))).toEqual(['error format.datetime14 data[0].ngaytiepnhan', 'warning key.case data[0].ngaytiepnhan']);
  });

  it('reports values longer than maxLength as an inferred warning', () => {
    expect(brief(check({ ...fixtureRecord(), TrichYeuHoSo: 'x'.repeat(11) }))).toEqual(['warning length.max data[0].TrichYeuHoSo']);
  });

  it('accepts string or number for stringOrNumber fields and checks their format', () => {
    expect(check({ ...fixtureRecord(), SoLuong: 3 })).toEqual([]);
    expect(brief(check({ ...fixtureRecord(), SoLuong: '-1' }))).toEqual(['error format.nonNegativeInteger data[0].SoLuong']);
    expect(brief(check({ ...fixtureRecord(), SoLuong: true }))).toEqual(['error type.mismatch data[0].SoLuong']);
  });

  it('reports non-string items of a string list', () => {
    expect(brief(check({ ...fixtureRecord(), TTHCLIENQUAN: ['1.0001', 2, {}] }))).toEqual([
      'error type.expected-string data[0].TTHCLIENQUAN[1]',
      'error type.mismatch data[0].TTHCLIENQUAN[2]',
    ]);
  });

  it('lets a profile override a code severity or switch it off', () => {
    const profile: Profile = { ...STRICT_PROFILE, id: 'p', rules: { 'format.datetime14': 'warning', 'key.unknown': 'off' } };
    const r = { ...fixtureRecord(), NgayTiepNhan: '2024', Extra: 'x' };
    expect(brief(check(r, profile))).toEqual(['warning format.datetime14 data[0].NgayTiepNhan']);
  });

  it('does not read inherited properties as fields', () => {
    expect(brief(check(JSON.parse('{"__proto__": {"MaHoSo": "x"}}') as Record<string, unknown>, LENIENT_PROFILE, []))).toEqual([
      'error required.missing MaHoSo',
      'error required.missing NgayTiepNhan',
      'error required.missing TrangThaiHoSo',
      'info key.unknown __proto__',
      'warning required.missing MALINHVUC',
    ]);
  });

  it('compiles the envelope without descending into its records', () => {
    const ctx = createCheckContext(STRICT_PROFILE, new Map());
    const env = new SpecCompiler(ctx).object(PUSH.envelope, 'data');
    const sink = createSink();
    env({ session: 's', madonvi: 'm', service: 'FixturePush', data: [{ nothing: 1 }] }, [], sink);
    expect(brief(sink.issues)).toEqual(['error required.missing isUpdating']);
    expect(sink.issues[0].fix?.edits[0]).toEqual({ op: 'set', path: ['isUpdating'], value: 'False' });
    const sink2 = createSink();
    env({ session: 's', madonvi: 'm', service: 'FixturePush', isUpdating: false, data: {} }, [], sink2);
    expect(brief(sink2.issues)).toEqual(['error type.expected-string isUpdating', 'error type.mismatch data']);
  });
});
