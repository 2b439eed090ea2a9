/**
 * One Monaco text model per open document, kept while the document is open (so switching views
 * or tabs keeps the cursor, folding and scroll position) and mirrored from the store: changes made
 * elsewhere (form, tree, quick fixes, undo) are applied with `applyEdits`, which bypasses Monaco's
 * own undo stack — the store's history is the only one (README.md "Actions").
 */
import type { EditorStore } from '../model/editorStore';
import type { TextChangeEvent } from '../model/types';
import { monaco } from './monacoSetup';

interface Held {
  model: monaco.editor.ITextModel;
  /** True while the store applies a change to the model (its change event is not sent back). */
  mirroring: boolean;
  /** The model's text equals the document's (false when Monaco normalised line endings). */
  faithful: boolean;
  viewState?: monaco.editor.ICodeEditorViewState | null;
}

const held = new Map<string, Held>();
let watched: EditorStore | undefined;

/** The model URI of a document (the JSON Schema is bound to it). */
export function modelUri(docId: string): monaco.Uri {
  return monaco.Uri.parse(`inmemory://qcvn120/${docId}.json`);
}

function applyToModel(h: Held, e: TextChangeEvent): void {
  const model = h.model;
  const ops = [...e.edits]
    .sort((a, b) => a.offset - b.offset)
    .map((ed) => {
      const start = model.getPositionAt(ed.offset);
      const end = model.getPositionAt(ed.offset + ed.length);
      return { range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column), text: ed.text, forceMoveMarkers: true };
    });
  h.mirroring = true;
  try {
    model.applyEdits(ops);
  } finally {
    h.mirroring = false;
  }
}

/** Starts mirroring the store's documents into models (once per store). */
function watch(store: EditorStore): void {
  if (watched === store) return;
  watched = store;
  store.onTextChange((e) => {
    const h = held.get(e.docId);
    if (!h || h.mirroring) return;
    applyToModel(h, e);
    const text = store.document(e.docId)?.text;
    // A model that drifted (never expected) is reset rather than left showing other text.
    if (text !== undefined && h.model.getValueLength() !== text.length) {
      h.mirroring = true;
      h.model.setValue(text);
      h.mirroring = false;
    }
  });
  store.subscribe(() => {
    const open = new Set(store.getState().documents.map((d) => d.id));
    for (const [id, h] of held) {
      if (!open.has(id)) {
        h.model.dispose();
        held.delete(id);
      }
    }
  });
}

/** The model of a document, created from its text on first use. */
export function modelFor(store: EditorStore, docId: string): Held | undefined {
  watch(store);
  const doc = store.document(docId);
  if (!doc) return undefined;
  let h = held.get(docId);
  if (!h) {
    const model = monaco.editor.createModel(doc.text, 'json', modelUri(docId));
    h = { model, mirroring: false, faithful: model.getValue() === doc.text };
    const entry = h;
    model.onDidChangeContent((e) => {
      if (entry.mirroring) return;
      entry.mirroring = true;
      try {
        const result = store.applyTextEdits(
          e.changes.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text })),
          'json',
          docId,
        );
        if (!result.ok) {
          // Refused (read-only): put the document's text back.
          model.setValue(store.document(docId)?.text ?? '');
        }
      } finally {
        entry.mirroring = false;
      }
    });
    held.set(docId, h);
  }
  return h;
}

/** Keeps the editor's view state (cursor, scroll, folding) of a document while another is shown. */
export function saveViewState(docId: string, state: monaco.editor.ICodeEditorViewState | null): void {
  const h = held.get(docId);
  if (h) h.viewState = state;
}
