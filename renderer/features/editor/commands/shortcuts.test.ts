import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../../shared/ipc/commands';
import { fold } from './CommandPalette';
import { commandForKey, shortcutLabel } from './shortcuts';

/** A key press as the browser reports it. */
const key = (k: string, code: string, mods: { ctrl?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key: k,
  code,
  ctrlKey: mods.ctrl ?? false,
  metaKey: false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('keyboard shortcuts from the command registry', () => {
  it('maps the issue’s shortcuts to their commands in a browser', () => {
    expect(commandForKey(key('s', 'KeyS', { ctrl: true }), 'web')).toBe('save');
    expect(commandForKey(key('S', 'KeyS', { ctrl: true, shift: true }), 'web')).toBe('saveAs');
    expect(commandForKey(key('o', 'KeyO', { ctrl: true }), 'web')).toBe('open');
    expect(commandForKey(key('z', 'KeyZ', { ctrl: true }), 'web')).toBe('undo');
    expect(commandForKey(key('y', 'KeyY', { ctrl: true }), 'web')).toBe('redo');
    expect(commandForKey(key('Z', 'KeyZ', { ctrl: true, shift: true }), 'web')).toBe('redo');
    expect(commandForKey(key('F8', 'F8'), 'web')).toBe('nextIssue');
    expect(commandForKey(key('F8', 'F8', { shift: true }), 'web')).toBe('previousIssue');
    expect(commandForKey(key('P', 'KeyP', { ctrl: true, shift: true }), 'web')).toBe('palette');
    expect(commandForKey(key('f', 'KeyF', { ctrl: true }), 'web')).toBe('find');
  });

  it('uses the browser-safe keys for new and close in a browser, the plain ones in Electron’s menu', () => {
    // Ctrl+N and Ctrl+W never reach a web page; Ctrl+Alt+N / Ctrl+Alt+W do ("ñ" on some layouts: the physical key decides).
    expect(commandForKey(key('ñ', 'KeyN', { ctrl: true, alt: true }), 'web')).toBe('new');
    expect(commandForKey(key('w', 'KeyW', { ctrl: true, alt: true }), 'web')).toBe('close');
    expect(commandForKey(key('n', 'KeyN', { ctrl: true }), 'web')).toBeUndefined();
    // In Electron the menu's accelerators run these; the page must not run them a second time.
    expect(commandForKey(key('s', 'KeyS', { ctrl: true }), 'electron')).toBeUndefined();
    expect(commandForKey(key('F8', 'F8'), 'electron')).toBeUndefined();
    // …but commands the menu does not carry are still the page's.
    expect(commandForKey(key('1', 'Digit1', { ctrl: true }), 'electron')).toBe('viewForm');
  });

  it('does not mistake a key with other modifiers for a shortcut', () => {
    expect(commandForKey(key('s', 'KeyS', { ctrl: true, alt: true }), 'web')).toBeUndefined();
    expect(commandForKey(key('s', 'KeyS'), 'web')).toBeUndefined();
  });

  it('no two commands share a shortcut', () => {
    for (const host of ['web', 'electron'] as const) {
      const seen = new Map<string, string>();
      for (const c of COMMANDS) {
        const accel = host === 'web' ? ('webShortcut' in c && c.webShortcut) || ('shortcut' in c && c.shortcut) : 'shortcut' in c && c.shortcut;
        if (!accel) continue;
        expect(seen.get(accel), `${accel} of ${c.id}`).toBeUndefined();
        seen.set(accel, c.id);
      }
    }
  });

  it('shows shortcuts the way each platform writes them', () => {
    expect(shortcutLabel('CmdOrCtrl+Shift+S')).toBe('Ctrl+Shift+S');
    expect(shortcutLabel('Shift+F8')).toBe('Shift+F8');
    expect(shortcutLabel('CmdOrCtrl+Shift+P', true)).toBe('⌘⇧P');
    expect(shortcutLabel('CmdOrCtrl+Shift+Enter')).toBe('Ctrl+Shift+Enter');
    expect(shortcutLabel('CmdOrCtrl+PageDown')).toBe('Ctrl+PageDown');
    expect(shortcutLabel(undefined)).toBe('');
  });
});

describe('palette search', () => {
  it('matches without Vietnamese diacritics', () => {
    expect(fold('Đổi hồ sơ kiểm tra')).toBe('doi ho so kiem tra');
    expect(fold('Lưu thành…')).toContain('luu thanh');
  });
});
