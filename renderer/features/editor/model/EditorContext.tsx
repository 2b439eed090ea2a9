/**
 * The model's React surface: the provider, and the hooks every view uses — useEditor() for the
 * active document and its actions, useSelection() for the shared selection, useIssuesAt() for the
 * issues of a path (rolled up below it on request).
 */
import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { EditSource } from '../../../../shared/document/history';
import { EMPTY_ISSUE_INDEX, type IssueIndex } from '../../../../shared/document/issueIndex';
import type { TextEdit } from '../../../../shared/document/textEdits';
import { formatPath, type Issue, type PathSegment, type QuickFix } from '../../../../shared/issues/issue';
import type { Repair } from '../../../../shared/validate/report';
import type { EditorStore } from './editorStore';
import type { EditResult, EditorDocument, EditorState, Selection, SelectionSource } from './types';

const StoreContext = createContext<EditorStore | undefined>(undefined);

/** Makes a store available to the views below. */
export function EditorProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself (for views that mirror the text, e.g. Monaco, through store.onTextChange). */
export function useEditorStore(): EditorStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useEditorStore outside EditorProvider');
  return store;
}

/**
 * A value read from the store, kept up to date. Changes of a large document reach React as a
 * transition (rendered in slices, the window answering in between — issue 4 §7 "no task over
 * 100 ms after the first render"); every other change at once, so a typed character is never shown
 * late. (useSyncExternalStore would render every change at once.)
 */
function useStoreValue<T>(store: EditorStore, get: () => T): T {
  const [value, setValue] = useState(get);
  useEffect(() => {
    const check = () => {
      const next = get();
      if (store.changeIsHeavy) startTransition(() => setValue(() => next));
      else setValue(() => next);
    };
    // A change between the first render and this subscription is not missed.
    check();
    return store.subscribe(check);
  }, [store, get]);
  return value;
}

/** The whole editor state (documents, active id, profile); re-renders on every change. */
export function useEditorState(): EditorState {
  const store = useEditorStore();
  return useStoreValue(store, store.getState);
}

/** The active document, or undefined; re-renders when it changes. */
export function useActiveDocument(): EditorDocument | undefined {
  const store = useEditorStore();
  const get = useCallback(() => store.document(), [store]);
  return useStoreValue(store, get);
}

/** The progress (0..1, null when unknown) of a document's long validation, or undefined. */
export function useProgress(docId: string | undefined): number | null | undefined {
  const store = useEditorStore();
  const get = useCallback(() => (docId ? store.progressOf(docId) : undefined), [store, docId]);
  return useSyncExternalStore(store.subscribeProgress, get);
}

/** The actions of the active document, bound; stable while the store is. */
export interface EditorActions {
  setValue(path: readonly PathSegment[], value: unknown, source: EditSource): EditResult;
  remove(path: readonly PathSegment[], source: EditSource): EditResult;
  insert(arrayPath: readonly PathSegment[], index: number, value: unknown, source: EditSource): EditResult;
  move(arrayPath: readonly PathSegment[], from: number, to: number, source: EditSource): EditResult;
  duplicate(arrayPath: readonly PathSegment[], index: number, source: EditSource): EditResult;
  applyFix(fix: QuickFix): EditResult;
  applyRepair(repair: Pick<Repair, 'edits' | 'title'>): EditResult;
  applyTextEdits(edits: readonly TextEdit[], source?: EditSource): EditResult;
  undo(): EditResult;
  redo(): EditResult;
  select(path: readonly PathSegment[], source: SelectionSource, issue?: Issue): void;
}

/** The active document and the actions every view uses. */
export function useEditor(): { doc: EditorDocument | undefined; store: EditorStore } & EditorActions {
  const store = useEditorStore();
  const doc = useActiveDocument();
  const actions = useMemo<EditorActions>(
    () => ({
      setValue: (path, value, source) => store.setValue(path, value, source),
      remove: (path, source) => store.remove(path, source),
      insert: (arrayPath, index, value, source) => store.insert(arrayPath, index, value, source),
      move: (arrayPath, from, to, source) => store.move(arrayPath, from, to, source),
      duplicate: (arrayPath, index, source) => store.duplicate(arrayPath, index, source),
      applyFix: (fix) => store.applyFix(fix),
      applyRepair: (repair) => store.applyRepair(repair),
      applyTextEdits: (edits, source) => store.applyTextEdits(edits, source),
      undo: () => store.undo(),
      redo: () => store.redo(),
      select: (path, source, issue) => store.select(path, source, issue),
    }),
    [store],
  );
  return { doc, store, ...actions };
}

/** The shared selection of the active document and the function that moves it. */
export function useSelection(): { selection: Selection | undefined; select: EditorActions['select'] } {
  const { doc, select } = useEditor();
  return { selection: doc?.selection, select };
}

/** The issue index of the active document's latest report. */
export function useIssueIndex(): IssueIndex {
  return useActiveDocument()?.issues ?? EMPTY_ISSUE_INDEX;
}

/**
 * The issues at a path of the active document: exactly there (a field), or with `below` also
 * everything inside it (a record, a nested list).
 */
export function useIssuesAt(path: string | readonly PathSegment[], options: { below?: boolean } = {}): Issue[] {
  const index = useIssueIndex();
  const key = typeof path === 'string' ? path : formatPath(path);
  return useMemo(() => (options.below ? index.under(key) : index.at(key)), [index, key, options.below]);
}
