/**
 * The record actions of the tree (issue 4 §6 "add, duplicate and delete records"), through the
 * model's own actions so each is one minimal text edit and one undo step: add a record from the
 * packet's template, duplicate, delete, move up and down. Each returns where the record now is,
 * so the tree can select and show it, or why nothing happened.
 */
import { useMemo } from 'react';
import { localize } from '../../../i18n/dictionary';
import type { Localized } from '../../../../shared/i18n/localized';
import type { PathSegment } from '../../../../shared/issues/issue';
import { useEditor } from '../model/EditorContext';
import type { RecordSpec } from '../model/recordSpec';
import type { EditorDocument } from '../model/types';
import { templateRecord } from '../records/useRecordCommands';

export type RecordActionResult = { ok: true; path?: PathSegment[] } | { ok: false; reason: Localized };

export interface RecordActions {
  /** Records can be added, moved and removed (a list of records, an editable document). */
  editable: boolean;
  count: number;
  add(after?: number): RecordActionResult;
  duplicate(index: number): RecordActionResult;
  remove(index: number): RecordActionResult;
  move(index: number, by: -1 | 1): RecordActionResult;
}

/** The record actions for the active document. */
export function useRecordActions(doc: EditorDocument | undefined, spec: RecordSpec): RecordActions {
  const { insert, setValue, duplicate, remove, move } = useEditor();
  const layout = doc?.layout;
  const arrayPath = layout?.arrayPath;
  const count = layout?.count ?? 0;
  const readOnly = doc?.readOnly ?? true;
  return useMemo<RecordActions>(() => {
    const editable = !readOnly && arrayPath !== undefined;
    const at = (i: number): PathSegment[] => [...(arrayPath ?? []), i];
    const guard = (): RecordActionResult | undefined => (editable ? undefined : { ok: false, reason: localize(readOnly ? 'edit.readOnly' : 'edit.notJson') });
    return {
      editable,
      count,
      add(after) {
        const blocked = guard();
        if (blocked) return blocked;
        // The same template record as the palette's "add record" (records/useRecordCommands.ts).
        // An envelope whose records list is absent (or not a list) gets one.
        const parsed = doc?.parse;
        let list: unknown = parsed?.state === 'ok' ? parsed.value : undefined;
        for (const seg of arrayPath!) list = (list as Record<string | number, unknown> | undefined)?.[seg as never];
        let record: unknown;
        try {
          record = templateRecord(spec.packet?.id, Array.isArray(list) ? list : []);
        } catch {
          record = undefined;
        }
        if (record === undefined) return { ok: false, reason: localize('tree.noTemplate') };
        const index = after === undefined ? count : Math.min(after + 1, count);
        const r = Array.isArray(list) ? insert(arrayPath!, index, record, 'tree') : setValue(arrayPath!, [record], 'tree');
        return r.ok ? { ok: true, path: at(Array.isArray(list) ? index : 0) } : r;
      },
      duplicate(index) {
        const blocked = guard();
        if (blocked) return blocked;
        const r = duplicate(arrayPath!, index, 'tree');
        return r.ok ? { ok: true, path: at(index + 1) } : r;
      },
      remove(index) {
        const blocked = guard();
        if (blocked) return blocked;
        const r = remove(at(index), 'tree');
        return r.ok ? { ok: true, path: count > 1 ? at(Math.min(index, count - 2)) : arrayPath } : r;
      },
      move(index, by) {
        const blocked = guard();
        if (blocked) return blocked;
        const to = index + by;
        if (to < 0 || to >= count) return { ok: true, path: at(index) };
        const r = move(arrayPath!, index, to, 'tree');
        return r.ok ? { ok: true, path: at(to) } : r;
      },
    };
  }, [insert, setValue, duplicate, remove, move, arrayPath, count, readOnly, spec, doc]);
}
