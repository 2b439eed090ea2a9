/**
 * The application menu (File, Edit, View, Help), built as a plain template so it can be checked
 * without Electron. File commands go to the renderer, which owns the document.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../../shared/i18n/localized';
import type { MenuCommand, RecentEntry } from '../../shared/ipc/contract';
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
        { label: t('close'), accelerator: 'CmdOrCtrl+W', click: () => m.send('close') },
        ...(m.isMac ? [] : [{ type: 'separator' as const }, { label: t('quit'), role: 'quit' as const }]),
      ],
    },
    {
      label: t('edit'),
      submenu: [
        { label: t('undo'), role: 'undo' },
        { label: t('redo'), role: 'redo' },
        { type: 'separator' },
        { label: t('cut'), role: 'cut' },
        { label: t('copy'), role: 'copy' },
        { label: t('paste'), role: 'paste' },
        { label: t('selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: t('view'),
      submenu: [
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
