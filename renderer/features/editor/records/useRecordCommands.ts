/**
 * Add, duplicate and delete records (issue 4 §6) as commands of the palette and menus; the Tree
 * and Form views call the same store actions from their own buttons. A new record is the kind's
 * template record (complete and valid), so the form starts from a packet the portal would accept.
 */
import { useEffect } from 'react';
import { recordIndexOf, recordLayout, recordPath } from '../../../../shared/document/records';
import type { Localized } from '../../../../shared/i18n/localized';
import { template } from '../../../../shared/index';
import { packetById } from '../../../../shared/spec/registry';
import { localize } from '../../../i18n/dictionary';
import { registerCommandHandlers } from '../commands/bus';
import type { EditorStore } from '../model/editorStore';

/** The template's first record for a packet, or undefined when it has none. */
export function templateRecord(packetId: string | undefined): unknown {
  const packet = packetId ? packetById(packetId) : undefined;
  if (!packet) return undefined;
  const doc = template(packet.kind, packet.id);
  const layout = recordLayout(doc, packet);
  const path = recordPath(layout, 0);
  if (!path || !layout.arrayPath) return undefined;
  let v: unknown = doc;
  for (const seg of path) v = (v as Record<string | number, unknown>)[seg as never];
  return v;
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
        const value = templateRecord(s.doc.packetId);
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
