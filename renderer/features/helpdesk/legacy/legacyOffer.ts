/**
 * The hand-off from the document opener to the legacy-encoding confirmation (issue 6 §5): when a
 * file is not UTF-8 and looks like a legacy Vietnamese encoding, the opener offers it here instead
 * of only reporting the failure; the helpdesk layer shows the dialog (encoding named, decoded
 * preview) and opens the converted text only after the user confirms. Nothing is converted
 * silently: with no dialog mounted, the offer is refused and the opener reports the error as before.
 */
import { decodeBytes } from '../../../../shared/index';

/** A file that failed to decode as UTF-8. */
export type LegacyCandidate = { kind: 'host'; path: string; name: string } | { kind: 'browser'; name: string; bytes: Uint8Array };

type Handler = (candidate: LegacyCandidate) => void;

let handler: Handler | undefined;

/** Installs the dialog's handler; returns the function that removes it. */
export function setLegacyHandler(h: Handler): () => void {
  handler = h;
  return () => {
    if (handler === h) handler = undefined;
  };
}

/**
 * Offers a file that could not be decoded: true when the confirmation dialog took it (the opener
 * then says nothing more), false when the failure is of another kind (binary, UTF-16 damage…) or
 * no dialog is there. `decodeCode` is the host's `details.decodeCode` for a host file.
 */
export function offerLegacyConversion(candidate: LegacyCandidate, decodeCode?: unknown): boolean {
  if (!handler) return false;
  if (candidate.kind === 'host' && decodeCode !== 'decode.not-utf8') return false;
  if (candidate.kind === 'browser' && decodeBytes(candidate.bytes).error?.code !== 'decode.not-utf8') return false;
  handler(candidate);
  return true;
}
