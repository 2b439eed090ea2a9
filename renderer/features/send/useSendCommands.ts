/**
 * The send feature's commands in the one registry (shared/ipc/commands.ts): "Send to the
 * portal…" (Ctrl+Shift+Enter), the send history, the environments — so the palette, the keyboard
 * and the menus reach them like every other command.
 */
import { useEffect, useRef } from 'react';
import { registerCommandHandlers } from '../editor/commands/bus';
import type { SendDialog } from './SendContext';

/** Registers the handlers while mounted; `send` passes (returns false) when nothing can be sent. */
export function useSendCommands(open: (dialog: SendDialog) => void, canSend: () => boolean): void {
  // Registered once; the handlers read the latest callbacks.
  const latest = useRef({ open, canSend });
  latest.current = { open, canSend };
  useEffect(
    () =>
      registerCommandHandlers({
        send: () => (latest.current.canSend() ? latest.current.open('send') : false),
        sendHistory: () => latest.current.open('history'),
        environments: () => latest.current.open('environments'),
      }),
    [],
  );
}
