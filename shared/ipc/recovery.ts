/**
 * The recovery channels (issue 4 §5 "autosave to a recovery store so that after a crash the next
 * start offers to restore"): the renderer writes a copy of each unsaved document to the data
 * folder while the user works, lists what a previous run left, takes a copy back, and discards
 * copies of documents that were saved or closed.
 */
import { z } from 'zod';
import type { ChannelSpec } from './contract';

/** A recovery copy's id: the page session and the document (letters, digits, - and _). */
const recoveryIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);

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
  /** The copies in the data folder, newest first. */
  'recovery:list': channel(z.object({}).strict(), z.object({ entries: z.array(recoveryEntrySchema) })),
  'recovery:take': channel(z.object({ id: recoveryIdSchema }).strict(), recoveryCopySchema),
  'recovery:discard': channel(z.object({ id: recoveryIdSchema }).strict(), z.object({ discarded: z.boolean() })),
};
