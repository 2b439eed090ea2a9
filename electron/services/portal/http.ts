/**
 * One HTTP POST to the adapter with a JSON body, a deadline and cancellation, over Node's
 * built-in fetch. Transport failures come back classified (shared/portal/faults.ts); the body
 * of a 2xx reply is returned as text for the caller to read as a portal reply.
 */
import { makeFault, PortalFaultError, type FaultKind, type PortalFault } from '../../../shared/portal/faults';
import { excerpt } from '../../../shared/portal/reply';
import { scrubSecrets } from '../../../shared/portal/scrub';
import { displayUrl } from '../../../shared/portal/environment';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface PostOptions {
  url: string;
  body: unknown;
  /** Extra headers (`dstcode`). */
  headers: Record<string, string>;
  /** Deadline of the whole exchange: connect, send, wait, read. */
  timeoutMs: number;
  signal?: AbortSignal;
  phase: PortalFault['phase'];
  fetchImpl?: FetchLike;
  /** Secret values to keep out of fault details. */
  secrets?: readonly string[];
}

export interface HttpExchange {
  status: number;
  text: string;
  startedAt: string;
  durationMs: number;
}

/** Network error codes → fault kinds. Node's fetch wraps the socket error in `cause` (sometimes an AggregateError). */
const CODE_KINDS: [RegExp, FaultKind][] = [
  [/^ECONNREFUSED$/, 'refused'],
  [/^(ENOTFOUND|EAI_AGAIN|EAI_FAIL|EAI_NONAME|EAI_NODATA)$/, 'dns'],
  [/^(ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT)$/, 'timeout'],
  [/^(ERR_TLS_.*|ERR_SSL_.*|CERT_.*|UNABLE_TO_.*|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|HOSTNAME_MISMATCH|EPROTO|ERR_OSSL_.*)$/, 'tls'],
  [/^(ECONNRESET|EPIPE|ECONNABORTED|UND_ERR_SOCKET|UND_ERR_CLOSED|UND_ERR_ABORTED)$/, 'connection-lost'],
];

function errorCodes(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== 'object' || depth > 5) return [];
  const e = error as { code?: unknown; cause?: unknown; errors?: unknown };
  const out: string[] = [];
  if (typeof e.code === 'string') out.push(e.code);
  out.push(...errorCodes(e.cause, depth + 1));
  if (Array.isArray(e.errors)) for (const x of e.errors) out.push(...errorCodes(x, depth + 1));
  return out;
}

function errorMessages(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== 'object' || depth > 5) return [];
  const e = error as { message?: unknown; cause?: unknown };
  return [typeof e.message === 'string' ? e.message : '', ...errorMessages(e.cause, depth + 1)].filter(Boolean);
}

/** Classifies a thrown network error (not a timeout or cancel, which the caller knows itself). */
export function classifyNetworkError(error: unknown): { kind: FaultKind; detail: string } {
  const codes = errorCodes(error);
  const messages = errorMessages(error);
  for (const code of codes) {
    for (const [re, kind] of CODE_KINDS) if (re.test(code)) return { kind, detail: code };
  }
  const text = messages.join(' | ');
  if (/certificate|ssl|tls/i.test(text)) return { kind: 'tls', detail: excerpt(text) };
  if (/other side closed|socket hang up|terminated/i.test(text)) return { kind: 'connection-lost', detail: excerpt(text) };
  return { kind: 'network', detail: excerpt(codes[0] ?? text) };
}

/**
 * POSTs `body` as UTF-8 JSON with `Content-Type: application/json` (dossier.md §1.3).
 * Resolves with the status and text for 2xx; throws `PortalFaultError` for everything else.
 */
export async function postJson(options: PostOptions): Promise<HttpExchange> {
  const url = displayUrl(options.url);
  const fetchImpl: FetchLike = options.fetchImpl ?? ((input, init) => fetch(input, init));
  const controller = new AbortController();
  let why: 'timeout' | 'cancelled' | undefined;
  const fault = (kind: FaultKind, extra: { httpStatus?: number; detail?: string; requestStarted?: boolean } = {}) =>
    new PortalFaultError(
      makeFault(kind, {
        url,
        phase: options.phase,
        timeoutMs: options.timeoutMs,
        ...extra,
        ...(extra.detail !== undefined ? { detail: scrubSecrets(extra.detail, options.secrets ?? []) } : {}),
      }),
    );
  if (options.signal?.aborted) throw fault('cancelled', { requestStarted: false });
  const onAbort = () => {
    why ??= 'cancelled';
    controller.abort();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    why ??= 'timeout';
    controller.abort();
  }, options.timeoutMs);
  const startedAt = new Date();
  const t0 = performance.now();
  try {
    const response = await fetchImpl(options.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', Charset: 'utf-8', ...options.headers },
      body: JSON.stringify(options.body),
      signal: controller.signal,
      redirect: 'manual',
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder('utf-8').decode(bytes);
    const durationMs = Math.round(performance.now() - t0);
    if (response.status >= 500) throw fault('http5xx', { httpStatus: response.status, detail: excerpt(text) || response.statusText });
    if (response.status >= 300) throw fault('http4xx', { httpStatus: response.status, detail: excerpt(text) || response.statusText });
    return { status: response.status, text, startedAt: startedAt.toISOString(), durationMs };
  } catch (error) {
    if (error instanceof PortalFaultError) throw error;
    if (why === 'timeout') throw fault('timeout');
    if (why === 'cancelled') throw fault('cancelled', { requestStarted: true });
    const { kind, detail } = classifyNetworkError(error);
    throw fault(kind, { detail });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
