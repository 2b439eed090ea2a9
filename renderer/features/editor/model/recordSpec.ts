/**
 * The spec of the active document as the active profile sees it: the packet, its envelope and
 * record with the profile's overrides applied by the engine's own functions
 * (shared/validate/applyProfile.ts — never re-implemented here), the code lists, and the field
 * that describes any path. The Form and Tree views are generated from this.
 */
import { useMemo } from 'react';
import type { Localized } from '../../../../shared/i18n/localized';
import type { PathSegment } from '../../../../shared/issues/issue';
import { childSpec, findField } from '../../../../shared/mask/specWalk';
import { KIND_MODULES, packetById } from '../../../../shared/spec/registry';
import type { CodeList, FieldSpec, KindSpec, ObjectSpec, PacketSpec } from '../../../../shared/spec/types';
import { codeListsFor, overridePacket } from '../../../../shared/validate/applyProfile';
import { STRICT_PROFILE } from '../../../../shared/index';
import type { Profile } from '../../../../shared/validate/profileTypes';
import type { DocumentForm } from '../../../../shared/validate/report';
import { useProfile } from '../../document/profiles';
import { useActiveDocument, useEditorState } from './EditorContext';

export interface RecordSpec {
  profile: Profile;
  kind?: KindSpec;
  /** The packet with the profile's overrides (undefined when the packet is unknown). */
  packet?: PacketSpec;
  envelope?: ObjectSpec;
  record?: ObjectSpec;
  provisional: boolean;
  /** A code list by id (the profile's overrides and additions included). */
  codeList(id: string): CodeList | undefined;
  /** The label of a code in a list, e.g. TrangThaiHoSo `10` → "Đã trả kết quả". */
  codeLabel(listId: string, code: string): Localized | undefined;
  /** The field that describes the value at a path (undefined for unknown keys and the root). */
  fieldAt(path: readonly PathSegment[]): FieldSpec | undefined;
  /** The object spec of the object at a path (a record, a list item, the envelope). */
  objectAt(path: readonly PathSegment[]): ObjectSpec | undefined;
}

/** Builds the spec view of a packet under a profile (pure; the hook memoises it). */
export function buildRecordSpec(packetId: string | undefined, form: DocumentForm, profile: Profile): RecordSpec {
  const base = packetId ? packetById(packetId) : undefined;
  const kind = base ? KIND_MODULES.find((m) => m.spec.id === base.kind)?.spec : undefined;
  const packet = base ? overridePacket(base, profile) : undefined;
  const lists = kind ? codeListsFor(kind, KIND_MODULES.map((m) => m.spec), profile) : new Map<string, CodeList>();
  // Where a path starts: the envelope (or reply), or directly a record (bare array items, single record).
  const root = form === 'array' || form === 'record' ? packet?.record : packet?.envelope;
  const walk = (path: readonly PathSegment[]) => {
    let object: ObjectSpec | undefined = root;
    let field: FieldSpec | undefined;
    for (const seg of path) {
      // An array index keeps the item spec the field already led to.
      if (typeof seg === 'number') continue;
      field = findField(object, seg);
      object = childSpec(field);
    }
    return { field, object };
  };
  return {
    profile,
    kind,
    packet,
    envelope: packet?.envelope,
    record: packet?.record,
    provisional: packet?.provisional === true || kind?.provisional === true,
    codeList: (id) => lists.get(id),
    codeLabel: (listId, code) => lists.get(listId)?.entries.find((e) => e.code === code)?.label,
    fieldAt: (path) => (path.length ? walk(path).field : undefined),
    objectAt: (path) => walk(path).object,
  };
}

/** The spec of the active document under the active profile. */
export function useRecordSpec(): RecordSpec {
  const doc = useActiveDocument();
  const { profileId } = useEditorState();
  const packetId = doc?.packetId;
  const form = doc?.form ?? 'unknown';
  // Follows a user profile that arrives (or is imported again) after the view was shown.
  const profile = useProfile(profileId) ?? STRICT_PROFILE;
  return useMemo(() => buildRecordSpec(packetId, form, profile), [packetId, form, profile]);
}
