/**
 * Messages between the validation service and its worker thread.
 */
import type { Localized } from '../../../shared/i18n/localized';
import type { KindId } from '../../../shared/spec/types';
import type { ValidationReport } from '../../../shared/validate/report';

/** What the worker is given (as `workerData`). */
export interface WorkerJob {
  source: { text: string } | { path: string; displayPath: string };
  kind?: KindId;
  packetId?: string;
  profileId?: string;
}

/** What the worker sends back. */
export type WorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; report: ValidationReport }
  | { type: 'error'; code: string; message: Localized };
