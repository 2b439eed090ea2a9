/**
 * Saving an export wherever the host allows, the same way from every helpdesk screen:
 * Electron asks with its save dialog (`exports:save`) and prints PDFs itself (`exports:pdf`);
 * a browser downloads, or writes into the web host's workspace, and prints through its own
 * print dialog. Every outcome is announced; a failure names what went wrong.
 */
import { useCallback } from 'react';
import type { Bridge } from '../../../../shared/ipc/bridge';
import type { IpcResult } from '../../../../shared/ipc/result';
import type { AppInfo } from '../../../../shared/ipc/contract';
import { localize } from '../../../i18n/dictionary';
import type { Notices } from '../../shell/useNotices';
import { downloadFile } from '../../document/download';
import { printHtml } from './download';

/** A file ready to leave the app. */
export interface ExportFile {
  name: string;
  text: string;
  mime: string;
}

export interface Exporter {
  /** Electron's native save dialog is there. */
  nativeDialogs: boolean;
  /** The web host's workspace folder, or null. */
  workspace: string | null;
  /** Saves through the native dialog (Electron) or downloads (browser); false when cancelled or failed. */
  save(file: ExportFile): Promise<boolean>;
  /** Several files at once: one dialog per file in Electron, one download each in a browser. */
  saveAll(files: ExportFile[]): Promise<boolean>;
  /** Writes into the workspace under `path` (web host with --workspace). */
  saveToWorkspace(path: string, file: ExportFile): Promise<boolean>;
  /** An HTML report as PDF (Electron) or through the browser's print dialog. */
  pdf(name: string, html: string): Promise<boolean>;
}

/** The exporter of the current host. */
export function useExporter(bridge: Bridge, info: AppInfo | undefined, notices: Notices): Exporter {
  const nativeDialogs = info?.capabilities.nativeDialogs ?? false;
  const workspace = info?.capabilities.workspace ?? null;

  /** The host's answer announced: saved (named as `shown` says), cancelled (null: silent) or failed. */
  const settle = useCallback(
    <T,>(r: IpcResult<T | null>, shown: (value: T) => string): boolean => {
      if (!r.ok) {
        notices.push({ severity: 'error', title: localize('export.failed'), message: r.error.message });
        return false;
      }
      if (r.value === null) return false;
      notices.push({ severity: 'success', message: localize('export.saved', { name: shown(r.value) }) });
      return true;
    },
    [notices],
  );

  const save = useCallback(
    async (file: ExportFile) => {
      if (!nativeDialogs) {
        downloadFile(file.name, file.text, file.mime);
        notices.push({ severity: 'success', message: localize('export.downloaded', { name: file.name }) });
        return true;
      }
      return settle(await bridge.exports.save({ suggestedName: file.name, text: file.text }), (v) => v.name);
    },
    [bridge, nativeDialogs, notices, settle],
  );

  const saveAll = useCallback(
    async (files: ExportFile[]) => {
      let all = true;
      for (const f of files) all = (await save(f)) && all;
      return all;
    },
    [save],
  );

  const saveToWorkspace = useCallback(
    async (path: string, file: ExportFile) => {
      return settle(await bridge.exports.save({ suggestedName: file.name, text: file.text, path }), (v) => v.path);
    },
    [bridge, settle],
  );

  const pdf = useCallback(
    async (name: string, html: string) => {
      if (!nativeDialogs) {
        await printHtml(html);
        return true;
      }
      return settle(await bridge.exports.pdf({ suggestedName: name, html }), (v) => v.name);
    },
    [bridge, nativeDialogs, settle],
  );

  return { nativeDialogs, workspace, save, saveAll, saveToWorkspace, pdf };
}
