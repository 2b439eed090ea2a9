/**
 * Messages between the renderer and its validation Web Worker.
 */
import type { Localized } from '../../../shared/i18n/localized';
import type { KindId } from '../../../shared/spec/types';
import type { ValidationReport } from '../../../shared/validate/report';

/** A job: the file's bytes (transferred, not copied) or text the user pasted. */
export interface WorkerRequest {
  source: { bytes: ArrayBuffer } | { text: string };
  kind?: KindId;
  profileId?: string;
}

export interface DecodedInfo {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  bom: boolean;
  lineEnding: 'lf' | 'crlf' | 'mixed' | 'none';
}

export type WorkerReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; text: string; decoded: DecodedInfo; report: ValidationReport }
  | { type: 'error'; code: string; message: Localized };
