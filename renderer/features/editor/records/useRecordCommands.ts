/**
 * Add, duplicate and delete records (issue 4 §6) as commands of the palette and menus; the Tree
 * and Form views call the same store actions from their own buttons. A new record is the kind's
 * template record (complete and valid), so the form starts from a packet the portal would accept.
 */
import { useEffect } from 'react';
import { recordIndexOf, recordLayout, recordPath, uniqueValue } from '../../../../shared/document/records';
import type { Localized } from '../../../../shared/i18n/localized';
import { template } from '../../../../shared/index';
import { packetById } from '../../../../shared/spec/registry';
import type { FieldSpec, PacketSpec } from '../../../../shared/spec/types';
import { localize } from '../../../i18n/dictionary';
import { registerCommandHandlers } from '../commands/bus';
import type { EditorStore } from '../model/editorStore';

/**
 * The field that identifies a record of a list: the first required free-text field of the record
 * spec (MaHoSo, MATTHC, PAKNID…). Dates and coded fields (TrangThaiHoSo, KenhThucHien…) never
 * identify a record, and changing them would change what the record says.
 */
function identifyingField(packet: PacketSpec): FieldSpec | undefined {
  return packet.record?.fields.find((f) => f.required === 'M' && (f.type === 'string' || f.type === 'stringOrNumber') && !f.codes && !f.format?.startsWith('date'));
}

/**
 * The template's first record for a packet, or undefined when it has none. With the document's
 * records, its identifying field (e.g. MaHoSo), when the records keep it distinct, gets a value
 * none of them holds, so the new record is no duplicate create (dossier.md §5 rule 1); every other
 * value stays the template's.
 */
export function templateRecord(packetId: string | undefined, existing: readonly unknown[] = []): unknown {
  const packet = packetId ? packetById(packetId) : undefined;
  if (!packet) return undefined;
  const doc = template(packet.kind, packet.id);
  const layout = recordLayout(doc, packet);
  const path = recordPath(layout, 0);
  if (!path || !layout.arrayPath) return undefined;
  let v: unknown = doc;
  for (const seg of path) v = (v as Record<string | number, unknown>)[seg as never];
  if (!v || typeof v !== 'object' || existing.length === 0) return v;
  const record = { ...(v as Record<string, unknown>) };
  const key = identifyingField(packet);
  const value = key ? record[key.name] : undefined;
  if (!key || typeof value !== 'string') return record;
  const taken = new Set(existing.map((r) => (r && typeof r === 'object' ? (r as Record<string, unknown>)[key.name] : undefined)).filter((x): x is string => typeof x === 'string'));
  // Only when the records keep it distinct: the steps of one dossier's progress share MaHoSo.
  const distinct = taken.size === existing.length;
  if (distinct && taken.has(value)) record[key.name] = uniqueValue(value, taken);
  return record;
}

/** Registers the record commands while mounted. */
export function useRecordCommands(store: EditorStore, announce: (message: Localized, severity?: 'success' | 'info' | 'warning') => void): void {
  useEffect(() => {
    const selected = () => {
      const doc = store.document();
      if (!doc || doc.parse.state !== 'ok') return undefined;
      const layout = doc.layout;
      const index = doc.selection ? recordIndexOf(layout, doc.selection.path) : layout.count === 1 ? 0 : undefined;
      return { doc, layout, index };
    };
    const report = (result: { ok: boolean; reason?: Localized }, done: Localized) => announce(result.ok ? done : result.reason!, result.ok ? 'success' : 'warning');
    return registerCommandHandlers({
      addRecord: () => {
        const s = selected();
        if (!s?.layout.arrayPath) return announce(localize('records.noList'), 'warning');
        const parsed = s.doc.parse.state === 'ok' ? s.doc.parse.value : undefined;
        let list: unknown = parsed;
        for (const seg of s.layout.arrayPath) list = (list as Record<string | number, unknown> | undefined)?.[seg as never];
        const value = templateRecord(s.doc.packetId, Array.isArray(list) ? list : []);
        if (value === undefined) return announce(localize('records.noTemplate'), 'warning');
        const at = s.layout.count;
        const result = store.insert(s.layout.arrayPath, at, value, 'records');
        report(result, localize('records.added', { n: at + 1 }));
        if (result.ok) store.select([...s.layout.arrayPath, at], 'tree');
      },
      duplicateRecord: () => {
        const s = selected();
        if (!s?.layout.arrayPath || s.index === undefined) return announce(localize('records.selectFirst'), 'info');
        const result = store.duplicate(s.layout.arrayPath, s.index, 'records');
        report(result, localize('records.duplicated', { n: s.index + 1 }));
        if (result.ok) store.select([...s.layout.arrayPath, s.index + 1], 'tree');
      },
      deleteRecord: () => {
        const s = selected();
        if (!s?.layout.arrayPath || s.index === undefined) return announce(localize('records.selectFirst'), 'info');
        report(store.remove([...s.layout.arrayPath, s.index], 'records'), localize('records.deleted', { n: s.index + 1 }));
      },
    });
  }, [store, announce]);
}
