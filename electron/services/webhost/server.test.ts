import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../ipc/dispatch';
import { startWebHost, type WebHost } from './server';
import { tokenCookieName } from './guard';

/** A raw HTTP request (fetch would refuse to send a foreign Host header). */
function send(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

let host: WebHost;
let calls: unknown[];

beforeEach(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'qcvn120-renderer-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(dir, 'assets', 'main.js'), 'console.log(1)');
  calls = [];
  const handlers = {
    'files:recent': async (req: unknown) => {
      calls.push(req);
      return { entries: [] };
    },
    'documents:cancel': async (req: { jobId: string }, ctx: { emit: (e: 'documents:progress', p: unknown) => void }) => {
      ctx.emit('documents:progress', { jobId: req.jobId, fraction: 0.5 });
      return { cancelled: false };
    },
  } as unknown as Handlers;
  host = await startWebHost({ rendererDir: dir, handlers, token: 't'.repeat(48) });
});

afterEach(async () => {
  await host.close();
});

const auth = () => ({ host: `127.0.0.1:${host.port}`, cookie: `${tokenCookieName(host.port)}=${'t'.repeat(48)}` });

describe('web host server', () => {
  it('listens on loopback and prints a URL with the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${'t'.repeat(48)}`);
  });

  it('sets the cookie from the printed URL, then serves the app with its CSP', async () => {
    const first = await send(host.port, `/?token=${'t'.repeat(48)}`, { headers: { host: `127.0.0.1:${host.port}` } });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    expect(String(first.headers['set-cookie'])).toContain('HttpOnly');
    const page = await send(host.port, '/', { headers: auth() });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>app</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-eval');
    expect((await send(host.port, '/assets/main.js', { headers: auth() })).headers['content-type']).toContain('javascript');
  });

  it('refuses the page without the token and with a foreign Host header', async () => {
    const noToken = await send(host.port, '/', { headers: { host: `127.0.0.1:${host.port}` } });
    expect(noToken.status).toBe(401);
    expect(noToken.body).toContain('token');
    const foreign = await send(host.port, `/?token=${'t'.repeat(48)}`, { headers: { host: 'evil.example' } });
    expect(foreign.status).toBe(403);
  });

  it('does not serve files outside the renderer folder', async () => {
    expect((await send(host.port, '/../../etc/passwd', { headers: auth() })).status).toBe(404);
    expect((await send(host.port, '/%2e%2e/%2e%2e/etc/passwd', { headers: auth() })).status).toBe(404);
  });

  it('answers the contract over POST /api/<channel> with the same results as IPC', async () => {
    const ok = await send(host.port, '/api/files:recent', { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: '{}' });
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: { entries: [] } });
    const bad = await send(host.port, '/api/files:read', { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: '{"path":1}' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'ipc.bad-request' } });
    const unknown = await send(host.port, '/api/os:exec', { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'ipc.unknown-channel' } });
  });

  it('refuses API calls that are not JSON POSTs (no simple cross-site form posts)', async () => {
    const form = await send(host.port, '/api/files:recent', { method: 'POST', headers: { ...auth(), 'content-type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
    expect((await send(host.port, '/api/files:recent', { headers: auth() })).status).toBe(405);
    expect(calls).toEqual([]);
  });

  it('streams events of a call to open pages', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: '/api/events', headers: auth() }, (res) => {
        let buf = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          buf += c;
          if (buf.includes('documents:progress')) {
            resolve(buf);
            req.destroy();
          }
        });
        // The stream is open: trigger the event.
        void send(host.port, '/api/documents:cancel', { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: '{"jobId":"j1"}' });
      });
      req.on('error', reject);
      req.end();
    });
    const text = await received;
    expect(text).toContain('event: documents:progress');
    expect(text).toContain('"fraction":0.5');
  });
});
