/**
 * Who may talk to the test server. No secret travels in a cookie: browsers send cookies to every port
 * of 127.0.0.1, so a page served from another local port would carry it. Instead:
 * - every request names the server by its loopback address (a DNS-rebinding page names it by another host);
 * - a browser that says where a request comes from (Sec-Fetch-Site) must say same-origin, or none for a
 *   page the user opened;
 * - the page is given the token in its URL, every API call carries it in a header of its own, from the
 *   server's own origin, with a JSON body: a page elsewhere can send none of these without a CORS
 *   preflight, which this server never grants.
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

/** Absent (not a browser, or an older one), the request is judged on the rest. */
export function isAllowedFetchSite(site: string | string[] | undefined): boolean {
  return site === undefined || site === 'same-origin' || site === 'none';
}

/** The origin of the server's own page, under the name the request gives the server (an allowed Host). */
export function isOwnOrigin(origin: string | undefined, host: string): boolean {
  return origin === `http://${host}`;
}

/** `application/json`, with or without parameters (charset). */
export function isJsonBody(contentType: string | undefined): boolean {
  return contentType?.split(';', 1)[0]?.trim().toLowerCase() === 'application/json';
}

const matches = (offered: string | string[] | null | undefined, token: string): boolean => typeof offered === 'string' && offered !== '' && sameToken(offered, token);

/** The page is opened with the token in its URL, as the server printed it. */
export function pageCarriesToken(url: URL, token: string): boolean {
  return matches(url.searchParams.get(TOKEN_PARAM), token);
}

/** An API call carries the token in its own header, never in the URL (logs, history) or a cookie. */
export function callCarriesToken(headers: IncomingHttpHeaders, token: string): boolean {
  return matches(headers[TOKEN_HEADER.toLowerCase()], token);
}
