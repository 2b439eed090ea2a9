/**
 * User profile files (docs/PROFILES.md): a zod schema, semantic checks against the spec in force
 * (object ids, field names, code lists, rule codes), and `loadProfileWith`, which never throws:
 * every problem comes back with its path in the file and, for text input, its line and column.
 */
import { z } from 'zod';
import { t, type Localized } from '../i18n/localized';
import { formatPath, type PathSegment } from '../issues/issue';
import { parseJson } from '../parse/json';
import { locatePaths } from '../parse/locate';
import { ERROR_CODES } from '../spec/common';
import type { KindModule } from '../spec/module';
import type { CodeEntry, FieldSpec, ObjectSpec } from '../spec/types';
import { BUILTIN_PROFILES } from './builtinProfiles';
import { FORMAT_IDS } from './formats';
import { genericCodes } from './messages';
import type { CodeListOverride, FieldOverride, Profile } from './profileTypes';
import { safeRegExp } from './scalarChecks';

const severity = z.enum(['error', 'warning', 'info', 'off']);
const localized = z.union([z.string().min(1), z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict()]);
const requiredMark = z.enum(['M', 'M*', 'M?', 'O', 'C']);
const formatId = z.enum(FORMAT_IDS as [string, ...string[]]);
const pattern = z.string().min(1).refine((p) => safeRegExp(p) !== undefined, { message: 'invalid-pattern' });

const fieldOverride = z
  .object({
    required: requiredMark,
    pattern,
    maxLength: z.number().int().positive(),
    format: formatId,
    codes: z.string().min(1),
    allowEmpty: z.boolean(),
    label: localized,
    help: localized,
  })
  .partial()
  .strict();

const codeEntry = z.object({ code: z.string(), label: localized, note: localized.optional() }).strict();

const codeListOverride = z
  .object({ closed: z.boolean(), entries: z.array(codeEntry), addEntries: z.array(codeEntry) })
  .partial()
  .strict();

const addedField = z
  .object({
    name: z.string().min(1),
    label: localized,
    help: localized.optional(),
    type: z.enum(['string', 'stringOrNumber', 'number', 'integer', 'boolean', 'any']).default('string'),
    required: requiredMark.default('O'),
    nullable: z.boolean().optional(),
    allowEmpty: z.boolean().optional(),
    format: formatId.optional(),
    pattern: pattern.optional(),
    maxLength: z.number().int().positive().optional(),
    codes: z.string().min(1).optional(),
    // Masking is fail-closed (types.ts PiiKind): an added field is free text unless said otherwise.
    pii: z.enum(['none', 'idNumber', 'name', 'phone', 'email', 'address', 'accountId', 'url', 'freeText', 'secret']).default('freeText'),
    example: z.string().optional(),
  })
  .strict();

const strengths = z.object({ firm: severity, tolerated: severity, inferred: severity, provisional: severity }).partial().strict();

/** The shape of a user profile file. */
export const profileFileSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/).optional(),
    name: localized,
    version: z.string().min(1),
    description: localized.optional(),
    extends: z.enum(['strict', 'lenient']).default('strict'),
    strengths: strengths.optional(),
    rules: z.record(z.string(), severity).default({}),
    fields: z.record(z.string(), z.record(z.string(), fieldOverride)).default({}),
    addFields: z.record(z.string(), z.array(addedField)).default({}),
    codeLists: z.record(z.string(), codeListOverride).default({}),
  })
  .strict();

export type ProfileFile = z.infer<typeof profileFileSchema>;

/** One problem of a profile file, located in the file. */
export interface ProfileProblem {
  /** Path inside the profile file, in the spec/README.md syntax (`fields["dossier.record"].Email` is `fields.dossier.record.Email`). */
  path: string;
  segments: PathSegment[];
  message: Localized;
  line?: number;
  column?: number;
}

export type LoadProfileResult =
  | { ok: true; profile: Profile; warnings: ProfileProblem[] }
  | { ok: false; errors: ProfileProblem[]; warnings: ProfileProblem[] };

function loc(text: string | Localized): Localized {
  return typeof text === 'string' ? { vi: text, en: text } : text;
}

function closest(name: string, options: Iterable<string>, n = 3): string[] {
  const lower = name.toLowerCase();
  const scored = [...options].map((o) => ({ o, d: distance(lower, o.toLowerCase()) }));
  return scored.sort((a, b) => a.d - b.d).slice(0, n).map((s) => s.o);
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** What a profile may refer to: the object specs, code lists and rule codes of the spec in force. */
export interface ProfileTargets {
  objects: Map<string, ObjectSpec>;
  codeLists: Set<string>;
  ruleCodes: Set<string>;
}

/** Collects every object spec (envelopes, records, nested items), code list and rule code of the modules. */
export function profileTargets(modules: readonly KindModule[]): ProfileTargets {
  const objects = new Map<string, ObjectSpec>();
  const visit = (o: ObjectSpec) => {
    if (objects.has(o.id)) return;
    objects.set(o.id, o);
    for (const f of o.fields) {
      if (f.items) visit(f.items);
      if (f.object) visit(f.object);
    }
  };
  for (const m of modules) for (const p of m.spec.packets) visit(p.envelope);
  const codeLists = new Set([ERROR_CODES.id, ...modules.flatMap((m) => m.spec.codeLists.map((l) => l.id))]);
  const ruleCodes = new Set([...modules.flatMap((m) => m.rules.map((r) => r.code)), ...genericCodes().map((g) => g.code).filter((c) => c !== 'format')]);
  for (const f of FORMAT_IDS) ruleCodes.add(`format.${f}`);
  return { objects, codeLists, ruleCodes };
}

function zodMessage(issue: z.core.$ZodIssue): Localized {
  if (issue.message === 'invalid-pattern') return t('Biểu thức chính quy không hợp lệ.', 'Not a valid regular expression.');
  switch (issue.code) {
    case 'unrecognized_keys':
      return t(`Khóa không được hỗ trợ: ${issue.keys.join(', ')}.`, `Unsupported key(s): ${issue.keys.join(', ')}.`);
    case 'invalid_type':
      return t(`Sai kiểu: cần ${issue.expected}.`, `Wrong type: expected ${issue.expected}.`);
    case 'invalid_value':
      return t(`Giá trị không hợp lệ; chọn một trong: ${issue.values.map(String).join(', ')}.`, `Invalid value; use one of: ${issue.values.map(String).join(', ')}.`);
    case 'invalid_union':
      return t('Cần một chuỗi, hoặc một đối tượng {"vi": …, "en": …}.', 'Expected a string, or an object {"vi": …, "en": …}.');
    case 'too_small':
      return t('Giá trị quá nhỏ hoặc để trống.', 'Value too small or empty.');
    case 'invalid_format':
      return t('Sai định dạng (id chỉ gồm chữ, số, ".", "_" và "-").', 'Wrong format (an id uses letters, digits, ".", "_" and "-").');
    default:
      return t(`Không hợp lệ: ${issue.message}`, `Invalid: ${issue.message}`);
  }
}

/** Checks references of a schema-valid profile file against the spec in force. */
function semanticProblems(file: ProfileFile, targets: ProfileTargets): { errors: ProfileProblem[]; warnings: ProfileProblem[] } {
  const errors: ProfileProblem[] = [];
  const warnings: ProfileProblem[] = [];
  const problem = (segments: PathSegment[], message: Localized): ProfileProblem => ({ path: formatPath(segments), segments, message });
  const newLists = new Set(Object.entries(file.codeLists).filter(([, o]) => o.entries).map(([id]) => id));
  const listKnown = (id: string) => targets.codeLists.has(id) || newLists.has(id);
  const objectIds = [...targets.objects.keys()];
  const checkObject = (section: 'fields' | 'addFields', id: string): ObjectSpec | undefined => {
    const o = targets.objects.get(id);
    if (!o) {
      const near = closest(id, objectIds).join(', ');
      errors.push(problem([section, id], t(`Không có đối tượng "${id}" trong đặc tả. Gần nhất: ${near}.`, `There is no object "${id}" in the reference. Closest: ${near}.`)));
    }
    return o;
  };
  for (const [id, overrides] of Object.entries(file.fields)) {
    const o = checkObject('fields', id);
    if (!o) continue;
    const names = o.fields.map((f) => f.name);
    const added = new Set((file.addFields[id] ?? []).map((f) => f.name));
    for (const [name, ov] of Object.entries(overrides)) {
      if (!names.includes(name) && !added.has(name)) {
        const near = closest(name, names).join(', ');
        errors.push(problem(['fields', id, name], t(`"${id}" không có trường "${name}". Gần nhất: ${near}. Để thêm trường mới, dùng addFields.`, `"${id}" has no field "${name}". Closest: ${near}. To add a field, use addFields.`)));
      }
      if (ov.codes && !listKnown(ov.codes)) {
        errors.push(problem(['fields', id, name, 'codes'], t(`Không có danh mục mã "${ov.codes}"; khai báo nó trong codeLists với "entries".`, `There is no code list "${ov.codes}"; declare it in codeLists with "entries".`)));
      }
    }
  }
  for (const [id, fields] of Object.entries(file.addFields)) {
    const o = checkObject('addFields', id);
    if (!o) continue;
    fields.forEach((f, i) => {
      if (o.fields.some((x) => x.name === f.name)) {
        errors.push(problem(['addFields', id, i, 'name'], t(`"${f.name}" đã có trong "${id}"; để thay đổi nó, dùng "fields".`, `"${f.name}" already exists in "${id}"; use "fields" to change it.`)));
      }
      if (f.codes && !listKnown(f.codes)) {
        errors.push(problem(['addFields', id, i, 'codes'], t(`Không có danh mục mã "${f.codes}".`, `There is no code list "${f.codes}".`)));
      }
    });
  }
  for (const [id, o] of Object.entries(file.codeLists)) {
    if (!targets.codeLists.has(id) && !o.entries) {
      const near = closest(id, targets.codeLists).join(', ');
      errors.push(problem(['codeLists', id], t(`Không có danh mục mã "${id}". Gần nhất: ${near}. Một danh mục mới cần "entries".`, `There is no code list "${id}". Closest: ${near}. A new list needs "entries".`)));
    }
  }
  for (const code of Object.keys(file.rules)) {
    if (!targets.ruleCodes.has(code)) {
      const near = closest(code, targets.ruleCodes).join(', ');
      // A warning, not an error: a profile written for a newer release may name rules this one lacks.
      warnings.push(problem(['rules', code], t(`Không có quy tắc "${code}"; mục này bị bỏ qua. Gần nhất: ${near}.`, `There is no rule "${code}"; this entry is ignored. Closest: ${near}.`)));
    }
  }
  return { errors, warnings };
}

function toEntry(e: { code: string; label: string | Localized; note?: string | Localized }): CodeEntry {
  return e.note !== undefined ? { code: e.code, label: loc(e.label), note: loc(e.note) } : { code: e.code, label: loc(e.label) };
}

/** Builds the resolved profile of a valid file over its built-in base. */
export function profileFromFile(file: ProfileFile, source?: string): Profile {
  const base = BUILTIN_PROFILES[file.extends];
  const fields: Profile['fields'] = {};
  for (const [id, overrides] of Object.entries(file.fields)) {
    fields[id] = {};
    for (const [name, o] of Object.entries(overrides)) {
      const out: FieldOverride = { ...o, label: o.label !== undefined ? loc(o.label) : undefined, help: o.help !== undefined ? loc(o.help) : undefined } as FieldOverride;
      if (out.label === undefined) delete out.label;
      if (out.help === undefined) delete out.help;
      fields[id][name] = out;
    }
  }
  const addFields: Profile['addFields'] = {};
  for (const [id, list] of Object.entries(file.addFields)) {
    addFields[id] = list.map(
      (f): FieldSpec => ({
        ...f,
        format: f.format as FieldSpec['format'],
        label: loc(f.label),
        help: f.help !== undefined ? loc(f.help) : undefined,
        evidence: ['inf'],
        specRef: { file: 'profile', section: file.name === undefined ? 'profile' : loc(file.name).vi, row: f.name },
      }),
    );
  }
  const codeLists: Record<string, CodeListOverride> = {};
  for (const [id, o] of Object.entries(file.codeLists)) {
    codeLists[id] = {
      ...(o.closed !== undefined ? { closed: o.closed } : {}),
      ...(o.entries ? { entries: o.entries.map(toEntry) } : {}),
      ...(o.addEntries ? { addEntries: o.addEntries.map(toEntry) } : {}),
    };
  }
  const name = loc(file.name);
  return {
    id: file.id ?? slug(name.en || name.vi),
    version: file.version,
    name,
    ...(file.description !== undefined ? { description: loc(file.description) } : {}),
    base: base.base,
    strengthSeverity: { ...base.strengthSeverity, ...(file.strengths ?? {}) },
    rules: { ...base.rules, ...file.rules },
    fields,
    addFields,
    codeLists,
    ...(source !== undefined ? { source } : {}),
  };
}

function slug(s: string): string {
  const out = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return out || 'profile';
}

/**
 * Loads a user profile from its JSON text (or an already parsed value), validating its shape and
 * its references against the given modules. Never throws on bad input.
 */
export function loadProfileWith(modules: readonly KindModule[], input: string | unknown, source?: string): LoadProfileResult {
  const text = typeof input === 'string' ? input : undefined;
  let value: unknown = input;
  const where = source ? t(`Hồ sơ cấu hình "${source}"`, `Profile "${source}"`) : t('Hồ sơ cấu hình', 'Profile');
  if (text !== undefined) {
    const parsed = parseJson(text);
    if (!parsed.ok) {
      const e = parsed.error;
      return {
        ok: false,
        warnings: [],
        errors: [{ path: '', segments: [], line: e.line, column: e.column, message: t(`${where.vi} không phải JSON hợp lệ: ${e.message.vi}`, `${where.en} is not valid JSON: ${e.message.en}`) }],
      };
    }
    value = parsed.value;
  }
  const locate = (problems: ProfileProblem[]): ProfileProblem[] => {
    if (text === undefined || problems.length === 0) return problems;
    const ranges = locatePaths(text, problems.map((p) => p.segments));
    return problems.map((p, i) => (ranges[i] ? { ...p, line: ranges[i]!.line, column: ranges[i]!.column } : p));
  };
  const result = profileFileSchema.safeParse(value);
  if (!result.success) {
    const errors = result.error.issues.map((issue) => {
      const segments = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
      return { path: formatPath(segments), segments, message: zodMessage(issue) };
    });
    return { ok: false, errors: locate(errors), warnings: [] };
  }
  const { errors, warnings } = semanticProblems(result.data, profileTargets(modules));
  if (errors.length) return { ok: false, errors: locate(errors), warnings: locate(warnings) };
  return { ok: true, profile: profileFromFile(result.data, source), warnings: locate(warnings) };
}
