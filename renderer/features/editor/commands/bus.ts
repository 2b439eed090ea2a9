/**
 * Who runs a command right now. The shell registers the app-wide handlers; a view that is on
 * screen may register its own for some commands (the JSON view's Find and Format, a tree's
 * filter box for Find), which win while it is mounted. Keyboard, palette and menus all call
 * `runCommand`, so a command behaves the same whichever way it is started.
 */
import type { CommandId } from '../../../../shared/ipc/commands';

/** A handler; returning false passes the command on to the handler registered before it. */
export type CommandHandler = () => void | boolean;

const stacks = new Map<CommandId, CommandHandler[]>();
const listeners = new Set<() => void>();

/** Registers handlers; returns the function that removes them again. */
export function registerCommandHandlers(handlers: Partial<Record<CommandId, CommandHandler>>): () => void {
  const entries = Object.entries(handlers) as [CommandId, CommandHandler][];
  for (const [id, h] of entries) {
    const stack = stacks.get(id) ?? [];
    stack.push(h);
    stacks.set(id, stack);
  }
  listeners.forEach((l) => l());
  return () => {
    for (const [id, h] of entries) {
      const stack = stacks.get(id);
      const at = stack?.lastIndexOf(h) ?? -1;
      if (stack && at >= 0) stack.splice(at, 1);
    }
    listeners.forEach((l) => l());
  };
}

/** Runs a command; false when nothing handled it. */
export function runCommand(id: CommandId): boolean {
  const stack = stacks.get(id) ?? [];
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]() !== false) return true;
  return false;
}

/** Whether some handler is registered for a command (the palette lists only those). */
export function hasHandler(id: CommandId): boolean {
  return (stacks.get(id)?.length ?? 0) > 0;
}

/** Called when handlers come or go. */
export function onHandlersChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
