/**
 * Save and Save as, per host: Electron saves in place or through the native dialog; in a browser
 * a file from the workspace is saved in place, anything else is downloaded or saved into the
 * workspace under a name the user gives.
 */
import { useCallback, useState } from 'react';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { AppInfo } from '../../../shared/ipc/contract';
import { localize } from '../../i18n/dictionary';
import { encodeText } from '../../../shared/index';
import type { Notices } from '../shell/useNotices';
import type { DocumentController } from './useDocumentController';

export interface SaveActions {
  save(): Promise<void>;
  saveAs(): Promise<void>;
  /** The browser's "Save as" dialog is open (web host). */
  webDialogOpen: boolean;
  closeWebDialog(): void;
  download(name: string): void;
  saveToWorkspace(name: string): Promise<void>;
}

/** Triggers a browser download of bytes. */
function downloadBytes(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The save actions of the shell. */
export function useSaveActions(bridge: Bridge, info: AppInfo | undefined, controller: DocumentController, notices: Notices): SaveActions {
  const [webDialogOpen, setWebDialogOpen] = useState(false);
  const doc = controller.loaded?.doc;

  const saved = useCallback(
    (name: string) => notices.push({ severity: 'success', message: localize('notice.saved', { name }) }),
    [notices],
  );

  const saveAs = useCallback(async () => {
    if (!doc) return;
    if (info?.capabilities.nativeDialogs) {
      const r = await bridge.files.saveDialog({ suggestedName: doc.name, text: doc.text, encoding: doc.encoding, bom: doc.bom });
      if (!r.ok) return notices.push({ severity: 'error', title: localize('notice.saveFailed'), message: r.error.message });
      if (r.value) {
        controller.markSaved(r.value.path, r.value.name);
        saved(r.value.name);
      }
      return;
    }
    setWebDialogOpen(true);
  }, [doc, info, bridge, controller, notices, saved]);

  const save = useCallback(async () => {
    if (!doc) return;
    if (doc.origin !== 'host' || !doc.path) return saveAs();
    const r = await bridge.files.save({ path: doc.path, text: doc.text, encoding: doc.encoding, bom: doc.bom });
    if (!r.ok) return notices.push({ severity: 'error', title: localize('notice.saveFailed'), message: r.error.message });
    saved(r.value.name);
  }, [doc, bridge, notices, saved, saveAs]);

  const download = useCallback(
    (name: string) => {
      if (!doc) return;
      downloadBytes(encodeText(doc.text, doc.encoding, doc.bom), name);
      setWebDialogOpen(false);
      notices.push({ severity: 'success', message: localize('notice.downloaded', { name }) });
    },
    [doc, notices],
  );

  const saveToWorkspace = useCallback(
    async (name: string) => {
      if (!doc) return;
      const r = await bridge.files.save({ path: name, text: doc.text, encoding: doc.encoding, bom: doc.bom });
      if (!r.ok) return notices.push({ severity: 'error', title: localize('notice.saveFailed'), message: r.error.message });
      setWebDialogOpen(false);
      controller.markSaved(r.value.path, r.value.name);
      saved(r.value.name);
    },
    [doc, bridge, controller, notices, saved],
  );

  return { save, saveAs, webDialogOpen, closeWebDialog: () => setWebDialogOpen(false), download, saveToWorkspace };
}
