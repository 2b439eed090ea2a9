/**
 * The local web host: the built renderer and the bridge contract over HTTP on 127.0.0.1 only.
 * `POST /api/<channel>` carries one request (JSON) and answers the same `{ok, …}` result as
 * Electron's IPC; `GET /api/events` is a Server-Sent Events stream of the contract's events.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rendererCspHeader } from '../../../shared/ipc/csp';
import type { EventName } from '../../../shared/ipc/channels';
import { fail, TRANSPORT_ERRORS } from '../../../shared/ipc/result';
import { dispatch, type HandlerContext, type Handlers } from '../ipc/dispatch';
import { checkRequest, tokenCookie, type GuardConfig } from './guard';
import { contentTypeOf, securityHeaders, staticPathFor } from './staticFiles';

/** Large enough for a 500 MB packet sent for validation or saving, JSON-escaped. */
const MAX_BODY_BYTES = 1200 * 1024 * 1024;

export interface WebHostOptions {
  /** 0 or absent: a free port. */
  port?: number;
  rendererDir: string;
  handlers: Handlers;
  /** Fixed token (tests); random otherwise. */
  token?: string;
  log?: (message: string) => void;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...extra });
  res.end(text);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve('too-large');
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Starts the web host. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const csp = rendererCspHeader();
  const eventClients = new Set<ServerResponse>();
  let config: GuardConfig = { token, port: 0 };

  // Events are broadcast to every open tab of this run; payloads carry their job id.
  const context: HandlerContext = {
    emit(event: EventName, payload: unknown) {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const client of eventClients) client.write(frame);
    },
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, channel: string) => {
    if (req.method !== 'POST') return sendText(res, 405, 'POST only', { Allow: 'POST' });
    // A JSON content type cannot be sent cross-site without a CORS preflight, which we never answer.
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return sendText(res, 415, 'application/json required');
    const body = await readBody(req);
    if (body === 'too-large') {
      return sendJson(
        res,
        413,
        fail('files.too-large', { vi: 'Yêu cầu quá lớn cho máy chủ cục bộ.', en: 'The request is too large for the local host.' }),
      );
    }
    let raw: unknown;
    try {
      raw = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, fail(TRANSPORT_ERRORS.badRequest, { vi: 'Nội dung yêu cầu không phải JSON.', en: 'The request body is not JSON.' }));
    }
    const result = await dispatch(channel, raw, options.handlers, context);
    sendJson(res, 200, result);
  };

  const handleEvents = (req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Content-Type-Options': 'nosniff' });
    res.write(': connected\n\n');
    eventClients.add(res);
    req.on('close', () => eventClients.delete(res));
  };

  const handleStatic = async (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'GET only', { Allow: 'GET, HEAD' });
    const file = staticPathFor(options.rendererDir, pathname);
    if (!file) return sendText(res, 404, 'Not found');
    let info;
    try {
      info = await stat(file);
    } catch {
      return sendText(res, 404, 'Not found');
    }
    if (!info.isFile()) return sendText(res, 404, 'Not found');
    res.writeHead(200, {
      'Content-Type': contentTypeOf(file),
      'Content-Length': String(info.size),
      'Cache-Control': 'no-store',
      ...securityHeaders(csp),
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  };

  const server = createServer((req, res) => {
    const verdict = checkRequest({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers }, config);
    if (verdict.allow === false) {
      options.log?.(`refused ${req.method} ${req.url}: ${verdict.reason.en}`);
      return sendText(res, verdict.status, `${verdict.reason.vi}\n${verdict.reason.en}\n`);
    }
    if (verdict.allow === 'set-cookie') {
      res.writeHead(303, { Location: verdict.location, 'Set-Cookie': tokenCookie(config), 'Cache-Control': 'no-store' });
      return res.end();
    }
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const work =
      pathname === '/api/events'
        ? Promise.resolve(handleEvents(req, res))
        : pathname.startsWith('/api/')
          ? handleApi(req, res, pathname.slice('/api/'.length))
          : handleStatic(req, res, pathname);
    work.catch((error: unknown) => {
      options.log?.(`request failed: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the host is never reachable from another machine.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  config = { token, port };
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of eventClients) c.end();
        eventClients.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
