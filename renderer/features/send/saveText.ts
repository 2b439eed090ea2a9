/**
 * Saving an export (environments, history) where the user wants it: Electron's save dialog
 * (atomic write by the host), or a download in a browser, where there is no other way out.
 */
import type { Bridge } from '../../../shared/ipc/bridge';
import type { Localized } from '../../../shared/i18n/localized';
import { downloadFile } from '../document/download';

export type SaveOutcome = { saved: true; name: string } | { saved: false; error?: Localized };

/** Offers a text file to the user; resolves with the saved name, or why not. */
export async function saveTextFile(bridge: Bridge, suggestedName: string, text: string): Promise<SaveOutcome> {
  if (bridge.host === 'electron') {
    const r = await bridge.files.saveDialog({ suggestedName, text });
    if (!r.ok) return { saved: false, error: r.error.message };
    return r.value ? { saved: true, name: r.value.name } : { saved: false };
  }
  downloadFile(suggestedName, text, 'application/json');
  return { saved: true, name: suggestedName };
}

