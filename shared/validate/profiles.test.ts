import { describe, expect, it } from 'vitest';
import { STRICT_PROFILE } from './builtinProfiles';
import { validateTextWith } from './engine';
import { loadProfileWith } from './profileFile';
import { FIXTURE_MODULES, fixtureRecord } from './testing/fixtureKinds';
import { SAMPLES_DIR } from '../../tests/support/reference';

const load = (input: unknown, source = 'test.json') => loadProfileWith(FIXTURE_MODULES, input, source);
const envelope = (records: unknown[]) => JSON.stringify({ session: 's', madonvi: 'm', service: 'FixturePush', isUpdating: 'False', data: records }, null, 2);

describe('user profile files', () => {
  it('loads a valid file over its base and keeps id, version and source', () => {
    const r = load({ name: 'Hà Giang helpdesk', version: '2026.1', extends: 'lenient', rules: { 'dossier.fixture-deadline': 'warning' } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.profile).toMatchObject({ id: 'ha-giang-helpdesk', version: '2026.1', base: 'lenient', source: 'test.json' });
    expect(r.profile.strengthSeverity.tolerated).toBe('off');
    expect(r.profile.rules['dossier.fixture-deadline']).toBe('warning');
  });

  it('reports a JSON syntax error with its line and column, without throwing', () => {
    const r = load('{\n  "name": "x",\n  "version": 1.0.0\n}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0].line).toBe(3);
    expect(r.errors[0].message.en).toContain('test.json');
  });

  it('reports shape errors at their path and line', () => {
    const text = '{\n  "name": "x",\n  "version": "1",\n  "rules": { "dossier.fixture-deadline": "fatal" },\n  "fields": { "fixture.record": { "Email": { "pattern": "([" } } }\n}';
    const r = load(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.errors.map((e) => [e.path, e]));
    expect(byPath['rules.dossier.fixture-deadline'].line).toBe(4);
    expect(byPath['rules.dossier.fixture-deadline'].message.en).toContain('error, warning, info, off');
    expect(byPath['fields.fixture.record.Email.pattern'].message.en).toContain('regular expression');
    expect(byPath['fields.fixture.record.Email.pattern'].line).toBe(5);
  });

  it('rejects unknown keys, objects and fields with the closest names', () => {
    expect(load({ name: 'x', version: '1', field: {} }).ok).toBe(false);
    const r = load({ name: 'x', version: '1', fields: { 'fixture.recrd': { Email: { required: 'M' } }, 'fixture.record': { Emial: { required: 'M' } } } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.message.en).join('\n')).toMatch(/no object "fixture.recrd".*Closest: fixture.record/);
    expect(r.errors.map((e) => e.message.en).join('\n')).toMatch(/no field "Emial".*Closest: Email/);
  });

  it('warns about unknown rule codes instead of failing', () => {
    const r = load({ name: 'x', version: '1', rules: { 'dossier.fixture-deadlin': 'off' } });
    expect(r.ok).toBe(true);
    expect(r.warnings[0].message.en).toContain('dossier.fixture-deadline');
  });

  it('rejects references to code lists that do not exist, and accepts new lists with entries', () => {
    expect(load({ name: 'x', version: '1', fields: { 'fixture.record': { KenhThucHien: { codes: 'Nope' } } } }).ok).toBe(false);
    const ok = load({ name: 'x', version: '1', fields: { 'fixture.record': { KenhThucHien: { codes: 'Kenh2' } } }, codeLists: { Kenh2: { entries: [{ code: '9', label: 'Chín' }] } } });
    expect(ok.ok).toBe(true);
  });
});

describe('profile overrides change what is validated', () => {
  const validate = (records: unknown[], input: unknown) => {
    const r = load(input);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return validateTextWith(FIXTURE_MODULES, envelope(records), { profile: r.profile }).issues.map((i) => `${i.severity} ${i.code} ${i.path}`);
  };

  it('makes an M* field firm (required mark override)', () => {
    const r = fixtureRecord();
    delete r.Email;
    expect(validate([r], { name: 'x', version: '1', fields: { 'fixture.record': { Email: { required: 'M' } } } })).toEqual(['error required.missing data[0].Email']);
  });

  it('replaces a pattern and a max length', () => {
    const r = { ...fixtureRecord(), MaHoSo: 'ABC', TrichYeuHoSo: '12345678901' };
    const issues = validate([r], { name: 'x', version: '1', fields: { 'fixture.record': { MaHoSo: { pattern: 'H22\\..*' }, TrichYeuHoSo: { maxLength: 20 } } } });
    expect(issues).toEqual(['error pattern.mismatch data[0].MaHoSo']);
  });

  it('adds a code to a closed list and closes an open one', () => {
    const r = { ...fixtureRecord(), TrangThaiHoSo: '11', KenhThucHien: '3' };
    const issues = validate([r], { name: 'x', version: '1', codeLists: { FixtureStatus: { addEntries: [{ code: '11', label: { vi: 'Mười một', en: 'Eleven' } }] }, FixtureChannel: { closed: true } } });
    expect(issues).toEqual(['error code.unknown data[0].KenhThucHien']);
  });

  it('adds fields that are then known, required and checked', () => {
    const r = { ...fixtureRecord(), MaHoSoKhac: 'x' };
    expect(validate([r], { name: 'x', version: '1' })).toEqual(['info key.unknown data[0].MaHoSoKhac']);
    const added = { name: 'x', version: '1', addFields: { 'fixture.record': [{ name: 'MaHoSoKhac', label: 'Mã hồ sơ khác', format: 'digits' }, { name: 'SoBienNhan2', label: 'Biên nhận', required: 'M' }] } };
    // The missing field is located at its enclosing object, which starts before the wrong value.
    expect(validate([r], added)).toEqual(['error required.missing data[0].SoBienNhan2', 'error format.digits data[0].MaHoSoKhac']);
  });

  it('changes a rule severity, turns a check off, and changes strength severities', () => {
    const r: Record<string, unknown> = { ...fixtureRecord(), NgayHenTra: '20200101000000', Extra: 1 };
    delete r.Email;
    expect(validate([r], { name: 'x', version: '1' })).toEqual(['warning required.missing data[0].Email', 'error dossier.fixture-deadline data[0].NgayHenTra', 'info key.unknown data[0].Extra']);
    expect(validate([r], { name: 'x', version: '1', rules: { 'dossier.fixture-deadline': 'off', 'key.unknown': 'off' }, strengths: { tolerated: 'error' } })).toEqual(['error required.missing data[0].Email']);
  });

  it('never mutates the spec itself', () => {
    const r = fixtureRecord();
    delete r.Email;
    validate([r], { name: 'x', version: '1', fields: { 'fixture.record': { Email: { required: 'M' } } } });
    const again = validateTextWith(FIXTURE_MODULES, envelope([r]), { profile: STRICT_PROFILE });
    expect(again.issues.map((i) => i.severity)).toEqual(['warning']);
  });
});

describe('the shipped example profile (assets/profiles/example-helpdesk.json)', () => {
  it('loads against the real packet families and changes what is reported', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { loadProfile } = await import('./profiles');
    const { validateText } = await import('./validate');
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'assets', 'profiles', 'example-helpdesk.json'), 'utf8');
    const loaded = loadProfile(text, 'example-helpdesk.json');
    expect(loaded.ok, JSON.stringify(loaded)).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.warnings).toEqual([]);
    expect(loaded.profile).toMatchObject({ id: 'example-helpdesk', version: '2026.1', base: 'strict' });
    // dossier/05 lacks TrichYeuHoSo: a warning (M*) in strict, an error under the profile's required M.
    const legacy = readFileSync(join(SAMPLES_DIR, 'dossier', '05-dongbohosomc-minimal-legacy-valid.json'), 'utf8');
    expect(validateText(legacy).issues.find((i) => i.path === 'data[0].TrichYeuHoSo')?.severity).toBe('warning');
    const report = validateText(legacy, { profile: loaded.profile });
    expect(report.issues.find((i) => i.path === 'data[0].TrichYeuHoSo')?.severity).toBe('error');
    expect(report.profile).toEqual({ id: 'example-helpdesk', version: '2026.1' });
  });
});

describe('issues caused by a profile override', () => {
  it('say that the requirement comes from the profile', () => {
    const r = loadProfileWith(FIXTURE_MODULES, { id: 'hd', name: 'x', version: '1', fields: { 'fixture.record': { Email: { required: 'M' } } } });
    if (!r.ok) throw new Error('profile');
    const rec = fixtureRecord();
    delete rec.Email;
    const issue = validateTextWith(FIXTURE_MODULES, envelope([rec]), { profile: r.profile }).issues[0];
    expect(issue.message.vi).toContain('theo hồ sơ cấu hình "hd"');
    expect(issue.message.en).toContain('per profile "hd"');
    const plain = validateTextWith(FIXTURE_MODULES, envelope([rec])).issues[0];
    expect(plain.message.en).not.toContain('per profile');
  });
});
