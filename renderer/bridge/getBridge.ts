/**
 * The renderer's one way to reach its host: the object Electron's preload exposed as
 * `window.qcvn120`, or, in a browser, the same bridge over HTTP to the web host.
 */
import type { Bridge } from '../../shared/ipc/bridge';
import { createHttpBridge } from './httpBridge';

declare global {
  interface Window {
    qcvn120?: Bridge;
  }
}

let cached: Bridge | undefined;

/** The bridge of this page. */
export function getBridge(): Bridge {
  cached ??= window.qcvn120 ?? createHttpBridge({ fetch: window.fetch.bind(window), eventSource: (url) => new EventSource(url) });
  return cached;
}
