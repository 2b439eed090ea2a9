/**
 * Save and Save as, per host: Electron saves in place or through the native dialog; in a browser
 * a file from the workspace is saved in place, anything else is downloaded or saved into the
 * workspace under a name the user gives. The host writes atomically (temp file + rename) with the
 * file's own encoding and BOM; the text keeps its own line ends (the editor never rewrites them).
 */
import { useCallback, useRef, useState } from 'react';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { AppInfo } from '../../../shared/ipc/contract';
import { encodeText } from '../../../shared/index';
import { localize } from '../../i18n/dictionary';
import type { EditorStore } from '../editor/model/editorStore';
import type { EditorDocument } from '../editor/model/types';
import type { Notices } from '../shell/useNotices';
import { downloadFile } from './download';

export interface SaveActions {
  /** Saves a document (the active one by default); resolves true once it is saved. */
  save(id?: string): Promise<boolean>;
  saveAs(id?: string): Promise<boolean>;
  /** The browser's "Save as" dialog is open (web host), for this document. */
  webDialogFor?: EditorDocument;
  closeWebDialog(): void;
  download(name: string): void;
  saveToWorkspace(name: string): Promise<void>;
}

/** The text to write: the document's, or for a large one the worker's copy. */
async function textOf(doc: EditorDocument): Promise<string> {
  return doc.large ? doc.large.getText() : doc.text;
}

/** The save actions of the shell. */
export function useSaveActions(bridge: Bridge, info: AppInfo | undefined, store: EditorStore, notices: Notices): SaveActions {
  const [webDialogId, setWebDialogId] = useState<string>();
  // The web dialog answers later: whoever asked (e.g. "save, then close") waits for it.
  const waiting = useRef<((saved: boolean) => void) | undefined>(undefined);

  const saved = useCallback((name: string) => notices.push({ severity: 'success', message: localize('notice.saved', { name }) }), [notices]);
  const failed = useCallback((message: { vi: string; en: string }) => notices.push({ severity: 'error', title: localize('notice.saveFailed'), message }), [notices]);

  const finishWeb = (ok: boolean) => {
    setWebDialogId(undefined);
    waiting.current?.(ok);
    waiting.current = undefined;
  };

  const saveAs = useCallback(
    async (id?: string): Promise<boolean> => {
      const doc = store.document(id);
      if (!doc) return false;
      if (info?.capabilities.nativeDialogs) {
        const text = await textOf(doc);
        const r = await bridge.files.saveDialog({ suggestedName: doc.info.name, text, encoding: doc.info.encoding, bom: doc.info.bom });
        if (!r.ok) {
          failed(r.error.message);
          return false;
        }
        if (!r.value) return false;
        store.markSaved(doc.id, { path: r.value.path, name: r.value.name, origin: 'host' }, text);
        saved(r.value.name);
        return true;
      }
      waiting.current?.(false);
      setWebDialogId(doc.id);
      return new Promise<boolean>((resolve) => {
        waiting.current = resolve;
      });
    },
    [info, bridge, store, failed, saved],
  );

  const save = useCallback(
    async (id?: string): Promise<boolean> => {
      const doc = store.document(id);
      if (!doc) return false;
      if (doc.info.origin !== 'host' || !doc.info.path) return saveAs(doc.id);
      const text = await textOf(doc);
      const r = await bridge.files.save({ path: doc.info.path, text, encoding: doc.info.encoding, bom: doc.info.bom });
      if (!r.ok) {
        failed(r.error.message);
        return false;
      }
      store.markSaved(doc.id, {}, text);
      saved(r.value.name);
      return true;
    },
    [store, bridge, failed, saved, saveAs],
  );

  const download = useCallback(
    (name: string) => {
      const doc = webDialogId ? store.document(webDialogId) : undefined;
      if (!doc) return finishWeb(false);
      void textOf(doc).then((text) => {
        downloadFile(name, encodeText(text, doc.info.encoding, doc.info.bom), 'application/json');
        store.markSaved(doc.id, { name }, text);
        notices.push({ severity: 'success', message: localize('notice.downloaded', { name }) });
        finishWeb(true);
      });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, webDialogId, notices],
  );

  const saveToWorkspace = useCallback(
    async (name: string) => {
      const doc = webDialogId ? store.document(webDialogId) : undefined;
      if (!doc) return finishWeb(false);
      const text = await textOf(doc);
      const r = await bridge.files.save({ path: name, text, encoding: doc.info.encoding, bom: doc.info.bom });
      if (!r.ok) {
        failed(r.error.message);
        return;
      }
      store.markSaved(doc.id, { path: r.value.path, name: r.value.name, origin: 'host' }, text);
      saved(r.value.name);
      finishWeb(true);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, webDialogId, bridge, failed, saved],
  );

  return {
    save,
    saveAs,
    webDialogFor: webDialogId ? store.document(webDialogId) : undefined,
    closeWebDialog: () => finishWeb(false),
    download,
    saveToWorkspace,
  };
}
