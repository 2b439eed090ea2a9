/**
 * The packet families as the outside world sees them, derived from the registry: the CLI's
 * `kinds` output, templates, generated records, and the lookups of `jsonSchemaFor` /
 * `zodSchemaFor` by kind or packet id.
 */
import type { Localized } from '../i18n/localized';
import { createRandom } from '../generate/random';
import { KIND_MODULES } from '../spec/registry';
import type { KindModule } from '../spec/module';
import { KIND_IDS, type KindId, type PacketSpec } from '../spec/types';
import type { Profile } from '../validate/profileTypes';
import { packetJsonSchema, type JsonSchema, type JsonSchemaOptions } from './jsonSchema';
import { packetZodSchemas, type PacketZodSchemas } from './zodSchema';

/** One line of `qcvn120 kinds --format json`. */
export interface KindSummary {
  kind: KindId;
  label: Localized;
  provisional: boolean;
  /** The `service` values of the family's packets. */
  services: string[];
  packets: { id: string; service?: string; role: PacketSpec['role']; label: Localized }[];
  /** Wire names of the main packet's top-level record fields (or of its body when it has no records). */
  fields: string[];
}

/** Whether a string names a kind. */
export function isKindId(id: string): id is KindId {
  return (KIND_IDS as readonly string[]).includes(id);
}

/** Summaries of every packet family, in the order of spec/README.md. */
export function kinds(modules: readonly KindModule[] = KIND_MODULES): KindSummary[] {
  return modules.map((m) => {
    const main = m.spec.packets[0];
    const fields = (main?.record ?? main?.envelope)?.fields.map((f) => f.name) ?? [];
    return {
      kind: m.spec.id,
      label: m.spec.label,
      provisional: m.spec.provisional === true,
      services: [...new Set(m.spec.packets.map((p) => p.service).filter((s): s is string => !!s))],
      packets: m.spec.packets.map((p) => ({ id: p.id, ...(p.service ? { service: p.service } : {}), role: p.role, label: p.label })),
      fields,
    };
  });
}

/** A packet by kind (its main packet) or packet id, with its module; undefined when unknown. */
export function resolvePacket(packetOrKind: string, modules: readonly KindModule[] = KIND_MODULES): { packet: PacketSpec; module: KindModule } | undefined {
  for (const m of modules) {
    if (m.spec.id === packetOrKind && m.spec.packets[0]) return { packet: m.spec.packets[0], module: m };
    const p = m.spec.packets.find((x) => x.id === packetOrKind);
    if (p) return { packet: p, module: m };
  }
  return undefined;
}

/** A complete, valid document of a kind's main packet (or of `packetId`); undefined for an unknown kind or packet. */
export function template(kind: KindId, packetId?: string, modules: readonly KindModule[] = KIND_MODULES): Record<string, unknown> | undefined {
  const m = modules.find((x) => x.spec.id === kind);
  if (!m) return undefined;
  if (packetId !== undefined && !m.spec.packets.some((p) => p.id === packetId)) return undefined;
  try {
    return m.template(packetId);
  } catch {
    return undefined;
  }
}

/** `n` realistic valid records of a kind's main packet, reproducible from `seed`. */
export function generateRecords(kind: KindId, n: number, seed = 1, modules: readonly KindModule[] = KIND_MODULES): Record<string, unknown>[] {
  const m = modules.find((x) => x.spec.id === kind);
  if (!m) throw new Error(`Unknown kind ${kind}`);
  return m.generate(n, createRandom(seed));
}

/** The JSON Schema (draft-07) of a packet or of a kind's main packet, for Monaco; undefined when unknown. */
export function jsonSchemaFor(packetOrKind: string, profile?: Profile, options: Omit<JsonSchemaOptions, 'profile'> = {}, modules: readonly KindModule[] = KIND_MODULES): JsonSchema | undefined {
  const found = resolvePacket(packetOrKind, modules);
  if (!found) return undefined;
  return packetJsonSchema(found.packet, found.module.spec, modules.map((m) => m.spec), { ...options, profile });
}

/** The zod schemas (envelope, record) of a packet or of a kind's main packet; undefined when unknown. */
export function zodSchemaFor(packetOrKind: string, profile?: Profile, modules: readonly KindModule[] = KIND_MODULES): PacketZodSchemas | undefined {
  const found = resolvePacket(packetOrKind, modules);
  if (!found) return undefined;
  return packetZodSchemas(found.packet, found.module.spec, modules.map((m) => m.spec), profile);
}
