/**
 * The sandbox portal: an offline stand-in of the DVCQG adapter (dossier.md §1) on 127.0.0.1.
 * Login on the login path returns a session that expires; data calls on the data path (and the
 * share path) carry it in the body; every reply is HTTP 200 with `error_code` as a string, as the
 * real portal does. What it receives is persisted in its data folder. Faults can be injected
 * (./faults.ts). Its own refusal codes are listed in shared/portal/errorCodes.ts and ./README.md.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { validateValue } from '../../../shared/index';
import type { Validator } from '../../../shared/portal/checkBeforeSend';
import {
  DEFAULT_DATA_PATH,
  DEFAULT_DSTCODE,
  DEFAULT_LOGIN_PATH,
  SANDBOX_DEFAULT_PORT,
  SANDBOX_PASSWORD,
  SANDBOX_SHARE_PATH,
  SANDBOX_USERNAME,
} from '../../../shared/portal/environment';
import { SANDBOX_CODES, SESSION_REFUSED_MESSAGE } from '../../../shared/portal/errorCodes';
import { dossierNumbersOf } from '../../../shared/portal/services';
import { FaultInjector, describeFaults, parseFaultSpec, type FaultSpec } from './faults';
import { SANDBOX_SERVICES, handleService, type Reply } from './handlers';
import { loadState, saveState, type SandboxState } from './state';

export interface SandboxOptions {
  dataDir: string;
  /** 0 = any free port. Default 8120. */
  port?: number;
  /** Always loopback unless a test says otherwise. */
  host?: string;
  /** A `--faults` spec, or an already parsed one. */
  faults?: string | FaultSpec;
  username?: string;
  password?: string;
  /** Session lifetime; default 15 minutes (longer than the client's 10-minute cache, as a real portal would be). */
  sessionLifetimeMs?: number;
  /** The `dstcode` header the sandbox requires (dossier.md §1.3). */
  dstcode?: string;
  validate?: Validator;
  /** One line per request (no secrets). */
  log?: (line: string) => void;
  now?: () => number;
}

export interface RunningSandbox {
  url: string;
  port: number;
  host: string;
  dataDir: string;
  username: string;
  password: string;
  faults: string;
  /** A warning from loading the state (a corrupt file set aside). */
  warning?: string;
  paths: { login: string; data: string; share: string };
  /** A copy of what the sandbox holds now. */
  snapshot(): SandboxState;
  close(): Promise<void>;
}

interface Session {
  createdAt: number;
  served: number;
}

const MAX_BODY = 50 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolve('too-large');
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Starts the sandbox portal; resolves once it listens. Throws when the fault spec is invalid or the port is taken. */
export async function startSandbox(options: SandboxOptions): Promise<RunningSandbox> {
  const now = options.now ?? Date.now;
  let spec: FaultSpec;
  if (typeof options.faults === 'object') spec = options.faults;
  else {
    const parsed = parseFaultSpec(options.faults);
    if (!parsed.ok) throw new Error(`${parsed.error.vi}\n${parsed.error.en}`);
    spec = parsed.spec;
  }
  const faults = new FaultInjector(spec);
  const username = options.username ?? SANDBOX_USERNAME;
  const password = options.password ?? SANDBOX_PASSWORD;
  const lifetime = options.sessionLifetimeMs ?? 15 * 60 * 1000;
  const dstcode = options.dstcode ?? DEFAULT_DSTCODE;
  const validate = options.validate ?? validateValue;
  const log = options.log ?? (() => undefined);
  const loaded = await loadState(options.dataDir);
  const state = loaded.state;
  const sessions = new Map<string, Session>();
  const sockets = new Set<Socket>();
  let dataCalls = 0;
  // Saves are chained so two quick pushes never write the file at the same time.
  let saving: Promise<void> = Promise.resolve();
  const save = () => (saving = saving.then(() => saveState(options.dataDir, state)));

  const send = (res: ServerResponse, status: number, body: unknown) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': typeof body === 'string' ? 'text/html;charset=utf-8' : 'application/json;charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  };

  const sessionOk = (token: unknown): { ok: true; session: Session } | { ok: false } => {
    if (typeof token !== 'string') return { ok: false };
    const s = sessions.get(token);
    if (!s) return { ok: false };
    if (now() - s.createdAt >= lifetime) {
      sessions.delete(token);
      return { ok: false };
    }
    return { ok: true, session: s };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (req.method === 'GET' && path === '/') {
      send(res, 200, {
        name: 'QCVN 120 Packet Studio — sandbox portal (cổng thử nghiệm)',
        login: DEFAULT_LOGIN_PATH,
        data: DEFAULT_DATA_PATH,
        share: SANDBOX_SHARE_PATH,
        services: SANDBOX_SERVICES,
        dossiers: Object.keys(state.dossiers).length,
        faults: describeFaults(spec),
      });
      return;
    }
    if (req.method === 'GET' && path === '/__sandbox/state') {
      send(res, 200, state);
      return;
    }
    const isLogin = path === DEFAULT_LOGIN_PATH;
    const isData = path === DEFAULT_DATA_PATH || path === SANDBOX_SHARE_PATH;
    if (!isLogin && !isData) {
      send(res, 404, { error: `Không có đường dẫn ${path} trên cổng thử nghiệm / No such path on the sandbox portal`, paths: [DEFAULT_LOGIN_PATH, DEFAULT_DATA_PATH, SANDBOX_SHARE_PATH] });
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, { error: 'Chỉ nhận POST / POST only' });
      return;
    }
    const raw = await readBody(req);
    if (raw === 'too-large') {
      send(res, 413, { error: `Gói tin quá lớn (tối đa ${MAX_BODY} byte) / Body too large` });
      return;
    }
    // The adapter routes by dstcode (dossier.md §1.3); [CM] passes it in the login URL's query instead.
    const query = new URL(req.url ?? '/', 'http://x').searchParams.get('dstcode');
    const header = req.headers.dstcode;
    const given = (Array.isArray(header) ? header[0] : header) ?? query ?? '';
    if (given !== dstcode) {
      send(res, 400, { error: `Header dstcode "${given}" không đúng; cần "${dstcode}" / Wrong or missing dstcode header` });
      return;
    }
    const delay = faults.latency();
    if (delay > 0) await sleep(delay);

    let body: Record<string, unknown>;
    try {
      const value: unknown = JSON.parse(raw.toString('utf8').replace(/^\uFEFF/, ''));
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
      body = value as Record<string, unknown>;
    } catch {
      send(res, 200, { error_code: SANDBOX_CODES.invalidRequest, message: 'Dữ liệu gửi lên không phải một đối tượng JSON hợp lệ' });
      return;
    }

    if (isLogin) {
      if (body.username === username && body.password === password) {
        const token = randomBytes(24).toString('base64url');
        sessions.set(token, { createdAt: now(), served: 0 });
        log(`login ${String(body.username)} → 0`);
        send(res, 200, { error_code: '0', message: 'Thành công', session: token });
      } else {
        log(`login ${String(body.username ?? '?')} → ${SANDBOX_CODES.loginFailed}`);
        send(res, 200, { error_code: SANDBOX_CODES.loginFailed, message: 'Sai tên đăng nhập hoặc mật khẩu' });
      }
      return;
    }

    dataCalls++;
    const n = dataCalls;
    const service = typeof body.service === 'string' ? body.service : '?';
    const fault = faults.before(n);
    if (fault) {
      log(`#${n} ${service} → fault ${fault}`);
      if (fault === 'hang') return; // never answer; the socket is closed when the sandbox stops
      if (fault === 'drop') {
        req.socket.destroy();
        return;
      }
      if (fault === 'http500') send(res, 500, '<html><body><h1>500 Internal Server Error</h1></body></html>');
      else if (fault === 'empty') {
        res.writeHead(200, { 'Content-Type': 'application/json;charset=utf-8', 'Content-Length': 0 });
        res.end();
      } else send(res, 200, '<html><body>Bad Gateway</body></html>');
      return;
    }
    const s = sessionOk(body.session);
    if (!s.ok || faults.expireSession(s.session.served)) {
      if (s.ok) sessions.delete(body.session as string);
      log(`#${n} ${service} → ${SANDBOX_CODES.sessionRefused} (session)`);
      send(res, 200, { error_code: SANDBOX_CODES.sessionRefused, message: SESSION_REFUSED_MESSAGE });
      return;
    }
    s.session.served++;
    const handled = handleService(body, { state, now: new Date(now()).toISOString(), validate });
    if (handled.changed) await save();
    const reply: Reply = handled.reply;
    const numbers = dossierNumbersOf(body).join(' ');
    log(`#${n} ${service}${numbers ? ` ${numbers}` : ''} → ${reply.error_code}${reply.error_code === '0' ? '' : ` ${reply.message}`}`);
    if (faults.dropAfter(n)) {
      log(`#${n} ${service} → fault drop-after (processed, reply lost)`);
      req.socket.destroy();
      return;
    }
    send(res, 200, reply);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`error: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) send(res, 500, { error: 'Lỗi nội bộ của cổng thử nghiệm / Sandbox internal error' });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? SANDBOX_DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? SANDBOX_DEFAULT_PORT);
  const running: RunningSandbox = {
    url: `http://${host}:${port}`,
    port,
    host,
    dataDir: options.dataDir,
    username,
    password,
    faults: describeFaults(spec),
    paths: { login: DEFAULT_LOGIN_PATH, data: DEFAULT_DATA_PATH, share: SANDBOX_SHARE_PATH },
    snapshot: () => structuredClone(state),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      await saving;
    },
  };
  if (loaded.warning) running.warning = loaded.warning;
  return running;
}
