/**
 * Applies a profile's overrides to the spec: a field's required mark, pattern, max length, format,
 * code list, labels; extra fields of an object; a code list's entries. The spec itself is never
 * mutated: overridden objects are copies, shared objects stay shared (memoised by identity), and a
 * profile without overrides returns the spec unchanged.
 */
import { ERROR_CODES } from '../spec/common';
import type { CodeList, FieldSpec, KindSpec, ObjectSpec, PacketSpec } from '../spec/types';
import type { Profile } from './profileTypes';

/** Whether the profile changes the spec at all (as opposed to only severities). */
export function hasSpecOverrides(profile: Profile): boolean {
  return Object.keys(profile.fields).length > 0 || Object.keys(profile.addFields).length > 0 || Object.keys(profile.codeLists).length > 0;
}

/** Applies field overrides and added fields of the profile to one object tree. */
export function overrideObjects(root: ObjectSpec, profile: Profile, memo = new Map<ObjectSpec, ObjectSpec>()): ObjectSpec {
  if (!hasSpecOverrides(profile)) return root;
  const visit = (spec: ObjectSpec): ObjectSpec => {
    const done = memo.get(spec);
    if (done) return done;
    // Placeholder first, so a (never expected) cycle terminates instead of recursing forever.
    const copy: ObjectSpec = { ...spec, fields: [] };
    memo.set(spec, copy);
    const overrides = profile.fields[spec.id] ?? {};
    const fields: FieldSpec[] = spec.fields.map((f) => {
      const o = overrides[f.name];
      let next: FieldSpec = o ? { ...f, ...definedOnly(o) } : f;
      if (f.items) next = next === f ? { ...f, items: visit(f.items) } : { ...next, items: visit(f.items) };
      if (f.object) next = next === f ? { ...f, object: visit(f.object) } : { ...next, object: visit(f.object) };
      return next;
    });
    const added = profile.addFields[spec.id] ?? [];
    const names = new Set(fields.map((f) => f.name));
    for (const f of added) if (!names.has(f.name)) fields.push(f);
    copy.fields = fields;
    return copy;
  };
  return visit(root);
}

function definedOnly<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** A packet as the profile sees it: envelope and record with overrides applied. */
export function overridePacket(packet: PacketSpec, profile: Profile): PacketSpec {
  if (!hasSpecOverrides(profile)) return packet;
  const memo = new Map<ObjectSpec, ObjectSpec>();
  const envelope = overrideObjects(packet.envelope, profile, memo);
  const record = packet.record ? overrideObjects(packet.record, profile, memo) : undefined;
  return { ...packet, envelope, ...(record ? { record } : {}) };
}

/**
 * The code lists visible to a packet of `kind` (its own, then the shared `error_code`, then those
 * of every other kind as a fallback), with the profile's code-list overrides applied. A profile may
 * also define a new list (for an added field) by giving its entries.
 */
export function codeListsFor(kind: KindSpec, allKinds: readonly KindSpec[], profile: Profile): Map<string, CodeList> {
  const lists = new Map<string, CodeList>();
  for (const k of allKinds) if (k !== kind) for (const l of k.codeLists) if (!lists.has(l.id)) lists.set(l.id, l);
  lists.set(ERROR_CODES.id, ERROR_CODES);
  for (const l of kind.codeLists) lists.set(l.id, l);
  for (const [id, o] of Object.entries(profile.codeLists)) {
    const base = lists.get(id);
    let entries = o.entries ?? base?.entries ?? [];
    if (o.addEntries) {
      const known = new Set(entries.map((e) => e.code));
      entries = [...entries, ...o.addEntries.filter((e) => !known.has(e.code))];
    }
    lists.set(id, {
      id,
      label: base?.label ?? { vi: id, en: id },
      closed: o.closed ?? base?.closed ?? true,
      confidence: base?.confidence ?? 'medium',
      entries,
      specRef: base?.specRef ?? { file: 'profile', section: profile.id },
    });
  }
  return lists;
}
