/**
 * The send feature's channels (issue 5): `portal:*` (preview, send with progress events, cancel,
 * the in-process sandbox), `environments:*` (list, edit, choose, import/export without secrets,
 * where passwords are kept) and `history:*` (search, reopen, settings, export, clear). Spread
 * into the contract's channel table (contract.ts).
 */
import { z } from 'zod';
import { SendRequestSchema } from '../portal/result';
import type { ChannelSpec } from './contract';
import { localizedSchema } from './resultSchema';
import {
  environmentSummarySchema,
  historyEntrySchema,
  historyQuerySchema,
  historySettingsSchema,
  runIdSchema,
  sandboxStatusSchema,
  secretStorageSchema,
  sendPreviewSchema,
  sendResultSchema,
} from './send';

const empty = z.object({}).strict();
const idSchema = z.string().min(1).max(100);
/** A file's text going out for the user to save (an export). */
const exportSchema = z.object({ text: z.string(), suggestedName: z.string().min(1) });

const ch = <Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res): ChannelSpec<Req, Res> => ({ request, response });

/** What the renderer sees of the environments, with the one chosen in the app bar. */
const environmentListSchema = z.object({
  environments: z.array(environmentSummarySchema),
  currentId: z.string(),
  secretStorage: secretStorageSchema,
  /** Problems met loading the stored files (set aside, never overwritten), shown once. */
  notices: z.array(localizedSchema),
});

export const SEND_CHANNELS = {
  /** What would be sent: the exact bodies (session masked), validation, and what would stop it. */
  'portal:preview': ch(SendRequestSchema.strict(), sendPreviewSchema),
  /** Sends; progress arrives as `portal:progress` events with the same run id. Faults are part of the result. */
  'portal:send': ch(SendRequestSchema.extend({ runId: runIdSchema }).strict(), sendResultSchema),
  'portal:cancel': ch(z.object({ runId: runIdSchema }).strict(), z.object({ cancelled: z.boolean() })),
  'portal:sandboxStatus': ch(empty, sandboxStatusSchema),
  /** Starts the sandbox portal inside the host, on the port the Sandbox environment points at. */
  'portal:sandboxStart': ch(z.object({ faults: z.string().max(500).optional() }).strict(), sandboxStatusSchema),
  'portal:sandboxStop': ch(empty, sandboxStatusSchema),

  'environments:list': ch(empty, environmentListSchema),
  /**
   * Creates or replaces an environment (checked by the store with the environment schema, whose
   * messages name the field). `password`: a string stores it, `null` removes it, absent keeps it.
   */
  'environments:save': ch(
    z.object({ environment: z.record(z.string(), z.unknown()), password: z.string().max(1000).nullable().optional() }).strict(),
    z.object({ environment: environmentSummarySchema }),
  ),
  'environments:delete': ch(z.object({ id: idSchema }).strict(), environmentListSchema),
  'environments:select': ch(z.object({ id: idSchema }).strict(), z.object({ currentId: z.string() })),
  /** Environments as a file without any password (default: all but the built-in Sandbox). */
  'environments:export': ch(z.object({ ids: z.array(idSchema).optional() }).strict(), exportSchema),
  'environments:import': ch(
    z.object({ text: z.string().max(5_000_000), source: z.string().max(300).optional() }).strict(),
    z.object({ imported: z.array(environmentSummarySchema), skipped: z.array(localizedSchema), notices: z.array(localizedSchema) }),
  ),
  'environments:secretStorage': ch(empty, secretStorageSchema),
  /** Web host: keep passwords in a file encrypted with this passphrase (opened, or created). */
  'environments:useSecretFile': ch(z.object({ passphrase: z.string().min(1).max(1000) }).strict(), secretStorageSchema),
  'environments:useMemorySecrets': ch(empty, secretStorageSchema),

  'history:search': ch(historyQuerySchema, z.object({ entries: z.array(historyEntrySchema), total: z.number().int().min(0), notices: z.array(localizedSchema) })),
  'history:get': ch(z.object({ id: idSchema }).strict(), historyEntrySchema),
  /** An entry's request (secrets removed) or reply, as the text of a new document. */
  'history:reopen': ch(z.object({ id: idSchema, part: z.enum(['request', 'reply']) }).strict(), exportSchema),
  'history:settings': ch(empty, historySettingsSchema),
  'history:configure': ch(z.object({ patch: historySettingsSchema.partial().strict() }).strict(), historySettingsSchema),
  /** The entries matching a search as one file, personal data masked unless `masked` is false. */
  'history:export': ch(
    z.object({ query: historyQuerySchema.optional(), masked: z.boolean().default(true) }).strict(),
    exportSchema.extend({ count: z.number().int().min(0) }),
  ),
  'history:clear': ch(empty, z.object({ cleared: z.literal(true) })),
} satisfies Record<string, ChannelSpec>;
