/**
 * Who may talk to the web host. It listens on 127.0.0.1 only, but any web page the user visits
 * can send requests to loopback, so every request must:
 * - name this host in `Host` (defeats DNS rebinding: evil.example resolving to 127.0.0.1);
 * - come from this origin when it says where it comes from (`Origin`, `Sec-Fetch-Site`);
 * - carry the per-run token: in the printed URL once, then in an HttpOnly SameSite=Strict cookie.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Localized } from '../../../shared/i18n/localized';

export interface GuardConfig {
  token: string;
  port: number;
}

export interface RequestFacts {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

export type GuardVerdict =
  | { allow: true }
  /** The token came in the URL: set the cookie and redirect to the same URL without it. */
  | { allow: 'set-cookie'; location: string }
  | { allow: false; status: number; reason: Localized };

/** The cookie that carries the token; named per port because cookies ignore ports. */
export function tokenCookieName(port: number): string {
  return `qcvn120_token_${port}`;
}

function header(facts: RequestFacts, name: string): string | undefined {
  const v = facts.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Reads one cookie from a Cookie header. */
export function readCookie(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The `Set-Cookie` value that stores the token for this run. */
export function tokenCookie(config: GuardConfig): string {
  return `${tokenCookieName(config.port)}=${config.token}; Path=/; HttpOnly; SameSite=Strict`;
}

/** Decides whether a request may proceed. */
export function checkRequest(facts: RequestFacts, config: GuardConfig): GuardVerdict {
  const allowedHosts = [`127.0.0.1:${config.port}`, `localhost:${config.port}`];
  const host = (header(facts, 'host') ?? '').toLowerCase();
  if (!allowedHosts.includes(host)) {
    return {
      allow: false,
      status: 403,
      reason: {
        vi: `Từ chối: tên máy chủ "${host}" không phải địa chỉ của ứng dụng. Hãy mở đúng địa chỉ 127.0.0.1 mà ứng dụng đã in ra.`,
        en: `Refused: host name "${host}" is not the app's address. Open the 127.0.0.1 address the app printed.`,
      },
    };
  }
  const origin = header(facts, 'origin');
  if (origin !== undefined && !allowedHosts.map((h) => `http://${h}`).includes(origin.toLowerCase())) {
    return {
      allow: false,
      status: 403,
      reason: { vi: `Từ chối: yêu cầu đến từ trang khác (${origin}).`, en: `Refused: the request comes from another site (${origin}).` },
    };
  }
  if (header(facts, 'sec-fetch-site') === 'cross-site') {
    return { allow: false, status: 403, reason: { vi: 'Từ chối: yêu cầu đến từ trang khác.', en: 'Refused: the request comes from another site.' } };
  }
  const cookie = readCookie(header(facts, 'cookie'), tokenCookieName(config.port));
  if (cookie !== undefined && sameSecret(cookie, config.token)) return { allow: true };
  const url = new URL(facts.url, `http://${host}`);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl !== null && sameSecret(fromUrl, config.token) && (facts.method === 'GET' || facts.method === 'HEAD')) {
    url.searchParams.delete('token');
    return { allow: 'set-cookie', location: `${url.pathname}${url.search}` };
  }
  return {
    allow: false,
    status: 401,
    reason: {
      vi: 'Từ chối: thiếu mã truy cập của phiên chạy này. Hãy mở đúng địa chỉ (có ?token=…) mà lệnh "npm run web" đã in ra.',
      en: 'Refused: the access token of this run is missing. Open the exact address (with ?token=…) that "npm run web" printed.',
    },
  };
}
