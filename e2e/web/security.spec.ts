/**
 * The web host answers only this run's page: without the token, with another Host header or from
 * another origin, it refuses.
 */
import { request as httpRequest } from 'node:http';
import { expect, test } from '../fixtures/webHost';

/** A raw request (browsers and fetch will not send a forged Host header). */
function raw(port: number, path: string, headers: Record<string, string>, method = 'GET', body?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('the printed URL shows the app; the same address without the token is refused', async ({ page, webHost }) => {
  const refused = await page.goto(webHost.origin + '/');
  expect(refused?.status()).toBe(401);
  await expect(page.getByText(/thiếu mã truy cập/)).toBeVisible();
  await expect(page.getByText(/access token of this run is missing/)).toBeVisible();
  await page.goto(webHost.url);
  await expect(page.getByRole('heading', { name: 'Chưa mở tài liệu nào' })).toBeVisible();
  // The token left the address bar for an HttpOnly cookie.
  expect(new URL(page.url()).searchParams.has('token')).toBe(false);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});

test('a foreign Host header is refused even with the token', async ({ webHost }) => {
  const res = await raw(webHost.port, `/?token=${webHost.token}`, { host: `evil.example:${webHost.port}` });
  expect(res.status).toBe(403);
  expect(res.body).toContain('evil.example');
  const api = await raw(webHost.port, '/api/app:info', { host: 'attacker.test', cookie: `qcvn120_token_${webHost.port}=${webHost.token}`, 'content-type': 'application/json' }, 'POST', '{}');
  expect(api.status).toBe(403);
});

test('a call from another origin is refused even with the cookie', async ({ webHost }) => {
  const res = await raw(
    webHost.port,
    '/api/settings:update',
    { host: `127.0.0.1:${webHost.port}`, origin: 'http://evil.example', cookie: `qcvn120_token_${webHost.port}=${webHost.token}`, 'content-type': 'application/json' },
    'POST',
    '{"patch":{"language":"en"}}',
  );
  expect(res.status).toBe(403);
  // The host logs each refusal (on its stderr, which reaches us a moment after the answer).
  await expect.poll(() => webHost.stderr()).toContain('refused');
});

test('the page runs under the strict CSP: no foreign scripts, no eval', async ({ page, webHost }) => {
  // Not the `app` fixture: this test provokes CSP reports on purpose.
  await page.goto(webHost.url);
  const app = page;
  const header = await app.evaluate(async () => (await fetch('/')).headers.get('content-security-policy'));
  expect(header).toContain("script-src 'self'");
  expect(header).not.toContain('unsafe-eval');
  const violations = await app.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        // The header and the meta tag both enforce the policy, so each violation may be reported twice.
        const seen = new Set<string>();
        document.addEventListener('securitypolicyviolation', (e) => {
          seen.add(e.violatedDirective);
          if (seen.size === 2) resolve([...seen]);
        });
        const external = document.createElement('script');
        external.src = 'data:text/javascript,window.__ran=1';
        document.head.append(external);
        // A string timer is eval in disguise: refused without 'unsafe-eval'.
        (window.setTimeout as (code: string, ms: number) => number)('window.__ran2 = 1', 0);
      }),
  );
  expect(violations.sort()).toEqual(['script-src-elem', 'script-src'].sort());
});
