/**
 * Native open/save dialogs for the files service (Electron only; the web host uses the browser).
 */
import type { BrowserWindow, Dialog } from 'electron';
import type { Lang } from '../../shared/i18n/localized';
import type { Dialogs } from '../services/handlers/serviceHandlers';

const FILTERS = {
  vi: [
    { name: 'Gói tin JSON', extensions: ['json'] },
    { name: 'Tất cả tệp', extensions: ['*'] },
  ],
  en: [
    { name: 'JSON packets', extensions: ['json'] },
    { name: 'All files', extensions: ['*'] },
  ],
};

/** Dialogs attached to the current main window. */
export function createDialogs(dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>, window: () => BrowserWindow | undefined, lang: () => Lang): Dialogs {
  return {
    async open() {
      const win = window();
      const options = { properties: ['openFile' as const], filters: FILTERS[lang()] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async save(suggestedName) {
      const win = window();
      const options = { defaultPath: suggestedName, filters: FILTERS[lang()] };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
