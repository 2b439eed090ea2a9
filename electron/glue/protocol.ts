/**
 * The renderer is served from the privileged custom scheme app://renderer/ — not file://, where
 * Monaco's workers do not start and every file would share one origin. Responses carry the same
 * CSP and security headers as the web host.
 */
import { readFile } from 'node:fs/promises';
import type { CustomScheme } from 'electron';
import { rendererCspHeader } from '../../shared/ipc/csp';
import { contentTypeOf, securityHeaders, staticPathFor } from '../services/webhost/staticFiles';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://renderer';
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Registered before the app is ready: a standard, secure origin that may use fetch and workers. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true, codeCache: true },
};

/** The handler of app:// requests: files of `rendererDir`, nothing else. */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  const csp = rendererCspHeader();
  return async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'renderer') return new Response('Not found', { status: 404 });
    const file = staticPathFor(rendererDir, url.pathname);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, { status: 200, headers: { 'Content-Type': contentTypeOf(file), ...securityHeaders(csp) } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}
