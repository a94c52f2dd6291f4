/**
 * Who may talk to the test server: requests that name it by its loopback address (a DNS-rebinding
 * page names it by another host) and carry its token, in the query, a header or the page's cookie.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { TOKEN_HEADER, TOKEN_PARAM } from './token-names';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant time whatever the candidate: both sides are hashed to the same length first. */
export function sameToken(candidate: string, token: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(candidate), digest(token));
}

/** Only `127.0.0.1:PORT` and `localhost:PORT`, exactly. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** The cookie is named per port: browsers share cookies between the ports of one host. */
export function cookieName(port: number): string {
  return `presskit_token_${port}`;
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/** Every token the request offers; it is let in when one of them is right. */
export function offeredTokens(url: URL, headers: IncomingHttpHeaders, port: number): string[] {
  const header = headers[TOKEN_HEADER.toLowerCase()];
  return [url.searchParams.get(TOKEN_PARAM) ?? undefined, typeof header === 'string' ? header : undefined, cookieValue(headers.cookie, cookieName(port))].filter(
    (value): value is string => value !== undefined && value !== '',
  );
}

export function carriesToken(url: URL, headers: IncomingHttpHeaders, port: number, token: string): boolean {
  return offeredTokens(url, headers, port).some((offered) => sameToken(offered, token));
}

/** Set on the page itself, so the scripts, styles and images it loads carry the token without knowing it. */
export function tokenCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}
