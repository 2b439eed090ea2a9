import { describe, expect, it } from 'vitest';
import { detectPacket } from './detect';
import { FIXTURE_MODULES, fixtureRecord } from './testing/fixtureKinds';

const detect = (value: unknown, options = {}) => detectPacket(value, options, FIXTURE_MODULES);

describe('kind and packet detection (spec/README.md "Documents a user opens")', () => {
  it('recognises an envelope by its service', () => {
    const d = detect({ session: 's', madonvi: 'm', service: 'FixturePush', isUpdating: 'False', data: [fixtureRecord()] });
    expect(d).toMatchObject({ form: 'envelope', kind: 'dossier', by: 'service' });
    expect(d.packet?.id).toBe('FixturePush');
  });

  it('uses discriminators and the single-object data of a type-2 status push', () => {
    const d = detect({ session: 's', madonvi: 'm', service: 'FixtureStatus', type: '2', data: { MaHoSo: 'x', NgayXuLy: '20240101000000' } });
    expect(d.packet?.id).toBe('FixtureStatus2');
    expect(d.form).toBe('envelope');
  });

  it('recognises a reply by the signature of its result items', () => {
    const d = detect({ error_code: '0', message: 'Thành công', result: [{ MATTHC: '1.001193', TENTTHC: 'x', LOAITTHC: '1' }] });
    expect(d).toMatchObject({ form: 'reply', kind: 'procedure', by: 'signature' });
    expect(d.packet?.id).toBe('FixtureLay.response');
  });

  it('recognises a bare array of records and a single record by their field signature', () => {
    const arr = detect([fixtureRecord(1), fixtureRecord(2)]);
    expect(arr).toMatchObject({ form: 'array', kind: 'dossier', by: 'signature' });
    const steps = detect([{ MaHoSo: 'X', NguoiXuLy: 'A', ThoiDiemXuLy: '20240101000000' }]);
    expect(steps).toMatchObject({ form: 'array', kind: 'progress' });
    const single = detect(fixtureRecord());
    expect(single).toMatchObject({ form: 'record', kind: 'dossier' });
  });

  it('recognises a body without records (login) by its envelope keys', () => {
    expect(detect({ username: 'u', password: 'p' })).toMatchObject({ form: 'envelope', kind: 'auxiliary' });
  });

  it('recognises an envelope whose service is missing by its records', () => {
    const d = detect({ session: 's', madonvi: 'm', data: [fixtureRecord()] });
    expect(d.packet?.id).toBe('FixturePush');
    expect(d.form).toBe('envelope');
  });

  it('lets an explicit kind or packet override detection', () => {
    const doc = { session: 's', madonvi: 'm', service: 'FixturePush', data: [fixtureRecord()] };
    expect(detect(doc, { kind: 'progress' })).toMatchObject({ kind: 'progress', by: 'explicit' });
    expect(detect(doc, { packetId: 'FixtureSteps' }).packet?.id).toBe('FixtureSteps');
    expect(detect({ nothing: 1 }, { kind: 'dossier' })).toMatchObject({ kind: 'dossier', by: 'explicit' });
  });

  it('reports an unknown service with the closest service names', () => {
    const d = detect({ session: 's', madonvi: 'm', service: 'FixturePushh', data: [] });
    expect(d.packet).toBeUndefined();
    expect(d.unknown?.reason.en).toContain('FixturePushh');
    expect(d.unknown?.candidates[0]).toBe('service FixturePush');
  });

  it('reports an unrecognisable document with its closest candidates', () => {
    const d = detect([{ MaHoSo: 'x', Foo: 1, Bar: 2, Baz: 3, Qux: 4 }]);
    expect(d.packet).toBeUndefined();
    expect(d.unknown?.candidates.length).toBeGreaterThan(0);
    expect(detect('just a string').unknown?.reason.en).toContain('not a JSON object');
    expect(detect([]).unknown?.reason.en).toContain('empty');
  });

  it('reports an unknown explicit packet id with near ids', () => {
    const d = detect({}, { packetId: 'FixturePus' });
    expect(d.unknown?.candidates).toContain('FixturePush');
  });
});

describe('a mistyped service', () => {
  it('is validated against the packet its records clearly belong to', () => {
    const d = detectPacket({ session: 's', madonvi: 'm', service: 'DongBoHoSo', data: [fixtureRecord()] }, {}, FIXTURE_MODULES);
    expect(d).toMatchObject({ form: 'envelope', by: 'signature' });
    expect(d.packet?.id).toBe('FixturePush');
  });
});
