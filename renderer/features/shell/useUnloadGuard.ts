/**
 * The guard on closing the window with unsaved changes: the browser asks before leaving the page
 * (web host), and Electron's glue turns the same `beforeunload` into a native question
 * (electron/glue/main.ts, 'will-prevent-unload').
 */
import { useEffect } from 'react';

/** Asks before the page goes away while `dirty`. */
export function useUnloadGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers (and Electron) need a return value to show the question.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
}
