import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { PortalFaultError } from '../../../shared/portal/faults';
import { classifyNetworkError, postJson } from './http';

const wrap = (cause: unknown) => Object.assign(new TypeError('fetch failed'), { cause });
const errno = (code: string) => Object.assign(new Error(code), { code });

describe('classifyNetworkError', () => {
  it('reads the socket error code inside fetch\'s wrapper, including an AggregateError', () => {
    expect(classifyNetworkError(wrap(errno('ECONNREFUSED'))).kind).toBe('refused');
    expect(classifyNetworkError(wrap(Object.assign(new AggregateError([errno('ECONNREFUSED')]), { code: undefined }))).kind).toBe('refused');
    expect(classifyNetworkError(wrap(errno('ENOTFOUND'))).kind).toBe('dns');
    expect(classifyNetworkError(wrap(errno('EAI_AGAIN'))).kind).toBe('dns');
    expect(classifyNetworkError(wrap(errno('CERT_HAS_EXPIRED'))).kind).toBe('tls');
    expect(classifyNetworkError(wrap(errno('DEPTH_ZERO_SELF_SIGNED_CERT'))).kind).toBe('tls');
    expect(classifyNetworkError(wrap(errno('ERR_TLS_CERT_ALTNAME_INVALID'))).kind).toBe('tls');
    expect(classifyNetworkError(wrap(errno('UND_ERR_CONNECT_TIMEOUT'))).kind).toBe('timeout');
    expect(classifyNetworkError(wrap(errno('ECONNRESET'))).kind).toBe('connection-lost');
    expect(classifyNetworkError(wrap(errno('UND_ERR_SOCKET'))).kind).toBe('connection-lost');
    expect(classifyNetworkError(wrap(errno('EHOSTUNREACH')))).toEqual({ kind: 'network', detail: 'EHOSTUNREACH' });
  });
});

let server: Server | undefined;
afterEach(async () => {
  if (server) await new Promise<void>((r) => server!.close(() => r()));
  server?.closeAllConnections();
  server = undefined;
});

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/x`;
}

async function faultOf(p: Promise<unknown>) {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(PortalFaultError);
  return (e as PortalFaultError).fault;
}

describe('postJson', () => {
  it('sends UTF-8 JSON with Content-Type application/json and the dstcode header', async () => {
    let seen: { headers: Record<string, unknown>; body: string } | undefined;
    const url = await serve((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen = { headers: req.headers, body };
        res.end('{"error_code":"0","message":"Thành công"}');
      });
    });
    const r = await postJson({ url, body: { ChuHoSo: 'Nguyễn Thị Minh Hằng' }, headers: { dstcode: 'VN:GOV:000.00.00.G22:vpcpdvcprovider' }, timeoutMs: 5000, phase: 'send' });
    expect(r.status).toBe(200);
    expect(r.text).toContain('Thành công');
    expect(seen!.headers['content-type']).toBe('application/json');
    expect(seen!.headers.dstcode).toBe('VN:GOV:000.00.00.G22:vpcpdvcprovider');
    expect(JSON.parse(seen!.body)).toEqual({ ChuHoSo: 'Nguyễn Thị Minh Hằng' });
  });

  it('classifies a closed port as refused', async () => {
    const url = await serve((_req, res) => res.end());
    await new Promise<void>((r) => server!.close(() => r()));
    server = undefined;
    const f = await faultOf(postJson({ url, body: {}, headers: {}, timeoutMs: 5000, phase: 'send' }));
    expect(f.kind).toBe('refused');
    expect(f.mayHaveArrived).toBe(false);
  });

  it('gives up after the deadline as a timeout', async () => {
    const url = await serve(() => undefined); // never answers
    const f = await faultOf(postJson({ url, body: {}, headers: {}, timeoutMs: 300, phase: 'send' }));
    expect(f.kind).toBe('timeout');
    expect(f.message.en).toContain('0.3 seconds');
  });

  it('stops at once when the caller cancels', async () => {
    const url = await serve(() => undefined);
    const c = new AbortController();
    setTimeout(() => c.abort(), 100);
    const f = await faultOf(postJson({ url, body: {}, headers: {}, timeoutMs: 10_000, signal: c.signal, phase: 'send' }));
    expect(f.kind).toBe('cancelled');
  });

  it('turns 5xx and 4xx into faults with the start of the body and never a secret', async () => {
    const url = await serve((req, res) => {
      res.statusCode = req.url === '/x' ? 502 : 404;
      res.end('<html>gateway says s3cret-token is bad</html>');
    });
    const f = await faultOf(postJson({ url, body: {}, headers: {}, timeoutMs: 5000, phase: 'send', secrets: ['s3cret-token'] }));
    expect(f.kind).toBe('http5xx');
    expect(f.httpStatus).toBe(502);
    expect(f.detail).toContain('gateway says');
    expect(JSON.stringify(f)).not.toContain('s3cret-token');
    const g = await faultOf(postJson({ url: url.replace(/x$/, 'y'), body: {}, headers: {}, timeoutMs: 5000, phase: 'send' }));
    expect(g.kind).toBe('http4xx');
  });
});
