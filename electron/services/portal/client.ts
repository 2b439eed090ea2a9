/**
 * The portal client of one environment: login (dossier.md §1.4), the session in the body, the
 * `dstcode` header on every call (§1.3), and one renewal of the session when the portal refuses
 * it. Only in that case is the *same* request sent a second time: a refused session means the
 * portal did not process it. Any other failure after the request left is reported, never retried
 * here, so a create is never re-sent behind the user's back.
 */
import type { Environment } from '../../../shared/portal/environment';
import { displayUrl, endpointUrl } from '../../../shared/portal/environment';
import { isSessionRefusedMessage } from '../../../shared/portal/errorCodes';
import { makeFault, PortalFaultError, type PortalFault } from '../../../shared/portal/faults';
import { withSession } from '../../../shared/portal/plan';
import { readReplyText, type PortalReply } from '../../../shared/portal/reply';
import type { Endpoint } from '../../../shared/portal/services';
import { postJson, type FetchLike } from './http';
import type { SessionCache } from './session';

export interface PortalClientOptions {
  environment: Environment;
  password: string;
  sessions: SessionCache;
  fetchImpl?: FetchLike;
  /** One line per exchange, without secrets (for a log file or the CLI's --verbose). */
  log?: (line: string) => void;
}

export interface CallResult {
  url: string;
  httpStatus: number;
  reply: PortalReply;
  startedAt: string;
  durationMs: number;
  /** 1 when the session was refused and the request was sent again after a new login. */
  relogins: number;
}

export interface CallOptions {
  signal?: AbortSignal;
  phase?: PortalFault['phase'];
}

/** Talks to one environment's adapter: login, session reuse, one renewal on refusal. */
export class PortalClient {
  private readonly env: Environment;
  constructor(private readonly options: PortalClientOptions) {
    this.env = options.environment;
  }

  private headers(): Record<string, string> {
    return { dstcode: this.env.dstcode };
  }

  private secrets(session?: string): string[] {
    return [this.options.password, ...(session ? [session] : [])];
  }

  /** Logs in and caches the session; throws `PortalFaultError` (`login-refused` or a transport fault). */
  async login(signal?: AbortSignal): Promise<string> {
    const url = endpointUrl(this.env, 'login');
    const exchange = await postJson({
      url,
      body: { username: this.env.username, password: this.options.password },
      headers: this.headers(),
      timeoutMs: this.env.timeouts.loginMs,
      phase: 'login',
      secrets: this.secrets(),
      ...(signal ? { signal } : {}),
      ...(this.options.fetchImpl ? { fetchImpl: this.options.fetchImpl } : {}),
    });
    const read = readReplyText(exchange.text);
    if (!read.ok) throw new PortalFaultError(makeFault(read.kind, { url: displayUrl(url), httpStatus: exchange.status, detail: read.detail, phase: 'login' }));
    // readReplyText drops the session from the reply; take it from the raw body.
    const raw = JSON.parse(exchange.text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
    const session = typeof raw.session === 'string' ? raw.session : '';
    this.options.log?.(`POST ${displayUrl(url)} (login) → HTTP ${exchange.status}, error_code ${read.reply.errorCode}, ${exchange.durationMs} ms`);
    if (read.reply.errorCode !== '0' || session === '') {
      const why = read.reply.message || (session === '' ? 'no session in the reply' : `error_code ${read.reply.errorCode}`);
      throw new PortalFaultError(makeFault('login-refused', { url: displayUrl(url), httpStatus: exchange.status, detail: `${why} (error_code ${read.reply.errorCode})`, phase: 'login' }));
    }
    this.options.sessions.set(this.env, session);
    return session;
  }

  /** The cached session, or a new one. */
  async session(signal?: AbortSignal): Promise<string> {
    return this.options.sessions.get(this.env) ?? (await this.login(signal));
  }

  /**
   * Sends one body (without `session`) to an endpoint and reads the portal's reply. A refused
   * session (by message, or HTTP 401) leads to one new login and one resend of the same body.
   */
  async call(body: Record<string, unknown>, endpoint: Endpoint, options: CallOptions = {}): Promise<CallResult> {
    const phase = options.phase ?? 'send';
    const url = endpointUrl(this.env, endpoint);
    let relogins = 0;
    for (;;) {
      const session = await this.session(options.signal);
      let exchange;
      try {
        exchange = await postJson({
          url,
          body: withSession(body, session),
          headers: this.headers(),
          timeoutMs: this.env.timeouts.requestMs,
          phase,
          secrets: this.secrets(session),
          ...(options.signal ? { signal: options.signal } : {}),
          ...(this.options.fetchImpl ? { fetchImpl: this.options.fetchImpl } : {}),
        });
      } catch (error) {
        // HTTP 401: the gateway refused the session before the portal saw the packet.
        if (error instanceof PortalFaultError && error.fault.httpStatus === 401) {
          if (relogins === 0) {
            this.options.sessions.invalidate(this.env);
            relogins++;
            continue;
          }
          throw new PortalFaultError(makeFault('session-refused', { url: displayUrl(url), httpStatus: 401, phase, ...(error.fault.detail ? { detail: error.fault.detail } : {}) }));
        }
        throw error;
      }
      const read = readReplyText(exchange.text);
      if (!read.ok) throw new PortalFaultError(makeFault(read.kind, { url: displayUrl(url), httpStatus: exchange.status, detail: read.detail, phase }));
      this.options.log?.(`POST ${displayUrl(url)} (${String(body.service ?? '?')}) → HTTP ${exchange.status}, error_code ${read.reply.errorCode}, ${exchange.durationMs} ms`);
      if (read.reply.errorCode !== '0' && isSessionRefusedMessage(read.reply.message)) {
        this.options.sessions.invalidate(this.env);
        if (relogins === 0) {
          relogins++;
          continue;
        }
        throw new PortalFaultError(makeFault('session-refused', { url: displayUrl(url), httpStatus: exchange.status, detail: `error_code ${read.reply.errorCode}: ${read.reply.message}`, phase }));
      }
      return { url: displayUrl(url), httpStatus: exchange.status, reply: read.reply, startedAt: exchange.startedAt, durationMs: exchange.durationMs, relogins };
    }
  }
}
