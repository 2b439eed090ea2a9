/**
 * Results that cross the bridge (STYLE.md practice 3, MODEL-CODEBASES "errors as data"):
 * `{ ok: true, value }` or `{ ok: false, error: { code, message } }` with a message in both
 * languages. Nothing is thrown across the boundary. No zod here: the preload imports this file.
 */
import type { Localized } from '../i18n/localized';

/** The error half of a result. `details` carries machine-readable context (a path, zod issues). */
export interface IpcError {
  code: string;
  message: Localized;
  details?: Record<string, unknown>;
}

/** The result of every bridge call. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/**
 * Error codes produced by the transport itself. Handlers add their own (`files.decode`,
 * `files.not-allowed`, `documents.cancelled`…).
 */
export const TRANSPORT_ERRORS = {
  unknownChannel: 'ipc.unknown-channel',
  badRequest: 'ipc.bad-request',
  badResponse: 'ipc.bad-response',
  forbiddenSender: 'ipc.forbidden-sender',
  internal: 'ipc.internal',
  network: 'ipc.network',
  unsupported: 'host.unsupported',
} as const;

/** A successful result. */
export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

/** A failed result. */
export function fail<T = never>(code: string, message: Localized, details?: Record<string, unknown>): IpcResult<T> {
  return details ? { ok: false, error: { code, message, details } } : { ok: false, error: { code, message } };
}
