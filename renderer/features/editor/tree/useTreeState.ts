/**
 * What the tree remembers per document while the user switches views or tabs: which nodes are
 * open, the filter, the record filter and the node in focus.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PathSegment } from '../../../../shared/issues/issue';
import { formatPath } from '../../../../shared/issues/issue';
import type { RecordLayout } from '../../../../shared/document/records';
import type { RecordFilter } from './recordFilter';

export interface TreeMemory {
  expanded: Set<string>;
  filter: string;
  records?: RecordFilter;
  activeId?: string;
}

// Per store (document ids are unique within one), for the documents of this session only.
const memories = new WeakMap<object, Map<string, TreeMemory>>();
const MEMORY_LIMIT = 20;

/** The nodes open when a document is first shown: its records list and its first record. */
export function initialExpanded(layout: RecordLayout): Set<string> {
  const out = new Set<string>();
  if (layout.arrayPath) {
    out.add(formatPath(layout.arrayPath));
    if (layout.count > 0) out.add(formatPath([...layout.arrayPath, 0]));
  } else if (layout.singlePath) {
    out.add(formatPath(layout.singlePath));
  }
  return out;
}

/** The tree's state for a document of a store, remembered across remounts. */
export function useTreeState(store: object, docId: string, layout: RecordLayout) {
  let memory = memories.get(store);
  if (!memory) memories.set(store, (memory = new Map()));
  const kept = memory;
  const [state, setState] = useState<TreeMemory>(() => kept.get(docId) ?? { expanded: initialExpanded(layout), filter: '' });
  const latest = useRef(state);
  latest.current = state;
  useEffect(
    () => () => {
      kept.delete(docId);
      kept.set(docId, latest.current);
      if (kept.size > MEMORY_LIMIT) kept.delete(kept.keys().next().value!);
    },
    [kept, docId],
  );

  const toggle = useCallback((id: string, open?: boolean) => {
    setState((s) => {
      const has = s.expanded.has(id);
      const want = open ?? !has;
      if (want === has) return s;
      const expanded = new Set(s.expanded);
      if (want) expanded.add(id);
      else expanded.delete(id);
      return { ...s, expanded };
    });
  }, []);

  const expandAll = useCallback((ids: readonly string[]) => {
    setState((s) => {
      if (ids.every((id) => s.expanded.has(id))) return s;
      const expanded = new Set(s.expanded);
      for (const id of ids) expanded.add(id);
      return { ...s, expanded };
    });
  }, []);

  const collapseAll = useCallback(() => setState((s) => ({ ...s, expanded: new Set() })), []);
  const setFilter = useCallback((filter: string) => setState((s) => ({ ...s, filter })), []);
  const setRecords = useCallback((records: RecordFilter | undefined) => setState((s) => ({ ...s, records })), []);
  const setActive = useCallback((activeId: string | undefined) => setState((s) => (s.activeId === activeId ? s : { ...s, activeId })), []);
  /** Puts the focus on a row only when none has it yet (the tree receiving focus). */
  const activateIfNone = useCallback((activeId: string) => setState((s) => (s.activeId !== undefined ? s : { ...s, activeId })), []);
  const clearFilters = useCallback(() => setState((s) => ({ ...s, filter: '', records: undefined })), []);

  return { state, toggle, expandAll, collapseAll, setFilter, setRecords, setActive, activateIfNone, clearFilters };
}

/** The id of a path's row. */
export const idOf = (path: readonly PathSegment[]): string => formatPath(path);
