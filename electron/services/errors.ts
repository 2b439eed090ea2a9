/**
 * A failure a service reports on purpose: a stable code and a message in both languages that
 * names what happened, where, and what to do. The dispatcher turns it into `{ ok: false }`.
 */
import type { Localized } from '../../shared/i18n/localized';

export class ServiceError extends Error {
  readonly code: string;
  readonly localized: Localized;
  readonly details?: Record<string, unknown>;

  constructor(code: string, message: Localized, details?: Record<string, unknown>) {
    super(message.en);
    this.name = 'ServiceError';
    this.code = code;
    this.localized = message;
    this.details = details;
  }
}

/** The Node error code of an unknown error (`ENOENT`, `EACCES`…), if any. */
export function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
