/**
 * Binds the registry's shortcuts on the window. Keys typed in a dialog (the paste box, the save
 * name) keep their usual meaning there; Monaco handles its own keys first and passes the rest.
 */
import { useEffect } from 'react';
import { runCommand } from './bus';
import { commandForKey } from './shortcuts';

/** Commands that still work while a dialog has the focus. */
const IN_DIALOGS = new Set(['palette']);

/** Commands that repeat while their key is held (walking the issues, undoing several steps). */
const REPEATABLE = new Set(['nextIssue', 'previousIssue', 'undo', 'redo', 'nextTab', 'previousTab']);

/** Binds the shortcuts of `host` while mounted. */
export function useCommandShortcuts(host: 'electron' | 'web'): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const id = commandForKey(e, host);
      if (!id || (e.repeat && !REPEATABLE.has(id))) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('[role="dialog"]') && !IN_DIALOGS.has(id)) return;
      if (runCommand(id)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [host]);
}
