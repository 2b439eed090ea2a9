/**
 * The portal service the hosts expose over IPC: preview and send a document to a stored
 * environment, with the session cache and the history shared across calls, and cancellation
 * of a running send by its id.
 */
import { t } from '../../../shared/i18n/localized';
import { validateValue } from '../../../shared/index';
import type { Validator } from '../../../shared/portal/checkBeforeSend';
import type { Profile } from '../../../shared/validate/profileTypes';
import { SendRequestSchema, type SendPreview, type SendProgress, type SendRequestInput, type SendResult } from '../../../shared/portal/result';
import { zodIssueMessages } from '../../../shared/portal/zodMessages';
import { ServiceError } from '../errors';
import type { EnvironmentStore } from '../environments/store';
import type { HistoryStore } from '../history/store';
import type { FetchLike } from './http';
import { previewSend } from './preview';
import { sendDocument } from './send';
import { SessionCache } from './session';

export interface PortalServiceOptions {
  environments: EnvironmentStore;
  history?: HistoryStore;
  sessions?: SessionCache;
  validate?: Validator;
  /** Resolves the profile a request names (built-in or imported); throws when it does not exist. */
  profiles?: { resolve(id: string | undefined): Promise<Profile | undefined> };
  fetchImpl?: FetchLike;
  log?: (line: string) => void;
}

export interface RunOptions {
  /** Id the caller uses to cancel this send (`cancel(runId)`). */
  runId?: string;
  signal?: AbortSignal;
  onProgress?: (progress: SendProgress) => void;
}

function parseRequest(input: SendRequestInput) {
  const parsed = SendRequestSchema.safeParse(input);
  if (!parsed.success) {
    const m = zodIssueMessages(parsed.error, t('Yêu cầu gửi', 'Send request'));
    throw new ServiceError('portal.request-invalid', { vi: m.map((x) => x.vi).join('; '), en: m.map((x) => x.en).join('; ') });
  }
  return parsed.data;
}

/** Preview, send and cancel, over the stored environments, one session cache and the history. */
export class PortalService {
  readonly sessions: SessionCache;
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly options: PortalServiceOptions) {
    this.sessions = options.sessions ?? new SessionCache();
  }

  /**
   * The check before sending with the profile the request names (the one the user chose), so the
   * send path reports what the editor reports.
   */
  private async validatorFor(profileId: string | undefined): Promise<Validator | undefined> {
    if (profileId === undefined || !this.options.profiles) return this.options.validate;
    const profile = await this.options.profiles.resolve(profileId);
    const validate = this.options.validate ?? validateValue;
    return (value, options) => validate(value, { ...options, profile });
  }

  /** What would be sent, with validation and the guards that would stop it. */
  async preview(input: SendRequestInput): Promise<SendPreview> {
    const request = parseRequest(input);
    const { environment, password } = await this.options.environments.resolve(request.environmentId);
    return previewSend(environment, password, request, await this.validatorFor(request.profileId));
  }

  /** Sends; resolves with the result (faults and refusals are part of it, not exceptions). */
  async send(input: SendRequestInput, run: RunOptions = {}): Promise<SendResult> {
    const request = parseRequest(input);
    const { environment, password } = await this.options.environments.resolve(request.environmentId);
    const validate = await this.validatorFor(request.profileId);
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    run.signal?.addEventListener('abort', onAbort, { once: true });
    if (run.signal?.aborted) controller.abort();
    if (run.runId) this.running.set(run.runId, controller);
    try {
      return await sendDocument(
        { environment, password, request, signal: controller.signal, ...(run.onProgress ? { onProgress: run.onProgress } : {}) },
        {
          sessions: this.sessions,
          ...(this.options.history ? { history: this.options.history } : {}),
          ...(validate ? { validate } : {}),
          ...(this.options.fetchImpl ? { fetchImpl: this.options.fetchImpl } : {}),
          ...(this.options.log ? { log: this.options.log } : {}),
        },
      );
    } finally {
      run.signal?.removeEventListener('abort', onAbort);
      if (run.runId) this.running.delete(run.runId);
    }
  }

  /** Cancels a running send; false when no send with that id is running. */
  cancel(runId: string): boolean {
    const c = this.running.get(runId);
    if (!c) return false;
    c.abort();
    return true;
  }

  /** Forgets the cached session of an environment (after it was edited or deleted). */
  forgetSession(environmentId: string): void {
    this.sessions.invalidateId(environmentId);
  }
}
