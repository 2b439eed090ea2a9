import { describe, expect, it } from 'vitest';
import { STRICT_PROFILE, validateValue } from '../../../../shared/index';
import { buildRecordSpec } from '../model/recordSpec';
import { defaultFor, flagValues, matchKeys, newItem, valueFromText, widgetFor } from './fieldKind';
import { localToWire, typedToWire, wireToShown } from './inputs/dateText';
import { template } from '../../../../shared/index';

const spec = buildRecordSpec('DongBoHoSoMC', 'envelope', STRICT_PROFILE);
const f = (name: string) => spec.fieldAt(['data', 0, name])!;
const item = (name: string) => spec.fieldAt(['data', 0, 'TaiLieuNop', 0, name])!;

describe('which input a field gets', () => {
  it('follows the spec: codes as selects, wire dates as date pickers, two-valued flags as switches, lists as lists', () => {
    expect(widgetFor(f('TrangThaiHoSo'), '10', spec)).toBe('code');
    expect(widgetFor(f('NgayHenTra'), '20240310170000', spec)).toBe('date');
    expect(widgetFor(f('MaHoSo'), 'x', spec)).toBe('text');
    // "True"/"False" (.NET spelling) and the closed 0/1 list are switches; an open list is not.
    expect(widgetFor(item('IsDeleted'), 'False', spec)).toBe('flag');
    expect(widgetFor(f('HoSoCoThanhPhanSoHoa'), '0', spec)).toBe('flag');
    expect(widgetFor(item('DuocTaiSuDung'), '0', spec)).toBe('code');
    expect(widgetFor(f('TaiLieuNop'), [], spec)).toBe('list');
    expect(widgetFor(f('TaiLieuNop'), undefined, spec)).toBe('list');
  });

  it('edits a value of the wrong shape as JSON instead of hiding it', () => {
    expect(widgetFor(f('NgayHenTra'), { a: 1 }, spec)).toBe('json');
    expect(widgetFor(f('TaiLieuNop'), 'none', spec)).toBe('json');
    // A number where a string is expected is still a text (the edit writes a string).
    expect(widgetFor(f('MaHoSo'), 12, spec)).toBe('text');
  });

  it('knows the two values of each flag', () => {
    expect(flagValues(item('IsDeleted'), spec)).toEqual({ on: 'True', off: 'False' });
    expect(flagValues(f('HoSoCoThanhPhanSoHoa'), spec)).toEqual({ on: '1', off: '0' });
    expect(flagValues(f('TrangThaiHoSo'), spec)).toBeUndefined();
    // 0/1 that are not no/yes (at the counter / by post) stay a list.
    expect(flagValues(f('HinhThuc'), spec)).toBeUndefined();
    expect(widgetFor(f('HinhThuc'), '0', spec)).toBe('code');
  });
});

describe('what an edit writes', () => {
  it('writes strings on the wire, numbers only where the spec or the value says so', () => {
    expect(valueFromText(f('MaHoSo'), '123', 'old')).toBe('123');
    // A string field holding a number: the edit writes the string the wire expects.
    expect(valueFromText(f('MaHoSo'), '123', 99)).toBe('123');
    // error_code is a string or a number (dossier.md §1.6): an edit keeps the type it has.
    const errorCode = buildRecordSpec('reply', 'reply', STRICT_PROFILE).fieldAt(['error_code'])!;
    expect(errorCode.type).toBe('stringOrNumber');
    expect(valueFromText(errorCode, '-3', 0)).toBe(-3);
    expect(valueFromText(errorCode, '-3', '0')).toBe('-3');
  });

  it('starts a new submitted file with every field, .NET and 0/1 flags off, texts empty', () => {
    const file = newItem(f('TaiLieuNop').items!, spec);
    expect(Object.keys(file)).toEqual(f('TaiLieuNop').items!.fields.map((x) => x.name));
    expect(file).toMatchObject({ IsDeleted: 'False', DuocSoHoa: '0', DuocLayTuKhoDMQG: '0', TenTepDinhKem: '', DuongDanTaiTepTin: '' });
    expect(defaultFor(f('DanhSachGiayToKetQua'), spec)).toEqual([]);
  });

  it('gives a template dossier with a new file filled in no errors (the tester journey, in data)', () => {
    const doc = template('dossier') as { data: Record<string, unknown>[] };
    const file = { ...newItem(f('TaiLieuNop').items!, spec), TenTepDinhKem: 'Ban-ve.pdf', DuongDanTaiTepTin: 'https://motcua.h22.example/files/1' };
    (doc.data[0].TaiLieuNop as unknown[]).push(file);
    const report = validateValue(doc);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('matches keys written in another case to their field, and lists the keys the spec does not know', () => {
    const m = matchKeys({ mahoso: 'a', MaTTHC: 'b', Foo: 1 }, spec.record);
    expect(m.keyOf.get(f('MaHoSo'))).toBe('mahoso');
    expect(m.keyOf.get(f('MaTTHC'))).toBe('MaTTHC');
    expect(m.unknown).toEqual(['Foo']);
    // Both spellings present: the exact one is the field, the other is shown apart.
    const both = matchKeys({ mahoso: 'a', MaHoSo: 'b' }, spec.record);
    expect(both.keyOf.get(f('MaHoSo'))).toBe('MaHoSo');
    expect(both.unknown).toEqual(['mahoso']);
  });
});

describe('dates as people read and type them', () => {
  it('shows wire dates as dd/MM/yyyy HH:mm, and anything else as written', () => {
    expect(wireToShown('20240310170000', 'datetime14')).toBe('10/03/2024 17:00');
    expect(wireToShown('2024-03-10', 'datetime14')).toBe('2024-03-10');
    expect(wireToShown('20240230120000', 'datetime14')).toBe('20240230120000');
    expect(wireToShown('20240310', 'date8')).toBe('10/03/2024');
  });

  it('reads what a person types or pastes, and refuses what is not a date', () => {
    expect(typedToWire('22/03/2024 17:00', 'datetime14')).toBe('20240322170000');
    expect(typedToWire('2/3/2024', 'datetime14')).toBe('20240302000000');
    expect(typedToWire('20240322170000', 'datetime14')).toBe('20240322170000');
    expect(typedToWire('2024-03-22T10:00:00Z', 'datetime14')).toBe('20240322170000');
    expect(typedToWire('31/02/2024 10:00', 'datetime14')).toBeUndefined();
    expect(typedToWire('hôm qua', 'datetime14')).toBeUndefined();
    expect(typedToWire('22/03/2024', 'date8')).toBe('20240322');
    expect(localToWire({ year: 2024, month: 3, day: 22, hour: 17, minute: 5, second: 0 }, 'datetime14')).toBe('20240322170500');
  });
});
