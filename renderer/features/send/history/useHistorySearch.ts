/**
 * The history view's search (issue 5 §4): by MaHoSo, service, environment, date range and result,
 * run by the host a moment after the last change (an older answer never replaces a newer one),
 * and the entry the user picked.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Bridge } from '../../../../shared/ipc/bridge';
import type { HistoryEntryView } from '../../../../shared/ipc/send';
import type { Localized } from '../../../../shared/i18n/localized';

export interface HistoryFilters {
  maHoSo: string;
  service: string;
  environmentId: string;
  from: string;
  to: string;
  outcome: '' | HistoryEntryView['outcome'];
}

export const NO_FILTERS: HistoryFilters = { maHoSo: '', service: '', environmentId: '', from: '', to: '', outcome: '' };

/** Entries per search; a larger history is narrowed by searching, not by scrolling. */
export const PAGE = 200;

/** The query the host understands: empty criteria left out. */
export function queryOf(f: HistoryFilters) {
  return {
    ...(f.maHoSo.trim() ? { maHoSo: f.maHoSo.trim() } : {}),
    ...(f.service ? { service: f.service } : {}),
    ...(f.environmentId ? { environmentId: f.environmentId } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.outcome ? { outcome: f.outcome } : {}),
    limit: PAGE,
  };
}

export interface HistorySearch {
  filters: HistoryFilters;
  setFilters(patch: Partial<HistoryFilters>): void;
  entries: HistoryEntryView[];
  total: number;
  searching: boolean;
  error?: Localized;
  selected?: HistoryEntryView;
  select(id: string | undefined): void;
  /** Runs the search again (after a clear, or new sends). */
  refresh(): void;
}

/** The search state of the history view. */
export function useHistorySearch(bridge: Bridge, onNotice: (m: Localized) => void): HistorySearch {
  const [filters, setFiltersState] = useState<HistoryFilters>(NO_FILTERS);
  const [entries, setEntries] = useState<HistoryEntryView[]>([]);
  const [total, setTotal] = useState(0);
  const [searching, setSearching] = useState(true);
  const [error, setError] = useState<Localized>();
  const [selectedId, setSelectedId] = useState<string>();
  const [round, setRound] = useState(0);
  const seq = useRef(0);
  const notice = useRef(onNotice);
  notice.current = onNotice;

  useEffect(() => {
    const mine = ++seq.current;
    setSearching(true);
    const timer = setTimeout(() => {
      void bridge.history.search(queryOf(filters)).then((r) => {
        if (mine !== seq.current) return;
        setSearching(false);
        if (!r.ok) {
          setError(r.error.message);
          return;
        }
        setError(undefined);
        setEntries(r.value.entries);
        setTotal(r.value.total);
        r.value.notices.forEach((m) => notice.current(m));
      });
    }, 200);
    return () => clearTimeout(timer);
  }, [bridge, filters, round]);

  const refresh = useCallback(() => setRound((n) => n + 1), []);
  return {
    filters,
    setFilters: (patch) => setFiltersState((f) => ({ ...f, ...patch })),
    entries,
    total,
    searching,
    error,
    selected: entries.find((e) => e.id === selectedId),
    select: setSelectedId,
    refresh,
  };
}
