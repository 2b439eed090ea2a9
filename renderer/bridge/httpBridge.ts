/**
 * The bridge over HTTP, for the web host: `POST /api/<channel>` with the page's token cookie
 * (sent automatically, same origin), events from `GET /api/events`. Same shape as Electron's.
 */
import { buildBridge, type Bridge } from '../../shared/ipc/bridge';
import { EVENT_NAMES, type EventName } from '../../shared/ipc/channels';
import { fail, TRANSPORT_ERRORS, type IpcResult } from '../../shared/ipc/result';

/** Requests up to this many characters are sent with `keepalive`. */
const KEEPALIVE_MAX = 1024;

export interface HttpTransport {
  fetch: typeof fetch;
  /** Creates the event stream; absent where EventSource does not exist (tests). */
  eventSource?: (url: string) => EventSource;
  base?: string;
}

/** Builds the bridge for a page served by the web host. */
export function createHttpBridge(transport: HttpTransport): Bridge {
  const base = transport.base ?? '';
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let source: EventSource | undefined;

  const ensureStream = () => {
    if (source || !transport.eventSource) return;
    source = transport.eventSource(`${base}/api/events`);
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (event) => {
        let payload: unknown;
        try {
          payload = JSON.parse((event as MessageEvent<string>).data);
        } catch {
          return;
        }
        for (const l of listeners.get(name) ?? []) l(payload);
      });
    }
  };

  const invoke = async (channel: string, request: unknown): Promise<IpcResult<unknown>> => {
    let response: Response;
    const body = JSON.stringify(request);
    try {
      response = await transport.fetch(`${base}/api/${channel}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body,
        // A small request made while the page is leaving (the recovery session given up) still
        // arrives; big ones may not use it (the browser allows 64 KB of them in flight in all).
        keepalive: body.length < KEEPALIVE_MAX,
      });
    } catch (error) {
      return fail(TRANSPORT_ERRORS.network, {
        vi: `Mất kết nối với máy chủ cục bộ (${String(error)}). Lệnh "npm run web" còn chạy không?`,
        en: `Lost the connection to the local host (${String(error)}). Is "npm run web" still running?`,
      });
    }
    const type = response.headers.get('content-type') ?? '';
    if (!type.startsWith('application/json')) {
      const text = (await response.text()).trim();
      return fail(response.status === 401 || response.status === 403 ? TRANSPORT_ERRORS.forbiddenSender : TRANSPORT_ERRORS.network, {
        vi: `Máy chủ cục bộ từ chối yêu cầu (HTTP ${response.status}). ${text}`,
        en: `The local host refused the request (HTTP ${response.status}). ${text}`,
      });
    }
    return (await response.json()) as IpcResult<unknown>;
  };

  const subscribe = (event: EventName, listener: (payload: unknown) => void) => {
    ensureStream();
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => void set.delete(listener);
  };

  return buildBridge('web', invoke, subscribe);
}
