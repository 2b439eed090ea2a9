/**
 * What the helpdesk screens need from Electron itself: the native folder dialog (batch triage),
 * a save dialog for exports, and printing an HTML report to PDF with `webContents.printToPDF`
 * in a hidden window that runs no script and reaches no network (issue 6 §3 "PDF from the app").
 */
import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions, Dialog } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Lang } from '../../shared/i18n/localized';
import type { HelpdeskHost } from '../services/batch/handlers';
import { secureWebPreferences } from './window';

const FILTERS: Record<string, { vi: string; en: string }> = {
  '.html': { vi: 'Trang HTML (in được)', en: 'HTML page (printable)' },
  '.pdf': { vi: 'Tài liệu PDF', en: 'PDF document' },
  '.csv': { vi: 'Bảng CSV (Excel)', en: 'CSV table (Excel)' },
  '.json': { vi: 'Tệp JSON', en: 'JSON file' },
  '.xml': { vi: 'JUnit XML', en: 'JUnit XML' },
};

type BrowserWindowCtor = new (options: BrowserWindowConstructorOptions) => BrowserWindowType;

/** The helpdesk's Electron services, attached to the current main window. */
export function createHelpdeskHost(dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>, BrowserWindow: BrowserWindowCtor, window: () => BrowserWindowType | undefined, lang: () => Lang): HelpdeskHost {
  return {
    async pickFolder() {
      const win = window();
      const options = { properties: ['openDirectory' as const], title: lang() === 'vi' ? 'Chọn thư mục gói tin cần kiểm tra' : 'Choose the folder of packets to check' };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async saveDialog(suggestedName) {
      const win = window();
      const ext = extname(suggestedName).toLowerCase();
      const kind = FILTERS[ext];
      const all = lang() === 'vi' ? 'Tất cả tệp' : 'All files';
      const filters = [...(kind ? [{ name: kind[lang()], extensions: [ext.slice(1)] }] : []), { name: all, extensions: ['*'] }];
      const options = { defaultPath: suggestedName, filters };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async printToPdf(html) {
      // A file, not a data: URL: reports of big batches exceed what a URL may carry.
      const dir = await mkdtemp(join(tmpdir(), 'qcvn120-pdf-'));
      const file = join(dir, 'report.html');
      const win = new BrowserWindow({
        show: false,
        // The report is static HTML with inline CSS: no script, no preload; its own session, so
        // the network block below touches nothing else.
        webPreferences: { ...secureWebPreferences(''), preload: undefined, javascript: false, partition: 'qcvn120-print' },
      });
      try {
        await writeFile(file, html, 'utf8');
        // Nothing in a report may reach the network (it holds no external resource anyway).
        win.webContents.session.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (_d, cb) => cb({ cancel: true }));
        await win.loadFile(file);
        const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
        return new Uint8Array(pdf);
      } finally {
        win.destroy();
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
