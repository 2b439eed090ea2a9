/**
 * JSON Schema (draft-07) derived from the spec, for Monaco's completion, hovers and squiggles, and
 * as the "same structural schema" the benchmark gives ajv. Titles read "MaHoSo — Mã hồ sơ";
 * descriptions carry the help text and the spec reference; code lists become `enum` with
 * descriptions. Everything is inlined (no `$ref`, no recursion). Cross-field rules cannot be
 * expressed here: the editor shows the engine's own issues as markers.
 */
import { pick, type Lang } from '../i18n/localized';
import type { CodeList, FieldSpec, KindSpec, ObjectSpec, PacketSpec, SpecRef } from '../spec/types';
import { codeListsFor, overridePacket } from '../validate/applyProfile';
import { STRICT_PROFILE, severityFor } from '../validate/builtinProfiles';
import { formatInfo } from '../validate/formats';
import { genericMeta } from '../validate/messages';
import type { Profile } from '../validate/profileTypes';
import { requiredStrength } from '../validate/fieldPolicy';

/** The subset of JSON Schema draft-07 (plus Monaco's description extensions) this module emits. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  markdownDescription?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  enumDescriptions?: string[];
  markdownEnumDescriptions?: string[];
  anyOf?: JsonSchema[];
  const?: unknown;
  pattern?: string;
  maxLength?: number;
  minLength?: number;
  examples?: unknown[];
  default?: unknown;
}

/** Which of the four document forms (spec/README.md) the schema describes. */
export type SchemaForm = 'envelope' | 'array' | 'record';

export interface JsonSchemaOptions {
  profile?: Profile;
  /** Language of titles and descriptions (default Vietnamese). */
  lang?: Lang;
  form?: SchemaForm;
}

/** "dossier.md §2.1 row 1". */
export function specRefText(ref: SpecRef): string {
  return `${ref.file} ${ref.section}${ref.row ? ` row ${ref.row}` : ''}`;
}

interface Ctx {
  profile: Profile;
  lang: Lang;
  lists: Map<string, CodeList>;
  provisional: boolean;
}

function describe(f: FieldSpec, ctx: Ctx): { description: string; markdownDescription: string } {
  const parts: string[] = [];
  if (ctx.provisional || f.provisional) parts.push(ctx.lang === 'vi' ? '(Định nghĩa tái dựng, tạm thời.)' : '(Reconstructed, provisional definition.)');
  const help = pick(f.help, ctx.lang);
  if (help) parts.push(help);
  const req = ctx.lang === 'vi' ? `Bắt buộc: ${f.required}` : `Required mark: ${f.required}`;
  const ref = `${ctx.lang === 'vi' ? 'Đặc tả' : 'Reference'}: ${specRefText(f.specRef)}`;
  return {
    description: [...parts, `${req}. ${ref}`].join('\n'),
    markdownDescription: [...parts, `*${req}* · \`${specRefText(f.specRef)}\``].join('\n\n'),
  };
}

function withEmpty(pattern: string): string {
  return `^$|${pattern}`;
}

function scalarSchema(f: FieldSpec, ctx: Ctx, emptyAllowed: boolean): JsonSchema {
  const s: JsonSchema = {};
  const strictStrings = severityFor(ctx.profile, 'type.expected-string', 'firm', genericMeta('type.expected-string').defaultSeverity) === 'error';
  switch (f.type) {
    case 'string':
      s.type = strictStrings ? 'string' : ['string', 'number', 'boolean'];
      break;
    case 'stringOrNumber':
      s.type = ['string', 'number'];
      break;
    case 'number':
      s.type = 'number';
      break;
    case 'integer':
      s.type = 'integer';
      break;
    case 'boolean':
      s.type = 'boolean';
      break;
    default:
      break;
  }
  if (f.nullable && Array.isArray(s.type)) s.type = [...s.type, 'null'];
  else if (f.nullable && typeof s.type === 'string') s.type = [s.type, 'null'];
  const patterns: string[] = [];
  if (f.format) {
    const p = formatInfo(f.format)?.pattern;
    if (p) patterns.push(p);
  }
  if (f.pattern) patterns.push(`^(?:${f.pattern})$`);
  // JSON Schema has one `pattern`; the format's approximation gives way to an explicit pattern.
  const pattern = patterns.length ? patterns[patterns.length - 1] : undefined;
  if (pattern) s.pattern = emptyAllowed ? withEmpty(pattern) : pattern;
  if (f.maxLength !== undefined) s.maxLength = f.maxLength;
  if (!emptyAllowed && (f.type === 'string' || f.type === 'stringOrNumber') && !pattern) s.minLength = 1;
  const list = f.codes ? ctx.lists.get(f.codes) : undefined;
  if (list) {
    const codes: unknown[] = list.entries.map((e) => e.code);
    const descriptions = list.entries.map((e) => pick(e.label, ctx.lang) + (e.note ? ` — ${pick(e.note, ctx.lang)}` : ''));
    if (emptyAllowed) {
      codes.push('');
      descriptions.push(ctx.lang === 'vi' ? '(để trống: chưa biết)' : '(empty: unknown)');
    }
    const choice: JsonSchema = { enum: codes, enumDescriptions: descriptions, markdownEnumDescriptions: descriptions };
    if (list.closed) Object.assign(s, choice);
    // An open list suggests its codes without refusing others (dossier.md §4.2 "low" confidence).
    else s.anyOf = [choice, { type: s.type ?? 'string' }];
  }
  if (f.example !== undefined) s.examples = [f.example];
  return s;
}

function fieldSchema(f: FieldSpec, ctx: Ctx, seen: Set<ObjectSpec>): JsonSchema {
  const strength = requiredStrength(f.required);
  const emptyAllowed = strength ? f.allowEmpty === true : f.allowEmpty !== false;
  let s: JsonSchema;
  if (f.type === 'array' || f.type === 'arrayOrEmptyString') {
    s = { type: 'array' };
    if (f.items) s.items = objectSchema(f.items, ctx, seen);
    else if (f.itemType) s.items = { type: f.itemType === 'string' ? 'string' : ['string', 'number'] };
    if (f.type === 'arrayOrEmptyString') s = { anyOf: [s, { const: '' }] };
  } else if (f.type === 'object') {
    s = f.object ? objectSchema(f.object, ctx, seen) : { type: 'object' };
  } else if (f.type === 'any') {
    s = {};
  } else {
    s = scalarSchema(f, ctx, emptyAllowed);
  }
  return { title: `${f.name} — ${pick(f.label, ctx.lang)}`, ...describe(f, ctx), ...s };
}

function objectSchema(spec: ObjectSpec, ctx: Ctx, seen: Set<ObjectSpec>): JsonSchema {
  // Non-recursive by construction: a spec that contained itself would be cut at the second visit.
  if (seen.has(spec)) return { type: 'object', title: pick(spec.label, ctx.lang) };
  const inner = new Set(seen).add(spec);
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const f of spec.fields) {
    properties[f.name] = fieldSchema(f, ctx, inner);
    const strength = requiredStrength(f.required);
    // Only what is an error in this profile is `required` for Monaco; warnings come from the engine.
    if (strength && severityFor(ctx.profile, 'required.missing', strength) === 'error') required.push(f.name);
  }
  const s: JsonSchema = { type: 'object', title: pick(spec.label, ctx.lang), description: specRefText(spec.specRef), properties };
  if (required.length) s.required = required;
  return s;
}

/** The JSON Schema of one packet of a kind, under a profile, for one document form. */
export function packetJsonSchema(packet: PacketSpec, kind: KindSpec, allKinds: readonly KindSpec[], options: JsonSchemaOptions = {}): JsonSchema {
  const profile = options.profile ?? STRICT_PROFILE;
  const lang = options.lang ?? 'vi';
  const effective = overridePacket(packet, profile);
  const ctx: Ctx = { profile, lang, lists: codeListsFor(kind, allKinds, profile), provisional: packet.provisional === true || kind.provisional === true };
  const form = options.form ?? 'envelope';
  let body: JsonSchema;
  if (form === 'envelope' || !effective.record) body = objectSchema(effective.envelope, ctx, new Set());
  else if (form === 'array') body = { type: 'array', items: objectSchema(effective.record, ctx, new Set()) };
  else body = objectSchema(effective.record, ctx, new Set());
  const title = `${packet.id} — ${pick(packet.label, lang)}`;
  const description = [pick(packet.help, lang), `${lang === 'vi' ? 'Đặc tả' : 'Reference'}: ${specRefText(packet.specRef)}`, `${lang === 'vi' ? 'Hồ sơ cấu hình' : 'Profile'}: ${profile.id} ${profile.version}`]
    .filter(Boolean)
    .join('\n');
  return { $schema: 'http://json-schema.org/draft-07/schema#', $id: `qcvn120://schema/${encodeURIComponent(profile.id)}/${encodeURIComponent(packet.id)}/${form}.json`, ...body, title, description };
}
