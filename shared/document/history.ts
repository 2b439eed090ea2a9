/**
 * One undo/redo history per document, shared by every view (issue 4 §5 "one undo/redo history
 * across the three views"): a form edit, a quick fix, a record moved in the tree and a burst of
 * typing in Monaco are all entries of the same list, so Ctrl+Z undoes whatever happened last,
 * wherever it happened. Entries hold text changes and their inverses, never whole texts.
 */
import type { Localized } from '../i18n/localized';
import { invertChange, type TextEdit } from './textEdits';

/** Which part of the app made a change. `history` marks changes made by undo/redo themselves; `encoding` a change of the file format. */
export type EditSource = 'json' | 'form' | 'tree' | 'issues' | 'fix' | 'repair' | 'records' | 'restore' | 'history' | 'encoding';

/** One applied change: forward edits (relative to the text before) and their inverse (relative to the text after). */
export interface HistoryStep {
  forward: TextEdit[];
  inverse: TextEdit[];
}

/** How a document is written to disk: a change of it (UTF-16 converted to UTF-8) is undone like a text change. */
export interface FileFormat {
  encoding: string;
  bom: boolean;
}

export interface HistoryEntry {
  /** Steps in the order they were applied; undo reverts them last to first. */
  steps: HistoryStep[];
  /** A change of the file format (an entry with no text steps). */
  format?: { before: FileFormat; after: FileFormat };
  source: EditSource;
  /** What the user would call it ("Sửa NgayHenTra", "Áp dụng sửa nhanh"), for menus and announcements. */
  label?: Localized;
  /** Time of the last step (ms), for coalescing. */
  at: number;
}

export interface RecordOptions {
  source: EditSource;
  label?: Localized;
  /** Time of the change (ms); defaults to Date.now(). */
  at?: number;
  /** Typing in the JSON view: merge with the previous entry when it continues the same burst. */
  coalesce?: boolean;
}

/** Typing pauses longer than this start a new undo entry (the feel of VS Code's undo stops). */
export const COALESCE_MS = 1000;

/** At most this many entries are kept; the oldest are forgotten first. */
export const HISTORY_LIMIT = 500;

/** Whether a single-edit step continues the previous one where the cursor was left (typing forward or deleting back). */
function continues(prev: HistoryStep, next: TextEdit[]): boolean {
  if (prev.forward.length !== 1 || next.length !== 1) return false;
  const p = prev.forward[0];
  const n = next[0];
  if (n.text.includes('\n') || p.text.includes('\n')) return false;
  const caret = p.offset + p.text.length;
  // Typing after what was typed, or Backspace just before it, or Delete at the caret.
  return n.offset === caret || n.offset + n.length === caret;
}

/** The undo/redo history of one document. */
export class EditHistory {
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];
  private sealed = true;

  constructor(private readonly limit = HISTORY_LIMIT) {}

  /** Records a change applied to `before`. Clears the redo list (a new branch). */
  record(before: string, forward: readonly TextEdit[], options: RecordOptions): void {
    if (forward.length === 0) return;
    const step: HistoryStep = { forward: [...forward], inverse: invertChange(before, forward) };
    const at = options.at ?? Date.now();
    this.redoStack = [];
    const last = this.undoStack[this.undoStack.length - 1];
    if (
      options.coalesce &&
      !this.sealed &&
      last &&
      last.source === options.source &&
      at - last.at <= COALESCE_MS &&
      continues(last.steps[last.steps.length - 1], step.forward)
    ) {
      last.steps.push(step);
      last.at = at;
      return;
    }
    this.undoStack.push({ steps: [step], source: options.source, label: options.label, at });
    if (this.undoStack.length > this.limit) this.undoStack.splice(0, this.undoStack.length - this.limit);
    this.sealed = !options.coalesce;
  }

  /** Records a change of the file format (no text change), as its own entry. Clears the redo list. */
  recordFormat(before: FileFormat, after: FileFormat, options: RecordOptions): void {
    this.redoStack = [];
    this.undoStack.push({ steps: [], format: { before, after }, source: options.source, label: options.label, at: options.at ?? Date.now() });
    if (this.undoStack.length > this.limit) this.undoStack.splice(0, this.undoStack.length - this.limit);
    this.sealed = true;
  }

  /** Ends the current typing burst: the next change starts a new entry (after a save, a selection jump…). */
  seal(): void {
    this.sealed = true;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** The entry undo would revert. */
  peekUndo(): HistoryEntry | undefined {
    return this.undoStack[this.undoStack.length - 1];
  }

  /** The entry redo would re-apply. */
  peekRedo(): HistoryEntry | undefined {
    return this.redoStack[this.redoStack.length - 1];
  }

  /** Takes the last entry; returns the changes to apply, in order, to revert it (and the file format to return to). */
  undo(): { entry: HistoryEntry; changes: TextEdit[][]; format?: FileFormat } | undefined {
    const entry = this.undoStack.pop();
    if (!entry) return undefined;
    this.redoStack.push(entry);
    this.sealed = true;
    return { entry, changes: entry.steps.map((s) => s.inverse).reverse(), format: entry.format?.before };
  }

  /** Takes the last undone entry; returns the changes to apply, in order, to redo it (and the file format it set). */
  redo(): { entry: HistoryEntry; changes: TextEdit[][]; format?: FileFormat } | undefined {
    const entry = this.redoStack.pop();
    if (!entry) return undefined;
    this.undoStack.push(entry);
    this.sealed = true;
    return { entry, changes: entry.steps.map((s) => s.forward), format: entry.format?.after };
  }

  /** Forgets everything (a document reloaded from disk). */
  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
    this.sealed = true;
  }
}
