import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { KIND_MODULES } from '../spec/registry';
import { LENIENT_PROFILE } from '../validate/builtinProfiles';
import { loadProfile } from '../validate/profiles';
import { jsonSchemaFor, kinds, template, zodSchemaFor, generateRecords } from './catalog';
import type { JsonSchema } from './jsonSchema';

/** A fresh ajv per schema: ajv keeps schemas by $id. */
const ajv = { compile: (s: JsonSchema) => new Ajv({ allErrors: true, strict: false }).compile(s) };

function walk(s: JsonSchema, visit: (s: JsonSchema, path: string) => void, path = ''): void {
  visit(s, path);
  for (const [k, v] of Object.entries(s.properties ?? {})) walk(v, visit, `${path}.${k}`);
  if (s.items) walk(s.items, visit, `${path}[]`);
  for (const [i, v] of (s.anyOf ?? []).entries()) walk(v, visit, `${path}|${i}`);
}

describe('JSON Schema for Monaco', () => {
  it('is draft-07, inlined (no $ref), and accepts every template of every packet', () => {
    for (const m of KIND_MODULES) {
      for (const p of m.spec.packets) {
        let doc: unknown;
        try {
          doc = m.template(p.id);
        } catch {
          continue;
        }
        const schema = jsonSchemaFor(p.id)!;
        expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
        expect(JSON.stringify(schema)).not.toContain('"$ref"');
        const validate = ajv.compile(schema);
        expect(validate(doc), `${p.id}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
      }
    }
  });

  it('titles fields "MaHoSo — Mã hồ sơ", describes them with help and spec reference, and lists codes with descriptions', () => {
    const schema = jsonSchemaFor('dossier')!;
    const record = schema.properties!.data.items!;
    expect(record.properties!.MaHoSo.title).toBe('MaHoSo — Mã hồ sơ');
    expect(record.properties!.MaHoSo.description).toContain('dossier.md §2.1 row 1');
    const status = record.properties!.TrangThaiHoSo;
    expect(status.enum).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(status.markdownEnumDescriptions).toHaveLength(10);
    expect(status.enumDescriptions![3]).toMatch(/xử lý/i);
    // Only firm requirements are JSON-Schema-required; M* fields stay the engine's warnings.
    expect(record.required).toContain('MaHoSo');
    expect(record.required).not.toContain('Email');
    const en = jsonSchemaFor('dossier', undefined, { lang: 'en' })!;
    expect(en.properties!.data.items!.properties!.MaHoSo.title).toBe('MaHoSo — Dossier number');
  });

  it('rejects what the engine calls firm errors: a 13-digit date, an unknown closed code, a missing M field', () => {
    const validate = ajv.compile(jsonSchemaFor('dossier')!);
    const doc = template('dossier') as { data: Record<string, unknown>[] };
    const bad = structuredClone(doc);
    bad.data[0].NgayTiepNhan = '2024031208150';
    expect(validate(bad)).toBe(false);
    const bad2 = structuredClone(doc);
    bad2.data[0].TrangThaiHoSo = '11';
    expect(validate(bad2)).toBe(false);
    const bad3 = structuredClone(doc);
    delete bad3.data[0].MaHoSo;
    expect(validate(bad3)).toBe(false);
  });

  it('describes the other document forms and follows the profile', () => {
    const arr = jsonSchemaFor('progress', undefined, { form: 'array' })!;
    expect(arr.type).toBe('array');
    expect(arr.items!.properties!.NguoiXuLy).toBeDefined();
    const record = jsonSchemaFor('progress', undefined, { form: 'record' })!;
    expect(record.properties!.ThoiDiemXuLy).toBeDefined();
    // lenient: numbers where strings are expected are only warnings, so the schema accepts them.
    const lenient = jsonSchemaFor('dossier', LENIENT_PROFILE)!;
    expect(lenient.properties!.data.items!.properties!.MaHoSo.type).toEqual(['string', 'number', 'boolean']);
    const loaded = loadProfile({ name: 'x', version: '1', fields: { 'dossier.record': { Email: { required: 'M' } } } });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(jsonSchemaFor('dossier', loaded.profile)!.properties!.data.items!.required).toContain('Email');
    expect(jsonSchemaFor('nothing')).toBeUndefined();
  });

  it('is non-recursive and every field has a title', () => {
    for (const k of kinds()) {
      for (const p of k.packets) {
        const schema = jsonSchemaFor(p.id)!;
        walk(schema, (s, path) => {
          if (path && !path.includes('|') && !path.endsWith('[]')) expect(s.title, `${p.id}${path}`).toBeTruthy();
        });
      }
    }
  });
});

describe('zod schemas', () => {
  it('parse the templates and generated records, and carry labels and spec references in .meta()', () => {
    for (const m of KIND_MODULES) {
      const schemas = zodSchemaFor(m.spec.id)!;
      const doc = m.template();
      const r = schemas.envelope.safeParse(doc);
      expect(r.success, `${m.spec.id}: ${r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3))}`).toBe(true);
      if (schemas.record) {
        for (const rec of generateRecords(m.spec.id, 5, 3)) expect(schemas.record.safeParse(rec).success, m.spec.id).toBe(true);
      }
    }
    const record = zodSchemaFor('dossier')!.record! as unknown as { shape: Record<string, { meta(): Record<string, unknown> }> };
    const meta = record.shape.MaHoSo.meta();
    expect(meta.title).toBe('MaHoSo — Mã hồ sơ');
    expect(meta.specRef).toEqual({ file: 'dossier.md', section: '§2.1', row: '1' });
  });

  it('refuse a 30 February date and a missing M field', () => {
    const record = zodSchemaFor('dossier')!.record!;
    const rec = generateRecords('dossier', 1, 9)[0];
    expect(record.safeParse({ ...rec, NgayTiepNhan: '20240230120000' }).success).toBe(false);
    const { MaHoSo: _, ...without } = rec;
    expect(record.safeParse(without).success).toBe(false);
  });
});

describe('kinds summary', () => {
  it('lists every family with its services and main record fields', () => {
    const list = kinds();
    expect(list.map((k) => k.kind)).toEqual(KIND_MODULES.map((m) => m.spec.id));
    const stats = list.find((k) => k.kind === 'statistics')!;
    expect(stats.services).toEqual(['DongBoThongKeHoSo']);
    expect(stats.fields).toContain('SoNhanTrongKy');
    expect(list.find((k) => k.kind === 'feedback')!.provisional).toBe(true);
    expect(template('dossier', 'NoSuchPacket')).toBeUndefined();
  });
});
