/**
 * Saving an export (environments, history) where the user wants it: Electron's save dialog
 * (atomic write by the host), or a download in a browser, where there is no other way out.
 */
import type { Bridge } from '../../../shared/ipc/bridge';
import type { Localized } from '../../../shared/i18n/localized';

export type SaveOutcome = { saved: true; name: string } | { saved: false; error?: Localized };

/** Offers a text file to the user; resolves with the saved name, or why not. */
export async function saveTextFile(bridge: Bridge, suggestedName: string, text: string): Promise<SaveOutcome> {
  if (bridge.host === 'electron') {
    const r = await bridge.files.saveDialog({ suggestedName, text });
    if (!r.ok) return { saved: false, error: r.error.message };
    return r.value ? { saved: true, name: r.value.name } : { saved: false };
  }
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = suggestedName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { saved: true, name: suggestedName };
}

