/**
 * zod schemas derived from the spec, per packet and profile, for code that wants a typed parse of
 * a packet (forms, the IPC layer, scripts). Labels, help and the spec reference travel in
 * `.meta()`. The engine's own checker (validate/compile.ts) remains the source of issues: zod
 * cannot say "warning", and cross-field rules are not expressible here.
 */
import { z } from 'zod';
import type { Localized } from '../i18n/localized';
import type { CodeList, FieldSpec, KindSpec, ObjectSpec, PacketSpec, SpecRef } from '../spec/types';
import { codeListsFor, overridePacket } from '../validate/applyProfile';
import { STRICT_PROFILE } from '../validate/builtinProfiles';
import { requiredStrength } from '../validate/fieldPolicy';
import { formatInfo } from '../validate/formats';
import type { Profile } from '../validate/profileTypes';
import { specRefText } from './jsonSchema';

/** What `.meta()` carries for a field or object. */
export interface SpecMeta {
  title: string;
  description: string;
  label: Localized;
  help?: Localized;
  specRef: SpecRef;
  required?: string;
}

interface Ctx {
  lists: Map<string, CodeList>;
  memo: Map<ObjectSpec, z.ZodType>;
}

function scalar(f: FieldSpec, ctx: Ctx): z.ZodType {
  const strength = requiredStrength(f.required);
  const emptyAllowed = strength ? f.allowEmpty === true : f.allowEmpty !== false;
  const format = f.format ? formatInfo(f.format) : undefined;
  const pattern = f.pattern ? new RegExp(`^(?:${f.pattern})$`) : undefined;
  const list = f.codes ? ctx.lists.get(f.codes) : undefined;
  const closed = list?.closed ? new Set(list.entries.map((e) => e.code)) : undefined;
  const ok = (s: string) => {
    if (s === '') return emptyAllowed;
    if (format && !format.check(s)) return false;
    if (pattern && !pattern.test(s)) return false;
    if (f.maxLength !== undefined && s.length > f.maxLength) return false;
    if (closed && !closed.has(s)) return false;
    return true;
  };
  const message = `${f.name}: ${format ? format.description.en : list ? `one of ${list.entries.map((e) => e.code).join(', ')}` : 'invalid value'}`;
  let base: z.ZodType;
  switch (f.type) {
    case 'string':
      base = z.string().refine(ok, { message });
      break;
    case 'stringOrNumber':
      base = z.union([z.string(), z.number()]).refine((v) => ok(String(v)), { message });
      break;
    case 'number':
      base = z.number().refine((v) => ok(String(v)), { message });
      break;
    case 'integer':
      base = z.number().int().refine((v) => ok(String(v)), { message });
      break;
    case 'boolean':
      base = z.boolean();
      break;
    default:
      base = z.unknown();
  }
  return f.nullable ? base.nullable() : base;
}

function fieldSchema(f: FieldSpec, ctx: Ctx): z.ZodType {
  let s: z.ZodType;
  if (f.type === 'array' || f.type === 'arrayOrEmptyString') {
    const item: z.ZodType = f.items ? objectSchema(f.items, ctx) : f.itemType === 'stringOrNumber' ? z.union([z.string(), z.number()]) : f.itemType === 'string' ? z.string() : z.unknown();
    s = z.array(item);
    if (f.type === 'arrayOrEmptyString') s = z.union([s, z.literal('')]);
  } else if (f.type === 'object') {
    s = f.object ? objectSchema(f.object, ctx) : z.looseObject({});
  } else s = scalar(f, ctx);
  // Only firm requirements are required here; M* and M? are the engine's warnings.
  if (f.required !== 'M') s = s.optional();
  const meta: SpecMeta = {
    title: `${f.name} — ${f.label.vi}`,
    description: [f.help?.vi, `${f.required} · ${specRefText(f.specRef)}`].filter(Boolean).join('\n'),
    label: f.label,
    specRef: f.specRef,
    required: f.required,
    ...(f.help ? { help: f.help } : {}),
  };
  return s.meta(meta as unknown as Record<string, unknown>);
}

function objectSchema(spec: ObjectSpec, ctx: Ctx): z.ZodType {
  const done = ctx.memo.get(spec);
  if (done) return done;
  // A placeholder while the fields are built: the spec is not recursive, but a cycle must not loop.
  ctx.memo.set(spec, z.looseObject({}));
  const shape: Record<string, z.ZodType> = {};
  for (const f of spec.fields) shape[f.name] = fieldSchema(f, ctx);
  // Unknown keys are the engine's `key.unknown` (info), so the object stays open.
  const schema = z.looseObject(shape).meta({ title: spec.label.vi, description: specRefText(spec.specRef), label: spec.label, specRef: spec.specRef });
  ctx.memo.set(spec, schema);
  return schema;
}

export interface PacketZodSchemas {
  envelope: z.ZodType;
  record?: z.ZodType;
}

const cache = new WeakMap<Profile, WeakMap<PacketSpec, PacketZodSchemas>>();

/** zod schemas of a packet's envelope and record under a profile (cached). */
export function packetZodSchemas(packet: PacketSpec, kind: KindSpec, allKinds: readonly KindSpec[], profile: Profile = STRICT_PROFILE): PacketZodSchemas {
  let perProfile = cache.get(profile);
  if (!perProfile) cache.set(profile, (perProfile = new WeakMap()));
  const hit = perProfile.get(packet);
  if (hit) return hit;
  const effective = overridePacket(packet, profile);
  const ctx: Ctx = { lists: codeListsFor(kind, allKinds, profile), memo: new Map() };
  const out: PacketZodSchemas = { envelope: objectSchema(effective.envelope, ctx) };
  if (effective.record) out.record = objectSchema(effective.record, ctx);
  perProfile.set(packet, out);
  return out;
}
