/**
 * The send dialog's decisions as pure functions: what can be sent from the open document, which
 * records a one-click retry or "send again as update" concerns, and the request each of those
 * makes. A retry or an update is always a new request the user clicked for: nothing here resends
 * on its own (issue 5 §5 "a create is never re-sent behind the user's back").
 */
import type { SendRequestInput, SendResult } from '../../../shared/portal/result';
import type { MessageKey } from '../../i18n/dictionary';
import type { EditorDocument } from '../editor/model/types';

/** The open document as the send dialog needs it, or why it cannot be sent. */
export type Sendable =
  | { ok: true; name: string; document: unknown; masked: boolean; dirty: boolean }
  | { ok: false; reason: MessageKey };

/** What of the active document can be sent. */
export function sendableOf(doc: EditorDocument | undefined): Sendable {
  if (!doc) return { ok: false, reason: 'send.cannot.noDocument' };
  if (doc.large) return { ok: false, reason: 'send.cannot.large' };
  const parse = doc.parse;
  if (parse.state === 'syntax') return { ok: false, reason: 'send.cannot.syntax' };
  if (parse.state !== 'ok') return { ok: false, reason: 'send.cannot.large' };
  if (parse.value === null || typeof parse.value !== 'object') return { ok: false, reason: 'send.cannot.notObject' };
  return { ok: true, name: doc.info.name, document: parse.value, masked: doc.masked, dirty: doc.dirty };
}

/** The options the user chose in the dialog (the rest of a send request). */
export type SendOptions = Omit<SendRequestInput, 'environmentId' | 'document' | 'documentMasked' | 'confirmation'>;

function unique(list: number[]): number[] {
  return [...new Set(list)].sort((a, b) => a - b);
}

/**
 * Records a "retry" concerns: those of the requests that failed on the way or were not sent
 * after a fault or a cancel. Empty when the fault came before any request (login, lookup): then
 * the whole send is retried as it was.
 */
export function retryRecordsOf(result: SendResult): number[] {
  return unique(result.chunks.filter((c) => c.status === 'fault' || c.status === 'not-sent').flatMap((c) => c.recordIndexes));
}

/** Records the portal said already exist ("-3" / "3"): "send again as update" sends exactly these. */
export function updateRecordsOf(result: SendResult): number[] {
  return unique(result.chunks.filter((c) => c.explanation?.suggestion === 'send-as-update').flatMap((c) => c.recordIndexes));
}

/** Whether the result offers a one-click retry (a transport fault or a cancel; never a business error). */
export function canRetry(result: SendResult): boolean {
  if (result.outcome !== 'fault' && result.outcome !== 'cancelled') return false;
  return result.fault !== undefined || retryRecordsOf(result).length > 0;
}

/** The options of a retry: the same send, limited to the records that did not go through. */
export function retryOptions(last: SendOptions, result: SendResult): SendOptions {
  const records = retryRecordsOf(result);
  // A fault before any request (login, lookup): nothing went out, retry the send as it was.
  if (records.length === 0) return { ...last };
  return { ...last, onlyRecords: records };
}

/** The options of "send again as update": the refused records, with isUpdating "True". */
export function updateOptions(last: SendOptions, records: number[]): SendOptions {
  return { ...last, isUpdating: 'True', onlyRecords: records };
}

/**
 * Whether a failed request may still have reached the portal (no reply, but the packet may have
 * been processed): `create` when it was a DongBoHoSoMC create (a resend as a create then gets
 * "-3"), `push` for another push (a resend may record it twice), undefined otherwise.
 */
export function mayHaveArrived(result: SendResult): 'create' | 'push' | undefined {
  const risky = result.chunks.filter((c) => c.status === 'fault' && c.fault?.mayHaveArrived === true);
  if (risky.some((c) => c.isUpdating === 'False')) return 'create';
  return risky.length > 0 ? 'push' : undefined;
}

/** A run id for `portal:send` (letters, digits, - and _). */
export function newRunId(): string {
  return `send-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
