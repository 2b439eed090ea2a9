/**
 * Keyboard shortcuts in a browser (Electron's menu has its own accelerators, so they are not
 * bound twice there): Ctrl+O open, Ctrl+S save, Ctrl+Shift+S save as, Ctrl+Alt+N new from
 * template (Ctrl+N belongs to the browser), Ctrl+Shift+V paste as a new document.
 */
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../shared/ipc/contract';

/** Binds the shortcuts while `enabled`. */
export function useShortcuts(enabled: boolean, run: (command: MenuCommand) => void): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const key = e.key.toLowerCase();
      const command: MenuCommand | undefined =
        key === 'o' && !e.shiftKey
          ? 'open'
          : key === 's'
            ? e.shiftKey
              ? 'saveAs'
              : 'save'
            : key === 'n' && e.altKey
              ? 'new'
              : key === 'v' && e.shiftKey
                ? 'paste'
                : undefined;
      if (!command) return;
      e.preventDefault();
      latest.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
