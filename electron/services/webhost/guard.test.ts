import { describe, expect, it } from 'vitest';
import { checkRequest, readCookie, tokenCookie, tokenCookieName } from './guard';

const config = { token: 'a'.repeat(48), port: 4321 };
const cookie = `${tokenCookieName(4321)}=${config.token}`;

function facts(url: string, headers: Record<string, string>, method = 'GET') {
  return { method, url, headers };
}

describe('web host guard', () => {
  it('lets a request with this run’s cookie and this host through', () => {
    expect(checkRequest(facts('/api/app:info', { host: '127.0.0.1:4321', cookie }, 'POST'), config)).toEqual({ allow: true });
    expect(checkRequest(facts('/', { host: 'localhost:4321', cookie }), config)).toEqual({ allow: true });
  });

  it('trades the token in the printed URL for a cookie and a clean URL', () => {
    const v = checkRequest(facts(`/?token=${config.token}&x=1`, { host: '127.0.0.1:4321' }), config);
    expect(v).toEqual({ allow: 'set-cookie', location: '/?x=1' });
    expect(tokenCookie(config)).toMatch(/HttpOnly/);
    expect(tokenCookie(config)).toMatch(/SameSite=Strict/);
  });

  it('refuses a request without the token, or with a wrong one', () => {
    expect(checkRequest(facts('/', { host: '127.0.0.1:4321' }), config)).toMatchObject({ allow: false, status: 401 });
    expect(checkRequest(facts('/?token=bad', { host: '127.0.0.1:4321' }), config)).toMatchObject({ allow: false, status: 401 });
    expect(checkRequest(facts('/', { host: '127.0.0.1:4321', cookie: `${tokenCookieName(4321)}=${'b'.repeat(48)}` }), config)).toMatchObject({
      allow: false,
    });
  });

  it('does not accept the token in the URL of an API call (a page elsewhere could forge it)', () => {
    expect(checkRequest(facts(`/api/files:read?token=${config.token}`, { host: '127.0.0.1:4321' }, 'POST'), config)).toMatchObject({ allow: false });
  });

  it('refuses a foreign Host header even with the token (DNS rebinding)', () => {
    const v = checkRequest(facts('/', { host: 'evil.example:4321', cookie }), config);
    expect(v).toMatchObject({ allow: false, status: 403 });
    if (v.allow === false) expect(v.reason.vi).toContain('evil.example');
    expect(checkRequest(facts('/', { host: '127.0.0.1:9999', cookie }), config)).toMatchObject({ allow: false });
    expect(checkRequest(facts('/', { cookie }), config)).toMatchObject({ allow: false });
  });

  it('refuses a request from another origin even with the cookie', () => {
    expect(checkRequest(facts('/api/app:info', { host: '127.0.0.1:4321', origin: 'http://evil.example', cookie }, 'POST'), config)).toMatchObject({
      allow: false,
      status: 403,
    });
    expect(checkRequest(facts('/api/app:info', { host: '127.0.0.1:4321', origin: 'null', cookie }, 'POST'), config)).toMatchObject({ allow: false });
    expect(checkRequest(facts('/', { host: '127.0.0.1:4321', 'sec-fetch-site': 'cross-site', cookie }), config)).toMatchObject({ allow: false });
    expect(checkRequest(facts('/api/app:info', { host: '127.0.0.1:4321', origin: 'http://127.0.0.1:4321', cookie }, 'POST'), config)).toEqual({
      allow: true,
    });
  });

  it('reads one cookie among several', () => {
    expect(readCookie('a=1; qcvn120_token_1=xyz; b=2', 'qcvn120_token_1')).toBe('xyz');
    expect(readCookie(undefined, 'x')).toBeUndefined();
  });
});
