/**
 * Large-file mode (issue 4 §7): the text and the value stay in the document worker, so the tree
 * asks for what it shows — the identifying values of the records in view, in blocks, and a
 * record's value when it is opened — and keeps what arrived. Requests are made once each.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { LargeDocumentAccess } from '../model/types';

const BLOCK = 500;

export interface LargeRecords {
  records: ReadonlyMap<number, unknown>;
  keys: ReadonlyMap<number, string>;
  /** Increases whenever something arrived (for memoised rows). */
  version: number;
  /** Loads record `index` (once). */
  ensureRecord(index: number): void;
  /** Loads the identifying values of records [from, to] (by blocks, once each). */
  ensureKeys(from: number, to: number): void;
}

interface Cache {
  records: Map<number, unknown>;
  keys: Map<number, string>;
  asked: Set<number>;
  blocks: Set<number>;
}

const fresh = (): Cache => ({ records: new Map(), keys: new Map(), asked: new Set(), blocks: new Set() });

/** Record-level access to a large document for the tree; inert (empty) for a normal document. */
export function useLargeRecords(large: LargeDocumentAccess | undefined): LargeRecords {
  const [version, setVersion] = useState(0);
  const cache = useRef<{ of?: LargeDocumentAccess; data: Cache }>({ data: fresh() });
  if (cache.current.of !== large) cache.current = { of: large, data: fresh() };
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  // What arrives from the worker is drawn in a transition: a whole record's form (or a block of
  // tree rows) rendered in slices the browser can interleave with input, instead of one task of
  // 100–200 ms (a plain update from a message handler is not time-sliced).
  const bump = useCallback(() => {
    if (live.current) startTransition(() => setVersion((v) => v + 1));
  }, []);

  const ensureRecord = useCallback(
    (index: number) => {
      const { of, data } = cache.current;
      if (!of || data.asked.has(index)) return;
      data.asked.add(index);
      void of.getRecord(index).then(
        (r) => {
          if (cache.current.data !== data) return;
          data.records.set(index, r?.value ?? null);
          bump();
        },
        () => data.asked.delete(index),
      );
    },
    [bump],
  );

  const ensureKeys = useCallback(
    (from: number, to: number) => {
      const { of, data } = cache.current;
      if (!of) return;
      for (let b = Math.floor(Math.max(0, from) / BLOCK); b * BLOCK <= to; b++) {
        if (data.blocks.has(b)) continue;
        data.blocks.add(b);
        void of.getRecordSummaries(b * BLOCK, BLOCK).then(
          (list) => {
            if (cache.current.data !== data) return;
            for (const s of list) if (s.key !== undefined) data.keys.set(s.index, s.key);
            bump();
          },
          () => data.blocks.delete(b),
        );
      }
    },
    [bump],
  );

  const { records, keys } = cache.current.data;
  return { records, keys, version, ensureRecord, ensureKeys };
}
