/**
 * Registers the bridge's handlers with ipcMain through one helper: every call is checked for its
 * sender (the app's own top frame, Electron security checklist #17), then goes through the shared
 * dispatcher (zod parsing of the request, errors as data).
 */
import type { IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { CHANNEL_NAMES } from '../../shared/ipc/channels';
import { fail, TRANSPORT_ERRORS, type IpcResult } from '../../shared/ipc/result';
import { dispatch, type HandlerContext, type Handlers } from '../services/ipc/dispatch';
import { isAppUrl } from './window';

/** The part of ipcMain the helper uses (a stand-in in tests). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/** Whether a frame is the app's own main frame. */
export function isTrustedFrame(frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined): boolean {
  return Boolean(frame) && frame!.parent === null && isAppUrl(frame!.url);
}

/** Registers one handler per contract channel; returns a function that removes them. */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  contextFor: (event: IpcMainInvokeEvent) => HandlerContext,
): () => void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event, request): Promise<IpcResult<unknown>> => {
      if (!isTrustedFrame(event.senderFrame)) {
        return fail(TRANSPORT_ERRORS.forbiddenSender, {
          vi: 'Từ chối: yêu cầu không đến từ cửa sổ của ứng dụng.',
          en: "Refused: the request does not come from the app's window.",
        });
      }
      return dispatch(channel, request, handlers, contextFor(event));
    });
  }
  return () => {
    for (const channel of CHANNEL_NAMES) ipcMain.removeHandler(channel);
  };
}
