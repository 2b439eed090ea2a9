import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';

vi.mock('electron', () => ({}));

let handler: (request: Request) => Promise<Response>;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'qcvn120-app-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>studio</title>');
  await writeFile(join(dir, 'worker.js'), 'self.onmessage = () => {}');
  handler = createAppProtocolHandler(dir);
});

describe('app:// protocol', () => {
  it('is a standard, secure scheme that may run workers and fetch', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
  });

  it('serves the renderer with the CSP header', async () => {
    const res = await handler(new Request('app://renderer/index.html'));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>studio</title>');
    expect(res.headers.get('content-security-policy')).toContain("worker-src 'self' blob:");
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-eval');
    expect((await handler(new Request('app://renderer/worker.js'))).headers.get('content-type')).toContain('javascript');
  });

  it('serves nothing outside the renderer folder or for another host', async () => {
    expect((await handler(new Request('app://renderer/%2e%2e/%2e%2e/etc/passwd'))).status).toBe(404);
    expect((await handler(new Request('app://other/index.html'))).status).toBe(404);
    expect((await handler(new Request('app://renderer/missing.js'))).status).toBe(404);
  });
});
