/**
 * Keyboard shortcuts from the command registry (shared/ipc/commands.ts): matching a key press to
 * a command, and showing a shortcut the way the user's platform writes it.
 */
import { COMMANDS, type Accelerator, type CommandId, type CommandSpec } from '../../../../shared/ipc/commands';

interface Parsed {
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

function parse(accelerator: Accelerator): Parsed {
  const parts = accelerator.split('+');
  // "CmdOrCtrl+." has "." as key; "Ctrl++" is never used.
  const key = parts.pop()!.toLowerCase();
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  return { ctrl: mods.has('cmdorctrl') || mods.has('ctrl'), shift: mods.has('shift'), alt: mods.has('alt'), key };
}

/** The key name of an event, lower case, comparable with accelerator keys ("s", "f8", "pagedown", "."). */
function eventKey(e: Pick<KeyboardEvent, 'key' | 'code'>): string {
  // With Shift or Alt held, e.key changes ("S", "Ï"): the physical key decides for letters and digits.
  if (/^Key[A-Z]$/.test(e.code)) return e.code.slice(3).toLowerCase();
  if (/^Digit\d$/.test(e.code)) return e.code.slice(5);
  return e.key.toLowerCase();
}

/** The shortcut a command has in this host. */
export function shortcutOf(command: CommandSpec, host: 'electron' | 'web'): Accelerator | undefined {
  return host === 'web' ? (command.webShortcut ?? command.shortcut) : command.shortcut;
}

/** Whether a key press is this accelerator. */
export function matches(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, accelerator: Accelerator): boolean {
  const a = parse(accelerator);
  return (e.ctrlKey || e.metaKey) === a.ctrl && e.shiftKey === a.shift && e.altKey === a.alt && eventKey(e) === a.key;
}

/**
 * The command a key press starts, if any. In Electron the application menu handles the commands
 * it carries (with their accelerators), so they are not bound twice.
 */
export function commandForKey(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, host: 'electron' | 'web'): CommandId | undefined {
  for (const c of COMMANDS as readonly CommandSpec[]) {
    if (host === 'electron' && c.electronMenu) continue;
    const accel = shortcutOf(c, host);
    if (accel && matches(e, accel)) return c.id as CommandId;
    // Redo also answers to Ctrl+Shift+Z, as in most editors.
    if (c.id === 'redo' && matches(e, 'CmdOrCtrl+Shift+Z')) return 'redo';
  }
  return undefined;
}

/** A shortcut as shown to the user: "Ctrl+Shift+S", "⌘⇧S" on a Mac. */
export function shortcutLabel(accelerator: Accelerator | undefined, mac = false): string {
  if (!accelerator) return '';
  const a = parse(accelerator);
  // Letters and function keys in capitals, named keys as written on keyboards ("Enter", not "ENTER").
  const key =
    a.key.length === 1 || /^f\d+$/.test(a.key) ? a.key.toUpperCase() : a.key === 'pagedown' ? 'PageDown' : a.key === 'pageup' ? 'PageUp' : a.key.charAt(0).toUpperCase() + a.key.slice(1);
  if (mac) return `${a.ctrl ? '⌘' : ''}${a.alt ? '⌥' : ''}${a.shift ? '⇧' : ''}${key}`;
  return [a.ctrl && 'Ctrl', a.shift && 'Shift', a.alt && 'Alt', key].filter(Boolean).join('+');
}
