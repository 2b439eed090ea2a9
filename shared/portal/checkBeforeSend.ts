/**
 * Validation before sending (PEERS.md §2.1: "validation before send, always"): the document is
 * checked with the core as it will travel, i.e. with the `session`, `madonvi` and `isUpdating`
 * the app fills in, so the user is not told that a field the app supplies is missing. Issue
 * paths stay those of the document the user has open.
 */
import type { Localized } from '../i18n/localized';
import { validateValue } from '../index';
import { packetsForService } from '../spec/registry';
import type { ValidateOptions, ValidationReport } from '../validate/report';
import type { SendIssue, SendResult } from './result';
import { takesIsUpdating, type IsUpdatingChoice } from './services';

/** The core's validateValue, injectable for tests. */
export type Validator = (value: unknown, options?: ValidateOptions) => ValidationReport;

export interface CheckOptions {
  service?: string;
  madonvi: string;
  isUpdating: IsUpdatingChoice;
  /** At most this many issues are carried in the result (default 50). */
  maxIssues?: number;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** The document with the fields the app fills in set as they will be sent (a copy; the input is untouched). */
export function asSent(doc: unknown, options: CheckOptions): unknown {
  if (!isObject(doc) || !('service' in doc || 'data' in doc || 'madonvi' in doc)) return doc;
  const out: Record<string, unknown> = { ...doc, session: 'session' };
  if (options.madonvi.trim()) out.madonvi = options.madonvi.trim();
  const service = typeof doc.service === 'string' ? doc.service : options.service;
  if (service && takesIsUpdating(service)) {
    if (options.isUpdating === 'True' || options.isUpdating === 'False') out.isUpdating = options.isUpdating;
    // auto: decided later by TraCuuHoSo; any well-formed value stands in for the check.
    else if (out.isUpdating === undefined || (options.isUpdating === 'auto' && !/^(True|False)$/.test(String(out.isUpdating)))) out.isUpdating = 'False';
  }
  return out;
}

/** The packet id to validate against for a service: its request or push packet, not its response. */
export function packetIdForService(service: string | undefined): string | undefined {
  if (!service) return undefined;
  return packetsForService(service).find((p) => p.role !== 'response')?.id;
}

export interface CheckResult {
  summary: NonNullable<SendResult['validation']>;
  report: ValidationReport;
}

/** Validates the document as it will be sent; never throws on bad input. */
export function checkBeforeSend(document: unknown, options: CheckOptions, validate: Validator = validateValue): CheckResult {
  const packetId = packetIdForService(options.service);
  const report = validate(asSent(document, options), packetId ? { packetId } : {});
  const issues: SendIssue[] = report.issues.slice(0, options.maxIssues ?? 50).map((i) => ({ path: i.path, code: i.code, severity: i.severity, message: i.message }));
  return { report, summary: { valid: report.valid, counts: report.counts, issues } };
}

/** A one-line summary of the first errors, for a refusal message. */
export function firstErrors(summary: NonNullable<SendResult['validation']>, n = 3): Localized {
  const errors = summary.issues.filter((i) => i.severity === 'error').slice(0, n);
  return {
    vi: errors.map((e) => `${e.path || '(toàn bộ)'}: ${e.message.vi}`).join('; '),
    en: errors.map((e) => `${e.path || '(whole document)'}: ${e.message.en}`).join('; '),
  };
}
