/**
 * What a send returns, what it reports while running, and what a caller asks for: the shapes
 * the send service, the IPC contract, the CLI and the reply panel share. Pure data: a result
 * never holds a secret (requests are redacted, replies lose `session`).
 */
import { z } from 'zod';
import type { Localized } from '../i18n/localized';
import type { Severity } from '../issues/issue';
import type { PortalFault } from './faults';
import type { ReplyExplanation } from './reply';

/** The result of one request (one chunk of a batch, or the single request of a lookup). */
export interface ChunkResult {
  index: number;
  service: string;
  /** URL called, without user info. */
  url: string;
  isUpdating?: 'True' | 'False';
  /** Positions, in the document, of the records sent in this request. */
  recordIndexes: number[];
  maHoSo: string[];
  /** The request body as sent, with its secrets removed. */
  request: Record<string, unknown>;
  /**
   * `success`: error_code 0; `portal-error`: the portal answered with another code;
   * `fault`: no usable reply (see `fault`); `not-sent`: skipped after an earlier fault or a cancel.
   */
  status: 'success' | 'portal-error' | 'fault' | 'not-sent';
  httpStatus?: number;
  /** The reply body (without `session`). */
  reply?: Record<string, unknown>;
  explanation?: ReplyExplanation;
  fault?: PortalFault;
  /** ISO time the request left. */
  startedAt?: string;
  durationMs?: number;
  /** Times the app logged in again because the portal refused the session (at most 1). */
  relogins: number;
  /** Id of the history entry recorded for this request. */
  historyId?: string;
}

/** Why a send was refused before anything went out. */
export type RefusalCode =
  | 'plan' // the document cannot be sent as it is (see message)
  | 'invalid' // validation found errors
  | 'confirmation-required' // production without the confirmation from the UI's dialog
  | 'masked-to-production' // a masked document may never go to production (PEERS.md §3 item 7)
  | 'no-password' // the environment has no stored password
  | 'environment'; // the environment is unknown or incomplete

export interface SendRefusal {
  code: RefusalCode;
  message: Localized;
}

/** A validation issue as carried in a send result (the first ones only). */
export interface SendIssue {
  path: string;
  code: string;
  severity: Severity;
  message: Localized;
}

export interface IsUpdatingDecisionRecord {
  maHoSo: string;
  isUpdating?: 'True' | 'False';
  reason: Localized;
}

export interface SendResult {
  sendId: string;
  environment: { id: string; name: string; kind: 'test' | 'production'; colour: string };
  service?: string;
  startedAt: string;
  durationMs: number;
  /**
   * `success`: every request answered error_code 0; `portal-error`: at least one business
   * error and no fault; `fault`: a transport/protocol fault stopped the send; `cancelled`;
   * `refused`: nothing was sent (see `refusal`).
   */
  outcome: 'success' | 'portal-error' | 'fault' | 'cancelled' | 'refused';
  refusal?: SendRefusal;
  /** A fault before any chunk went out: the login, or a TraCuuHoSo lookup of `isUpdating: auto`. */
  fault?: PortalFault;
  chunks: ChunkResult[];
  recordCount: number;
  /** `isUpdating: auto`: what TraCuuHoSo decided for each MaHoSo. */
  decisions: IsUpdatingDecisionRecord[];
  /** Records not sent because auto could not decide (positions in the document). */
  undecided: number[];
  validation?: { valid: boolean; counts: Record<Severity, number>; issues: SendIssue[] };
  notices: Localized[];
}

/** "What would be sent": the exact bodies, before anything leaves. */
export interface SendPreview {
  environment: SendResult['environment'];
  service?: string;
  requests: {
    index: number;
    url: string;
    isUpdating?: 'True' | 'False' | 'auto';
    recordIndexes: number[];
    maHoSo: string[];
    /** The body as it will travel; `session` shows SESSION_PLACEHOLDER, an undecided isUpdating shows AUTO_PLACEHOLDER. */
    body: Record<string, unknown>;
  }[];
  recordCount: number;
  validation?: SendResult['validation'];
  notices: Localized[];
  /** What would stop the send as things stand (invalid packet, missing password…). */
  refusal?: SendRefusal;
  /** A production environment: the UI must show its confirmation dialog naming the target. */
  needsConfirmation: boolean;
}

/** Shown in previews in place of an `isUpdating` that TraCuuHoSo decides at send time. */
export const AUTO_PLACEHOLDER = '«tự động: quyết định bằng TraCuuHoSo khi gửi / auto: decided with TraCuuHoSo when sending»';

/** Progress of a running send. */
export interface SendProgress {
  phase: 'validate' | 'login' | 'lookup' | 'send' | 'done';
  /** Units done and total in this phase (lookups, or requests). */
  done: number;
  total: number;
  message: Localized;
}

/** The caller's `isUpdating` choice (the CLI's `--update auto|true|false`, the send dialog). */
export const IsUpdatingChoiceSchema = z.enum(['auto', 'True', 'False', 'document']);

/** What the UI asks the send service for (the IPC request of `portal:send` / `portal:preview`). */
export const SendRequestSchema = z.object({
  environmentId: z.string().min(1),
  /** The open document, parsed. */
  document: z.unknown(),
  /** For a bare array or single record: the service to send it with. */
  service: z.string().min(1).optional(),
  isUpdating: IsUpdatingChoiceSchema.default('document'),
  /** Overrides the environment's chunk size. */
  chunkSize: z.number().int().min(1).max(1000).optional(),
  /** For a production environment: `productionConfirmation(environment)` from the confirmation dialog. */
  confirmation: z.string().optional(),
  /** The document carries masked (anonymised) data. */
  documentMasked: z.boolean().default(false),
  /** Send even when validation finds errors (the user chose to, after seeing them). */
  allowInvalid: z.boolean().default(false),
  /** Only the records at these positions (the one-click retry of a chunk, or "send again as update"). */
  onlyRecords: z.array(z.number().int().min(0)).optional(),
  /** The validation profile the user chose (built-in or imported); the check before sending uses it. Default strict. */
  profileId: z.string().min(1).max(100).optional(),
});

export type SendRequest = z.infer<typeof SendRequestSchema>;
export type SendRequestInput = z.input<typeof SendRequestSchema>;

/** The token a production send requires; the confirmation dialog returns it after naming the target. */
export function productionConfirmation(environment: { id: string }): string {
  return `send-to-production:${environment.id}`;
}
