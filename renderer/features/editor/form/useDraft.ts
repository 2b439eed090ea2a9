/**
 * What the user is typing in a field, before it is written: a form edit is written when the
 * field is left, on Enter, or before a Ctrl/⌘ shortcut (so Ctrl+S saves what was typed) — one
 * undo step per edit, not per key. Esc drops the typing; Ctrl+Z while typing drops it too
 * before the document's own undo is reached.
 */
import { useState, type ChangeEvent, type KeyboardEvent } from 'react';

export interface Draft {
  /** What the input shows: the typing, or the document's text. */
  shown: string;
  editing: boolean;
  change(text: string): void;
  /** Writes the typing (when it differs) and ends it; the typing stays when the write refuses it. */
  commit(): void;
  cancel(): void;
  onKeyDown(e: KeyboardEvent, options?: { multiline?: boolean }): void;
  /**
   * A text input's value and handlers, the same for every typed field; `reset` runs on each
   * change and on Esc, so an error shown for the typing goes with it.
   */
  bind(options?: { multiline?: boolean; reset?: () => void }): DraftBinding;
}

/** What `Draft.bind` gives a text input. */
export interface DraftBinding {
  value: string;
  onChange(e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>): void;
  onBlur(): void;
  onKeyDown(e: KeyboardEvent): void;
}

/**
 * A draft over `current`; `write` receives the typed text when it changed, and may return false
 * to keep the typing on screen (a date it cannot read: shown with its error, not lost).
 */
export function useDraft(current: string, write: (text: string) => boolean | void): Draft {
  const [draft, setDraft] = useState<string>();
  const commit = () => {
    if (draft === undefined) return;
    if (draft !== current && write(draft) === false) return;
    setDraft(undefined);
  };
  const cancel = () => setDraft(undefined);
  const self: Draft = {
    shown: draft ?? current,
    editing: draft !== undefined,
    change: setDraft,
    commit,
    cancel,
    bind: ({ multiline, reset } = {}) => ({
      value: draft ?? current,
      onChange: (e) => {
        reset?.();
        setDraft(e.target.value);
      },
      onBlur: commit,
      onKeyDown: (e) => {
        if (e.key === 'Escape') reset?.();
        self.onKeyDown(e, { multiline });
      },
    }),
    onKeyDown(e, { multiline = false } = {}) {
      if (e.key === 'Escape' && draft !== undefined) {
        e.preventDefault();
        e.stopPropagation();
        cancel();
      } else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
        commit();
      } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && draft !== undefined && draft !== current) {
        // The first Ctrl+Z undoes the typing, not the document's last change.
        e.preventDefault();
        e.stopPropagation();
        cancel();
      } else if ((e.ctrlKey || e.metaKey) && !['c', 'v', 'x', 'a', 'z', 'arrowleft', 'arrowright', 'backspace', 'delete', 'home', 'end'].includes(e.key.toLowerCase())) {
        commit();
      }
    },
  };
  return self;
}
