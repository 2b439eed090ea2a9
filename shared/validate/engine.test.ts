import { describe, expect, it } from 'vitest';
import { LENIENT_PROFILE } from './builtinProfiles';
import { enableCodegen } from './codegen';
import { validateTextWith, validateValueWith } from './engine';
import { FIXTURE_MODULES, fixtureRecord } from './testing/fixtureKinds';

const validate = (text: string, options = {}) => validateTextWith(FIXTURE_MODULES, text, options);
const envelope = (records: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ session: 's', madonvi: '000.00.01.H22', service: 'FixturePush', isUpdating: 'False', data: records, ...extra }, null, 2);

describe('validateText', () => {
  it('accepts the fixture template with no issue', () => {
    const report = validate(JSON.stringify(FIXTURE_MODULES[0].template()));
    expect(report).toMatchObject({ valid: true, form: 'envelope', kind: 'dossier', packetId: 'FixturePush', recordCount: 1, issues: [] });
    expect(report.profile).toEqual({ id: 'strict', version: '1.0.0' });
  });

  it('locates a wrong value at its own line and column', () => {
    const r = fixtureRecord();
    r.NgayTiepNhan = '2024-03-12';
    const text = envelope([fixtureRecord(1), r]);
    const report = validate(text);
    const issue = report.issues.find((i) => i.path === 'data[1].NgayTiepNhan')!;
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"2024-03-12"')) + 1;
    expect(issue.range).toMatchObject({ line, column: lines[line - 1].indexOf('"2024-03-12"') + 1 });
    expect(issue.record).toBe(1);
    expect(report.valid).toBe(false);
  });

  it('locates a missing field at its enclosing object', () => {
    const r = fixtureRecord();
    delete r.MaHoSo;
    const text = envelope([r]);
    const issue = validate(text).issues.find((i) => i.code === 'required.missing')!;
    expect(issue.path).toBe('data[0].MaHoSo');
    const objectStart = text.indexOf('{', text.indexOf('"data"'));
    expect(issue.range?.offset).toBe(objectStart);
    expect(text[issue.range!.offset + issue.range!.length - 1]).toBe('}');
  });

  it('sorts issues by their position in the text', () => {
    const a = { ...fixtureRecord(1), TrangThaiHoSo: '99' };
    const b = { ...fixtureRecord(2), NgayTiepNhan: 'x' };
    const report = validate(envelope([a, b], { madonvi: '' }));
    const offsets = report.issues.map((i) => i.range!.offset);
    expect(offsets).toEqual([...offsets].sort((x, y) => x - y));
    expect(report.issues.map((i) => i.path)).toEqual(['madonvi', 'data[0].TrangThaiHoSo', 'data[1].NgayTiepNhan']);
  });

  it('reports a syntax error as an issue with its line and column, and the suggested repairs', () => {
    const report = validate('{\n  "service": "FixturePush",\n  "data": [],\n}');
    expect(report.valid).toBe(false);
    // The parser points at the superfluous comma itself, on line 3.
    expect(report.syntax?.line).toBe(3);
    expect(report.issues[0].range?.line).toBe(3);
    expect(report.repairs.map((r) => r.code)).toContain('repair.trailing-comma');
  });

  it('validates the record of a data object where an array is expected, at data.X paths (sample dossier/94)', () => {
    const r = { ...fixtureRecord(), TrangThaiHoSo: 2 };
    const report = validate(envelope(r));
    expect(report.issues.map((i) => `${i.severity} ${i.code} ${i.path}`)).toEqual(['error type.mismatch data', 'error type.expected-string data.TrangThaiHoSo']);
    expect(report.recordCount).toBe(1);
  });

  it('runs record rules at absolute paths with the rule severity default, and document rules', () => {
    const late = { ...fixtureRecord(1), NgayHenTra: '20240301000000' };
    const dup = fixtureRecord(1);
    const report = validate(envelope([late, dup]));
    const brief = report.issues.map((i) => `${i.severity} ${i.code} ${i.path}`);
    expect(brief).toEqual(['error dossier.fixture-deadline data[0].NgayHenTra', 'error dossier.fixture-duplicate data[1].MaHoSo']);
    expect(report.issues[0].message.vi).toContain('20240301000000');
    expect(report.issues[0].specRef).toEqual({ file: 'dossier.md', section: '§5', row: '4' });
    expect(report.issues[1].record).toBe(1);
  });

  it('maps document-rule paths to a bare array and lets a profile downgrade a rule', () => {
    const text = JSON.stringify([fixtureRecord(3), fixtureRecord(3)]);
    expect(validate(text).issues.map((i) => i.path)).toEqual(['[1].MaHoSo']);
    const profile = { ...LENIENT_PROFILE, id: 'x', rules: { 'dossier.fixture-duplicate': 'warning' as const } };
    const report = validate(text, { profile });
    expect(report.issues[0].severity).toBe('warning');
    expect(report.valid).toBe(true);
  });

  it('runs paired-request rules only when the request is given', () => {
    const text = JSON.stringify({ error_code: '0', message: 'ok', result: [{ MATTHC: '1.001139', TENTTHC: 'x', LOAITTHC: '1' }] });
    expect(validate(text).issues).toEqual([]);
    const paired = validate(text, { request: { service: 'FixtureLay', maTTHC: '1.001193' } });
    expect(paired.issues.map((i) => i.path)).toEqual(['result[0].MATTHC']);
  });

  it('reports a document it cannot recognise as packet.unknown at the whole document', () => {
    const report = validate('{"hello": "world"}');
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({ code: 'packet.unknown', path: '', severity: 'error' });
    expect(report.issues[0].range?.line).toBe(1);
    expect(report.form).toBe('record');
  });

  it('reports non-object records and keeps the others checked', () => {
    const report = validate(envelope(['oops', { ...fixtureRecord(), TrangThaiHoSo: '0' }]));
    expect(report.issues.map((i) => `${i.code} ${i.path}`)).toEqual(['type.mismatch data[0]', 'code.unknown data[1].TrangThaiHoSo']);
  });

  it('reports progress and can be cancelled', () => {
    const records = Array.from({ length: 5000 }, (_, i) => fixtureRecord(i));
    const seen: number[] = [];
    const done = validateValueWith(FIXTURE_MODULES, { session: 's', madonvi: 'm', service: 'FixturePush', isUpdating: 'True', data: records }, { onProgress: (f) => void seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBeGreaterThan(2);
    expect(done.cancelled).toBeUndefined();
    const cancelled = validateValueWith(FIXTURE_MODULES, records, { onProgress: () => false });
    expect(cancelled.cancelled).toBe(true);
    expect(cancelled.valid, 'an interrupted check is never called valid').toBe(false);
  });

  it('never throws on a rule that crashes: reports rule.failed once', () => {
    const boom = {
      ...FIXTURE_MODULES[0],
      rules: [{ ...FIXTURE_MODULES[0].rules[0], check: () => { throw new Error('bad'); } }],
    };
    const report = validateTextWith([boom, ...FIXTURE_MODULES.slice(1)], JSON.stringify([fixtureRecord(1), fixtureRecord(2)]));
    expect(report.issues.map((i) => i.code)).toEqual(['rule.failed']);
  });

  it('gives identical findings with and without the codegen accelerator', () => {
    const records = Array.from({ length: 300 }, (_, i) => {
      const r: Record<string, unknown> = fixtureRecord(i);
      if (i % 7 === 0) r.NgayTiepNhan = '20240230000000';
      if (i % 11 === 0) delete r.Email;
      if (i % 13 === 0) r.mahoso = 'x';
      if (i % 17 === 0) r.MaDoiTuong = null;
      if (i % 19 === 0) r.TaiLieuNop = [{ TenTepDinhKem: 'a', IsDeleted: 'True', DuongDanTaiTepTin: 'ftp://x' }, 'bad'];
      return r;
    });
    const text = envelope(records);
    enableCodegen(false);
    const plain = validate(text);
    enableCodegen(true);
    const fast = validate(text);
    enableCodegen(false);
    expect(fast.issues).toEqual(plain.issues);
    expect(plain.issues.length).toBeGreaterThan(50);
  });
});
