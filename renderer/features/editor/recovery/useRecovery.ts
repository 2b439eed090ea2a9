/**
 * Autosave to the recovery store (issue 4 §5): a copy of each document with unsaved changes is
 * written to the host's data folder a moment after the user stops typing, and removed when the
 * document is saved, undone back to its saved text, or closed. At start, copies left by a
 * previous run (a crash, a killed tab) are offered for restoring. Large documents are read-only,
 * so they never need a copy.
 *
 * This page is a session of its own (shared/ipc/recovery.ts): it lists only the copies of pages
 * no longer alive, so a second tab on the same web host never offers the first tab's work. Its
 * listing, repeated every few seconds, keeps it alive and brings the copies of a page that
 * crashed meanwhile; leaving the page gives its session up.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Bridge } from '../../../../shared/ipc/bridge';
import { recoveryCopyId, type RecoveryEntry } from '../../../../shared/ipc/recovery';
import { localize } from '../../../i18n/dictionary';
import type { Notices } from '../../shell/useNotices';
import type { EditorStore } from '../model/editorStore';

/** Pause after the last change before a copy is written. */
export const AUTOSAVE_MS = 1000;

/** How often the page lists again (renewing its session's lease, sessionLeases.ts LEASE_MS = 15 s). */
export const HEARTBEAT_MS = 5000;

export interface Recovery {
  /** Copies left by a previous run, offered for restoring. */
  offer: RecoveryEntry[];
  restore(entry: RecoveryEntry): Promise<void>;
  /** Removes offered copies the user does not want. */
  discardOffered(entries: RecoveryEntry[]): void;
  /** Hides the offer (the copies stay for the next start). */
  postpone(): void;
  /** When the current copy of a document was written (ISO), if it has one. */
  savedAt(docId: string): string | undefined;
  /** Removes the copy of a document (saved or closed). */
  discard(docId: string): void;
}

/** The recovery of the shell. */
export function useRecovery(bridge: Bridge, store: EditorStore, notices: Notices): Recovery {
  // Copies of this page are named after it, so a restart never mistakes them for its own.
  const session = useMemo(() => `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`, []);
  const [offer, setOffer] = useState<RecoveryEntry[]>([]);
  const [saved, setSaved] = useState<Record<string, string>>({});
  const written = useRef(new Map<string, number>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const idOf = useCallback((docId: string) => recoveryCopyId(session, docId), [session]);
  // Copies this page has offered once: "Later" keeps them for the next start, not for the next listing.
  const offered = useRef(new Set<string>());

  useEffect(() => {
    let live = true;
    const list = () =>
      void bridge.recovery.list({ session }).then((r) => {
        if (!live || !r.ok) return;
        const fresh = r.value.entries.filter((e) => !offered.current.has(e.id));
        for (const e of fresh) offered.current.add(e.id);
        if (fresh.length) setOffer((o) => [...o, ...fresh]);
      });
    list();
    const beat = setInterval(list, HEARTBEAT_MS);
    const leave = () => void bridge.recovery.leave({ session });
    window.addEventListener('pagehide', leave);
    return () => {
      live = false;
      clearInterval(beat);
      window.removeEventListener('pagehide', leave);
    };
  }, [bridge, session]);

  const discard = useCallback(
    (docId: string) => {
      clearTimeout(timers.current.get(docId));
      timers.current.delete(docId);
      if (!written.current.has(docId)) return;
      written.current.delete(docId);
      setSaved(({ [docId]: _gone, ...rest }) => rest);
      void bridge.recovery.discard({ id: idOf(docId) });
    },
    [bridge, idOf],
  );

  // Watch the documents: write copies of dirty ones, remove copies of clean ones.
  useEffect(() => {
    const check = () => {
      const docs = store.getState().documents;
      for (const doc of docs) {
        if (doc.large) continue;
        if (!doc.dirty) {
          if (written.current.has(doc.id)) discard(doc.id);
          continue;
        }
        if (written.current.get(doc.id) === doc.version) continue;
        clearTimeout(timers.current.get(doc.id));
        timers.current.set(
          doc.id,
          setTimeout(() => {
            timers.current.delete(doc.id);
            const d = store.document(doc.id);
            if (!d || !d.dirty) return;
            const version = d.version;
            const { name, path, origin, encoding, bom, lineEnding } = d.info;
            void bridge.recovery.save({ id: idOf(d.id), name, ...(path ? { path } : {}), origin, encoding, bom, lineEnding, text: d.text, savedText: d.savedText }).then((r) => {
              if (!r.ok) return;
              if (!store.document(d.id)) {
                // Closed meanwhile: the copy must not outlive the document.
                void bridge.recovery.discard({ id: idOf(d.id) });
                return;
              }
              written.current.set(d.id, version);
              setSaved((s) => ({ ...s, [d.id]: r.value.updatedAt }));
            });
          }, AUTOSAVE_MS),
        );
      }
    };
    return store.subscribe(check);
  }, [store, bridge, idOf, discard]);

  const restore = useCallback(
    async (entry: RecoveryEntry) => {
      setOffer((o) => o.filter((e) => e.id !== entry.id));
      const r = await bridge.recovery.take({ id: entry.id });
      if (!r.ok) {
        notices.push({ severity: 'error', title: localize('recovery.failed', { name: entry.name }), message: r.error.message });
        return;
      }
      const c = r.value;
      store.open({
        info: { name: c.name, ...(c.path ? { path: c.path } : {}), origin: c.origin, size: c.length, encoding: c.encoding, bom: c.bom, lineEnding: c.lineEnding },
        text: c.text,
        savedText: c.savedText,
      });
      // The restored document gets its own copy under this page; the old one goes.
      void bridge.recovery.discard({ id: entry.id });
      notices.push({ severity: 'success', message: localize('recovery.restored', { name: c.name }) });
    },
    [bridge, store, notices],
  );

  const discardOffered = useCallback(
    (entries: RecoveryEntry[]) => {
      const ids = new Set(entries.map((e) => e.id));
      setOffer((o) => o.filter((e) => !ids.has(e.id)));
      for (const e of entries) void bridge.recovery.discard({ id: e.id });
    },
    [bridge],
  );

  return {
    offer,
    restore,
    discardOffered,
    postpone: () => setOffer([]),
    savedAt: (docId) => saved[docId],
    discard,
  };
}
