/**
 * zod schemas of what the send feature's channels carry (`portal:*`, `environments:*`,
 * `history:*`): environments, previews, results with one reply or fault per chunk, history
 * entries. Typed against the portal core's own interfaces (shared/portal/result.ts), so a change
 * there that is not mirrored here fails to compile. Nothing here ever holds a secret: passwords
 * only travel towards the host (`environments:save`), sessions never leave it.
 */
import { z } from 'zod';
import { EnvironmentSchema, type EnvironmentSummary } from '../portal/environment';
import { FAULT_KINDS, type PortalFault } from '../portal/faults';
import type { ReplyExplanation } from '../portal/reply';
import type { ChunkResult, SendPreview, SendProgress, SendResult } from '../portal/result';
import { localizedSchema } from './resultSchema';

const body = z.record(z.string(), z.unknown());
const trueFalse = z.enum(['True', 'False']);
const severityCounts = z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() });

/** An environment as the renderer lists it: never the password, only whether one is stored. */
export const environmentSummarySchema: z.ZodType<EnvironmentSummary> = EnvironmentSchema.extend({ hasPassword: z.boolean() });

/** What the environment editor sends: the schema's input, the id absent for a new environment. */
export const environmentInputSchema = EnvironmentSchema.omit({ id: true, builtIn: true }).extend({ id: EnvironmentSchema.shape.id.optional() });

const environmentRefSchema = z.object({ id: z.string(), name: z.string(), kind: z.enum(['test', 'production']), colour: z.string() });

const faultSchema: z.ZodType<PortalFault> = z.object({
  kind: z.enum(FAULT_KINDS),
  title: localizedSchema,
  message: localizedSchema,
  action: localizedSchema,
  mayHaveArrived: z.boolean(),
  retryable: z.boolean(),
  httpStatus: z.number().int().optional(),
  detail: z.string().optional(),
  url: z.string().optional(),
  phase: z.enum(['login', 'lookup', 'send']),
});

const explanationSchema: z.ZodType<ReplyExplanation> = z.object({
  status: z.enum(['success', 'already-exists', 'error', 'unknown-error', 'malformed']),
  code: z.string().optional(),
  portalMessage: z.string().optional(),
  known: z.boolean(),
  sandboxCode: z.boolean().optional(),
  title: localizedSchema,
  explanation: localizedSchema,
  action: localizedSchema,
  suggestion: z.enum(['send-as-update', 'fix-and-resend', 'retry', 'check-environment', 'none']),
});

const chunkSchema: z.ZodType<ChunkResult> = z.object({
  index: z.number().int().min(0),
  service: z.string(),
  url: z.string(),
  isUpdating: trueFalse.optional(),
  recordIndexes: z.array(z.number().int().min(0)),
  maHoSo: z.array(z.string()),
  request: body,
  status: z.enum(['success', 'portal-error', 'fault', 'not-sent']),
  httpStatus: z.number().int().optional(),
  reply: body.optional(),
  explanation: explanationSchema.optional(),
  fault: faultSchema.optional(),
  startedAt: z.string().optional(),
  durationMs: z.number().min(0).optional(),
  relogins: z.number().int().min(0),
  historyId: z.string().optional(),
});

const validationSummarySchema = z.object({
  valid: z.boolean(),
  counts: severityCounts,
  issues: z.array(z.object({ path: z.string(), code: z.string(), severity: z.enum(['error', 'warning', 'info']), message: localizedSchema })),
});

const refusalSchema = z.object({
  code: z.enum(['plan', 'invalid', 'confirmation-required', 'masked-to-production', 'no-password', 'environment']),
  message: localizedSchema,
});

/** `portal:preview`: the exact bodies that would travel, validation, and what would stop the send. */
export const sendPreviewSchema: z.ZodType<SendPreview> = z.object({
  environment: environmentRefSchema,
  service: z.string().optional(),
  requests: z.array(
    z.object({
      index: z.number().int().min(0),
      url: z.string(),
      isUpdating: z.enum(['True', 'False', 'auto']).optional(),
      recordIndexes: z.array(z.number().int().min(0)),
      maHoSo: z.array(z.string()),
      body,
    }),
  ),
  recordCount: z.number().int().min(0),
  validation: validationSummarySchema.optional(),
  notices: z.array(localizedSchema),
  refusal: refusalSchema.optional(),
  needsConfirmation: z.boolean(),
});

/** `portal:send`: the whole result, one entry per request (chunk). */
export const sendResultSchema: z.ZodType<SendResult> = z.object({
  sendId: z.string(),
  environment: environmentRefSchema,
  service: z.string().optional(),
  startedAt: z.string(),
  durationMs: z.number().min(0),
  outcome: z.enum(['success', 'portal-error', 'fault', 'cancelled', 'refused']),
  refusal: refusalSchema.optional(),
  fault: faultSchema.optional(),
  chunks: z.array(chunkSchema),
  recordCount: z.number().int().min(0),
  decisions: z.array(z.object({ maHoSo: z.string(), isUpdating: trueFalse.optional(), reason: localizedSchema })),
  undecided: z.array(z.number().int().min(0)),
  validation: validationSummarySchema.optional(),
  notices: z.array(localizedSchema),
});

/** The payload of `portal:progress`. */
export const sendProgressSchema: z.ZodType<SendProgress> = z.object({
  phase: z.enum(['validate', 'login', 'lookup', 'send', 'done']),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  message: localizedSchema,
});

/** A run id chosen by the renderer, so it can cancel the send and match its progress events. */
export const runIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** Where the environments' passwords are kept in this host, said on screen (issue 5 §1). */
export const secretStorageSchema = z.object({
  /**
   * `os`: the operating system's key store (Electron safeStorage); `memory`: this run only (the web
   * host's default); `passphrase-file`: a file encrypted with the user's passphrase (web host, on request).
   */
  mode: z.enum(['os', 'memory', 'passphrase-file']),
  /** A passphrase file can be used in this host (the web host). */
  canUsePassphraseFile: z.boolean(),
  /** The passphrase file's path, when the host offers one. */
  file: z.string().optional(),
  /** The file exists on disk (from an earlier run) but is not open yet: its passwords are not available. */
  fileLocked: z.boolean(),
});
export type SecretStorage = z.infer<typeof secretStorageSchema>;

/** The in-process sandbox portal the host can start on demand ("Start the sandbox portal"). */
export const sandboxStatusSchema = z.object({
  running: z.boolean(),
  url: z.string().optional(),
  port: z.number().int().optional(),
  /** Where it keeps what it received (survives a restart). */
  dataDir: z.string(),
  username: z.string(),
  /** Active fault injection, as described by the sandbox (`none` when off). */
  faults: z.string().optional(),
  /** The command that starts the same sandbox outside the app. */
  command: z.string(),
});
export type SandboxStatus = z.infer<typeof sandboxStatusSchema>;

const outcomeSchema = z.enum(['success', 'portal-error', 'fault', 'cancelled']);

/** One history entry as stored (request without secrets, reply without session). */
export const historyEntrySchema = z.object({
  v: z.literal(1),
  id: z.string(),
  sendId: z.string(),
  time: z.string(),
  durationMs: z.number().min(0),
  environment: z.object({ id: z.string(), name: z.string(), kind: z.enum(['test', 'production']) }),
  url: z.string(),
  service: z.string(),
  isUpdating: trueFalse.optional(),
  maHoSo: z.array(z.string()),
  outcome: outcomeSchema,
  httpStatus: z.number().int().optional(),
  errorCode: z.string().optional(),
  message: z.string().optional(),
  fault: z.object({ kind: z.string(), message: localizedSchema }).optional(),
  request: body,
  reply: body.optional(),
  chunk: z.object({ index: z.number().int().min(0), count: z.number().int().min(1) }),
});
export type HistoryEntryView = z.infer<typeof historyEntrySchema>;

/** A history search; every criterion optional, combined with AND (electron/services/history/entry.ts). */
export const historyQuerySchema = z
  .object({
    maHoSo: z.string().max(200).optional(),
    service: z.string().max(100).optional(),
    environmentId: z.string().max(100).optional(),
    /** yyyy-MM-dd (a whole day in Vietnam time) or an ISO date-time. */
    from: z.string().max(40).optional(),
    to: z.string().max(40).optional(),
    outcome: outcomeSchema.optional(),
    text: z.string().max(200).optional(),
    limit: z.number().int().min(1).max(1000).default(200),
    offset: z.number().int().min(0).default(0),
  })
  .strict();

/** History settings: on/off and the retention limits. */
export const historySettingsSchema = z.object({
  enabled: z.boolean(),
  maxEntries: z.number().int().min(0).max(1_000_000),
  maxAgeDays: z.number().int().min(0).max(36_500),
});
