/**
 * What the host asks the renderer to do: open files given on the command line or to a second
 * launch, and run application-menu commands (Electron).
 */
import { useEffect, useRef } from 'react';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { MenuCommand } from '../../../shared/ipc/contract';

export interface HostEventHandlers {
  openPath(path: string): void;
  command(command: MenuCommand, path?: string): void;
}

/** Subscribes to host events and takes the files waiting at start. */
export function useHostEvents(bridge: Bridge, handlers: HostEventHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  const tookPending = useRef(false);

  useEffect(() => {
    // A single-document shell: of several files, the last one given is opened.
    const openLast = (paths: string[]) => {
      const last = paths[paths.length - 1];
      if (last) latest.current.openPath(last);
    };
    if (!tookPending.current) {
      tookPending.current = true;
      void bridge.files.takePending({}).then((r) => r.ok && openLast(r.value.paths));
    }
    const offOpen = bridge.on('files:openRequested', (p) => openLast(p.paths));
    const offMenu = bridge.on('menu:command', (p) => latest.current.command(p.command, p.path));
    return () => {
      offOpen();
      offMenu();
    };
  }, [bridge]);
}
