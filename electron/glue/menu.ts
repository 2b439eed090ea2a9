/**
 * The application menu (File, Edit, View, Help), built as a plain template so it can be checked
 * without Electron. File commands go to the renderer, which owns the document.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../../shared/i18n/localized';
import type { MenuCommand, RecentEntry } from '../../shared/ipc/contract';
import { COMMANDS, type CommandSpec } from '../../shared/ipc/commands';
import { menuText } from './menuStrings';

export interface MenuInputs {
  lang: Lang;
  recent: RecentEntry[];
  isMac: boolean;
  /** Developer tools only in unpackaged runs. */
  dev: boolean;
  send(command: MenuCommand, path?: string): void;
  clearRecent(): void;
  about(): void;
}

/** The menu template. */
export function buildMenuTemplate(m: MenuInputs): MenuItemConstructorOptions[] {
  const t = (key: Parameters<typeof menuText>[0]) => menuText(key, m.lang);
  // Commands of the registry (shared/ipc/commands.ts) that this menu carries, with their shortcuts.
  const all = COMMANDS as readonly CommandSpec[];
  const item = (c: CommandSpec): MenuItemConstructorOptions => ({
    label: c.label[m.lang],
    ...(c.shortcut ? { accelerator: c.shortcut } : {}),
    click: () => m.send(c.id as MenuCommand),
  });
  const byId = (id: string) => item(all.find((c) => c.id === id)!);
  const registry = (menu: 'file' | 'edit' | 'view', skip: readonly string[] = []) => all.filter((c) => c.electronMenu === menu && !skip.includes(c.id)).map(item);
  // The File menu's own items keep their place; other file commands (helpdesk exports…) follow them.
  const fileExtras = registry('file', ['new', 'open', 'paste', 'save', 'saveAs', 'close']);
  const recentItems: MenuItemConstructorOptions[] = m.recent.length
    ? [
        ...m.recent.map((r) => ({ label: r.path, click: () => m.send('openRecent', r.path) })),
        { type: 'separator' as const },
        { label: t('clearRecent'), click: () => m.clearRecent() },
      ]
    : [{ label: t('noRecent'), enabled: false }];
  return [
    ...(m.isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('file'),
      submenu: [
        { label: t('newFromTemplate'), accelerator: 'CmdOrCtrl+N', click: () => m.send('new') },
        { label: t('open'), accelerator: 'CmdOrCtrl+O', click: () => m.send('open') },
        { label: t('openRecent'), submenu: recentItems },
        { label: t('pasteDocument'), accelerator: 'CmdOrCtrl+Shift+V', click: () => m.send('paste') },
        { type: 'separator' },
        { label: t('save'), accelerator: 'CmdOrCtrl+S', click: () => m.send('save') },
        { label: t('saveAs'), accelerator: 'CmdOrCtrl+Shift+S', click: () => m.send('saveAs') },
        { type: 'separator' },
        ...(fileExtras.length ? [...fileExtras, { type: 'separator' as const }] : []),
        { label: t('close'), accelerator: 'CmdOrCtrl+W', click: () => m.send('close') },
        ...(m.isMac ? [] : [{ type: 'separator' as const }, { label: t('quit'), role: 'quit' as const }]),
      ],
    },
    {
      label: t('edit'),
      // Undo and redo go to the renderer's one history shared by every view; the native roles
      // would undo inside Monaco alone and split the history (issue 4 §5).
      submenu: [
        byId('undo'),
        byId('redo'),
        { type: 'separator' },
        { label: t('cut'), role: 'cut' },
        { label: t('copy'), role: 'copy' },
        { label: t('paste'), role: 'paste' },
        { label: t('selectAll'), role: 'selectAll' },
        { type: 'separator' },
        ...registry('edit', ['undo', 'redo']),
      ],
    },
    {
      label: t('view'),
      submenu: [
        ...registry('view'),
        { type: 'separator' },
        { label: t('zoomIn'), role: 'zoomIn' },
        { label: t('zoomOut'), role: 'zoomOut' },
        { label: t('resetZoom'), role: 'resetZoom' },
        { type: 'separator' },
        { label: t('fullScreen'), role: 'togglefullscreen' },
        ...(m.dev ? [{ label: t('devTools'), role: 'toggleDevTools' as const }] : []),
      ],
    },
    { label: t('help'), role: 'help', submenu: [{ label: t('about'), click: () => m.about() }] },
  ];
}
