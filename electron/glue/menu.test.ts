import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, type MenuInputs } from './menu';
import { COMMANDS, type CommandSpec } from '../../shared/ipc/commands';

vi.mock('electron', () => ({}));

function inputs(over: Partial<MenuInputs> = {}): MenuInputs {
  return { lang: 'vi', recent: [], isMac: false, dev: false, send: vi.fn(), clearRecent: vi.fn(), about: vi.fn(), ...over };
}

const items = (m: MenuItemConstructorOptions) => (m.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator');

describe('application menu', () => {
  it('has File (new from template, open, open recent, save, save as, close), Edit, View and Help with About', () => {
    const [file, edit, view, help] = buildMenuTemplate(inputs({ lang: 'en' }));
    const labels = items(file).map((i) => i.label);
    // The file commands in their order; other file commands of the registry sit between Save as and Close.
    expect(labels.slice(0, 6)).toEqual(['New from template…', 'Open…', 'Open recent', 'Paste as new document…', 'Save', 'Save as…']);
    expect(labels.slice(-2)).toEqual(['Close document', 'Quit']);
    const extras = (COMMANDS as readonly CommandSpec[]).filter((c) => c.electronMenu === 'file' && !['new', 'open', 'paste', 'save', 'saveAs', 'close'].includes(c.id)).map((c) => c.label.en);
    expect(labels.slice(6, -2)).toEqual(extras);
    expect(edit.label).toBe('&Edit');
    expect(view.label).toBe('&View');
    expect(items(help).map((i) => i.label)).toEqual(['About QCVN 120 Packet Studio']);
  });

  it('speaks Vietnamese by default', () => {
    const [file] = buildMenuTemplate(inputs());
    expect(file.label).toBe('&Tệp');
    expect(items(file)[0].label).toBe('Mới từ mẫu…');
  });

  it('sends file commands to the renderer, including the chosen recent file', () => {
    const send = vi.fn();
    const [file] = buildMenuTemplate(inputs({ send, lang: 'en', recent: [{ path: '/d/a.json', name: 'a.json', openedAt: '2025-01-01T00:00:00Z' }] }));
    const byLabel = (label: string) => items(file).find((i) => i.label === label)!;
    byLabel('Save as…').click!(undefined as never, undefined, undefined as never);
    expect(send).toHaveBeenLastCalledWith('saveAs');
    const recent = items(byLabel('Open recent'));
    recent[0].click!(undefined as never, undefined, undefined as never);
    expect(send).toHaveBeenLastCalledWith('openRecent', '/d/a.json');
    expect(recent[1].label).toBe('Clear list');
  });

  it('sends undo and redo to the renderer’s one history (not the native roles), with the registry’s shortcuts', () => {
    const send = vi.fn();
    const [, edit, view] = buildMenuTemplate(inputs({ send, lang: 'en' }));
    const undo = items(edit).find((i) => i.label === 'Undo')!;
    expect(undo.role).toBeUndefined();
    expect(undo.accelerator).toBe('CmdOrCtrl+Z');
    undo.click!(undefined as never, undefined, undefined as never);
    expect(send).toHaveBeenLastCalledWith('undo');
    const next = items(view).find((i) => i.label === 'Next issue')!;
    expect(next.accelerator).toBe('F8');
    expect(items(view).map((i) => i.label)).toContain('Command palette');
  });

  it('shows developer tools only in unpackaged runs', () => {
    const devLabels = items(buildMenuTemplate(inputs({ lang: 'en', dev: true }))[2]).map((i) => i.label);
    const userLabels = items(buildMenuTemplate(inputs({ lang: 'en', dev: false }))[2]).map((i) => i.label);
    expect(devLabels).toContain('Developer tools');
    expect(userLabels).not.toContain('Developer tools');
  });
});
