/**
 * Messages between the validation service and its worker thread.
 */
import type { Localized } from '../../../shared/i18n/localized';
import type { KindId } from '../../../shared/spec/types';
import type { ValidationReport } from '../../../shared/validate/report';
import type { ProfileRef } from '../../../shared/validate/profileRef';

/** What the worker is given (as `workerData`). */
export interface WorkerJob {
  source: { text: string } | { path: string; displayPath: string };
  kind?: KindId;
  packetId?: string;
  /** A built-in profile by id (when `profile` is absent). */
  profileId?: string;
  /** The profile to validate with: a built-in by id, a user profile with its definition (wins over `profileId`). */
  profile?: ProfileRef;
  /**
   * Several texts validated one after another in this one worker (batch triage): a worker's start
   * and the compilation of the validators are paid once, not once per file. `source` is unused then.
   */
  items?: string[];
}

/** What the worker sends back. */
export type WorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; report: ValidationReport }
  | { type: 'error'; code: string; message: Localized }
  /** One of `items` is validated (batch jobs). */
  | { type: 'item'; index: number; report: ValidationReport }
  /** Every one of `items` is validated (batch jobs). */
  | { type: 'items-done' };
