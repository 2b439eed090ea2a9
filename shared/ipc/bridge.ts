/**
 * The bridge object the renderer talks to, built from the contract's channel names. The Electron
 * preload builds it over `ipcRenderer.invoke`, the renderer builds it over HTTP in a browser:
 * the same shape, the same types, so the renderer never knows which host it runs in.
 */
import { CHANNEL_NAMES, EVENT_NAMES, splitChannel, type ChannelName, type EventName } from './channels';
import type { EventPayload, RequestOf, ResponseOf } from './contract';
import type { IpcResult } from './result';

export type HostKind = 'electron' | 'web';

/** Sends one request on a channel; never rejects, failures come back as `{ ok: false }`. */
export type Invoke = (channel: ChannelName, request: unknown) => Promise<IpcResult<unknown>>;

/** Subscribes to an event; returns the unsubscribe function. */
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

type Namespaces = ChannelName extends infer C ? (C extends `${infer N}:${string}` ? N : never) : never;

/** The methods of one namespace: `files.read(request)` for the channel `files:read`. */
export type NamespaceApi<N extends string> = {
  readonly [C in ChannelName as C extends `${N}:${infer M}` ? M : never]: (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;
};

/** The renderer's whole view of its host. */
export type Bridge = { readonly [N in Namespaces]: NamespaceApi<N> } & {
  readonly host: HostKind;
  /** Listens to a host event; returns a function that stops listening. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /**
   * The file-system path of a dropped `File`, when the host has one (Electron); undefined in a
   * browser, where the renderer reads the file's bytes instead.
   */
  pathForFile?(file: unknown): string | undefined;
};

/** Builds the bridge object from the contract over a transport. */
export function buildBridge(host: HostKind, invoke: Invoke, subscribe: Subscribe, pathForFile?: (file: unknown) => string | undefined): Bridge {
  const api: Record<string, Record<string, (request: unknown) => Promise<IpcResult<unknown>>>> = {};
  for (const channel of CHANNEL_NAMES) {
    const [ns, method] = splitChannel(channel);
    api[ns] ??= {};
    api[ns][method] = (request: unknown) => invoke(channel, request ?? {});
  }
  const on = (event: EventName, listener: (payload: unknown) => void) => {
    // Only contract events: a typo or a foreign name must not silently subscribe to nothing.
    if (!(EVENT_NAMES as readonly string[]).includes(event)) throw new Error(`Unknown bridge event: ${String(event)}`);
    return subscribe(event, listener);
  };
  const bridge: Record<string, unknown> = { ...api, host, on };
  if (pathForFile) bridge.pathForFile = pathForFile;
  return bridge as unknown as Bridge;
}
