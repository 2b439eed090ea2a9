/**
 * What the editor store is given: its dependencies (validator, clock, timers, replaceable in
 * tests), a large document's worker handle, what opening a document takes, and the validation
 * debounce.
 */
import type { KindId } from '../../../../shared/spec/types';
import type { DocumentForm, ValidationReport } from '../../../../shared/validate/report';
import type { DocumentFileInfo, LargeDocumentAccess } from './types';

/** What the store needs from the outside (workers, clocks), replaceable in tests. */
export interface StoreDeps {
  /** Validates a small document's text (the background worker). */
  validate(text: string, profileId: string): Promise<ValidationReport>;
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

/** A large document's worker, as the store drives it. */
export interface LargeHandle extends LargeDocumentAccess {
  revalidate(profileId: string, onProgress: (fraction: number) => void): Promise<ValidationReport>;
  dispose(): void;
}

export interface OpenInput {
  info: DocumentFileInfo;
  text: string;
  /** The text counted as saved (defaults to `text`; a restored document is dirty). */
  savedText?: string;
  report?: ValidationReport;
  large?: LargeHandle;
  /**
   * What the worker detected before validating (large documents): the packet, kind and form the
   * views use until the report arrives. The report will agree, so the form's fields are built once
   * with the packet's spec instead of being rebuilt when 100,000 records' issues arrive.
   */
  detected?: { packetId?: string; kind?: KindId; form: DocumentForm };
  /** The report is still being computed (large documents show their records first). */
  validating?: boolean;
  /** Cancels the opening while the first report is computed. */
  opening?: { cancel(): void };
}

/** Debounce of validation as you type: longer for longer texts (validation cost grows with size). */
export function validationDelay(length: number): number {
  return length < 200_000 ? 300 : length < 2_000_000 ? 700 : 1500;
}
