/**
 * The recovery channels (issue 4 §5 "autosave to a recovery store so that after a crash the next
 * start offers to restore"): the renderer writes a copy of each unsaved document to the data
 * folder while the user works, lists what a previous run left, takes a copy back, and discards
 * copies of documents that were saved or closed.
 *
 * Every page (an Electron window, each browser tab of a web host) is a session with its own id;
 * a copy's id starts with its page's session. A page that lists copies says which session it is,
 * which also renews that session's lease; the list leaves out the copies of every page still
 * alive (its own included), so a second tab never offers the first tab's unsaved work. A page
 * leaving gives its lease up; a page that crashed stops renewing it, and its copies are offered
 * once the lease runs out (at once when its whole host process is gone).
 */
import { z } from 'zod';
import type { ChannelSpec } from './contract';

/** A recovery copy's id: the page session and the document (letters, digits, - and _). */
const recoveryIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);

/** A page session's id (letters, digits and _; no '-', which ends it inside a copy's id). */
const sessionSchema = z.string().regex(/^[A-Za-z0-9_]{1,40}$/);

/** The id of the copy of document `docId` of page `session`. */
export function recoveryCopyId(session: string, docId: string): string {
  return `${session}-${docId}`;
}

/** The page session a copy belongs to (its id up to the first '-'). */
export function sessionOfCopy(id: string): string {
  const dash = id.indexOf('-');
  return dash < 0 ? id : id.slice(0, dash);
}

/** What a recovery copy says about its document (without the texts). */
export const recoveryEntrySchema = z.object({
  id: recoveryIdSchema,
  name: z.string().min(1).max(1000),
  path: z.string().max(4096).optional(),
  origin: z.enum(['host', 'browser', 'paste', 'template', 'recovery']),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be']),
  bom: z.boolean(),
  lineEnding: z.enum(['lf', 'crlf', 'mixed', 'none']),
  /** When the copy was written (ISO 8601). */
  updatedAt: z.string(),
  /** UTF-16 length of the unsaved text. */
  length: z.number().int().min(0),
});
export type RecoveryEntry = z.infer<typeof recoveryEntrySchema>;

/** A whole recovery copy: the unsaved text and the text last saved (for the dirty mark and compare). */
export const recoveryCopySchema = recoveryEntrySchema.extend({ text: z.string(), savedText: z.string() });
export type RecoveryCopy = z.infer<typeof recoveryCopySchema>;

function channel<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res): ChannelSpec<Req, Res> {
  return { request, response };
}

/** The channels, spread into the contract (contract.ts). */
export const RECOVERY_CHANNELS = {
  /** Writes (or replaces) the copy of one document, atomically. */
  'recovery:save': channel(recoveryCopySchema.omit({ updatedAt: true, length: true }).strict(), z.object({ updatedAt: z.string() })),
  /**
   * The copies in the data folder, newest first: with `session`, only those of pages no longer
   * alive (never that page's own), and that page's lease is renewed.
   */
  'recovery:list': channel(z.object({ session: sessionSchema.optional() }).strict(), z.object({ entries: z.array(recoveryEntrySchema) })),
  /** A page leaves (closed, reloaded): its session is no longer alive, so its copies are offered at once. */
  'recovery:leave': channel(z.object({ session: sessionSchema }).strict(), z.object({ left: z.boolean() })),
  'recovery:take': channel(z.object({ id: recoveryIdSchema }).strict(), recoveryCopySchema),
  'recovery:discard': channel(z.object({ id: recoveryIdSchema }).strict(), z.object({ discarded: z.boolean() })),
};
