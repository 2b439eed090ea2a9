/**
 * One stored send (one request and its reply) and the history's settings, as zod schemas:
 * history lines are untrusted on load (STYLE.md practice 6). A request is stored with its
 * secrets removed (shared/portal/redact.ts) and a reply without `session`.
 */
import { z } from 'zod';

const localized = z.object({ vi: z.string(), en: z.string() });

/** How a stored request ended. */
export const HISTORY_OUTCOMES = ['success', 'portal-error', 'fault', 'cancelled'] as const;
export type HistoryOutcome = (typeof HISTORY_OUTCOMES)[number];

/** One history line. */
export const HistoryEntrySchema = z.object({
  v: z.literal(1),
  id: z.string().min(1),
  /** Requests of one send (the chunks of a batch) share a sendId. */
  sendId: z.string().min(1),
  /** ISO time the request left. */
  time: z.iso.datetime({ offset: true }),
  durationMs: z.number().nonnegative(),
  environment: z.object({ id: z.string(), name: z.string(), kind: z.enum(['test', 'production']) }),
  url: z.string(),
  service: z.string(),
  isUpdating: z.enum(['True', 'False']).optional(),
  maHoSo: z.array(z.string()),
  outcome: z.enum(HISTORY_OUTCOMES),
  httpStatus: z.number().int().optional(),
  errorCode: z.string().optional(),
  message: z.string().optional(),
  fault: z.object({ kind: z.string(), message: localized }).optional(),
  request: z.record(z.string(), z.unknown()),
  reply: z.record(z.string(), z.unknown()).optional(),
  chunk: z.object({ index: z.number().int().min(0), count: z.number().int().min(1) }),
});

export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
/** What the send service records; the store adds `v` and `id`. */
export type NewHistoryEntry = Omit<HistoryEntry, 'v' | 'id'>;

/** Whether the history records, and its retention limits. */
export const HistorySettingsSchema = z.object({
  /** Off: nothing is recorded (existing entries stay until cleared). */
  enabled: z.boolean().default(true),
  /** Keep at most this many entries, newest first; 0 = no count limit. */
  maxEntries: z.number().int().min(0).max(1_000_000).default(1000),
  /** Drop entries older than this many days; 0 = no age limit. */
  maxAgeDays: z.number().int().min(0).max(36_500).default(90),
});

export type HistorySettings = z.infer<typeof HistorySettingsSchema>;

/** A search over the history; every criterion is optional and they combine with AND. */
export const HistoryQuerySchema = z.object({
  /** Part of a MaHoSo, case-insensitive. */
  maHoSo: z.string().optional(),
  service: z.string().optional(),
  environmentId: z.string().optional(),
  /** Inclusive bounds, ISO date or date-time. */
  from: z.string().optional(),
  to: z.string().optional(),
  outcome: z.union([z.enum(HISTORY_OUTCOMES), z.array(z.enum(HISTORY_OUTCOMES))]).optional(),
  /** Text anywhere in the portal's message or the error code. */
  text: z.string().optional(),
  limit: z.number().int().min(1).max(100_000).default(200),
  offset: z.number().int().min(0).default(0),
});

export type HistoryQuery = z.input<typeof HistoryQuerySchema>;
