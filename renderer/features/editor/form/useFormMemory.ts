/**
 * What the form remembers per document while the user switches views or tabs: the record in
 * view and whether the envelope is open.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

export interface FormMemory {
  record: number;
  envelopeOpen: boolean;
}

const memories = new WeakMap<object, Map<string, FormMemory>>();

/** The form's state for a document of a store, remembered across remounts. */
export function useFormMemory(store: object, docId: string) {
  let memory = memories.get(store);
  if (!memory) memories.set(store, (memory = new Map()));
  const kept = memory;
  const [state, setState] = useState<FormMemory>(() => kept.get(docId) ?? { record: 0, envelopeOpen: true });
  const latest = useRef(state);
  latest.current = state;
  useEffect(
    () => () => {
      kept.set(docId, latest.current);
    },
    [kept, docId],
  );
  const setRecord = useCallback((record: number) => setState((s) => (s.record === record ? s : { ...s, record })), []);
  const setEnvelopeOpen = useCallback((envelopeOpen: boolean) => setState((s) => (s.envelopeOpen === envelopeOpen ? s : { ...s, envelopeOpen })), []);
  return useMemo(() => ({ state, setRecord, setEnvelopeOpen }), [state, setRecord, setEnvelopeOpen]);
}
