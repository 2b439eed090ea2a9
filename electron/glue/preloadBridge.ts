/**
 * What the preload exposes: the bridge object built from the contract's channel names over
 * `ipcRenderer.invoke` — never `ipcRenderer` itself. Listeners get the payload only, not the
 * IPC event (which would leak `sender`). Imports no zod, so the sandboxed preload stays small.
 */
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { buildBridge, type Bridge } from '../../shared/ipc/bridge';
import { fail, TRANSPORT_ERRORS } from '../../shared/ipc/result';

/** The part of ipcRenderer the bridge uses (a stand-in in tests). */
export type IpcRendererLike = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/** Builds the object the preload hands to `contextBridge.exposeInMainWorld`. */
export function createPreloadBridge(ipcRenderer: IpcRendererLike, getPathForFile?: (file: File) => string): Bridge {
  return buildBridge(
    'electron',
    async (channel, request) => {
      try {
        return await ipcRenderer.invoke(channel, request);
      } catch (error) {
        // invoke rejects only when no handler is registered or the payload cannot be cloned.
        return fail(TRANSPORT_ERRORS.internal, {
          vi: `Không gửi được yêu cầu "${channel}": ${String(error)}`,
          en: `Could not send the request "${channel}": ${String(error)}`,
        });
      }
    },
    (event, listener) => {
      const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(event, wrapped);
      return () => void ipcRenderer.removeListener(event, wrapped);
    },
    getPathForFile
      ? (file) => {
          try {
            return getPathForFile(file as File) || undefined;
          } catch {
            return undefined;
          }
        }
      : undefined,
  );
}
