/**
 * The renderer's index.html as the test server serves it: unchanged but for the token, in a <meta> for
 * the bridge to read, and one same-origin script, the bridge, placed before the app's module script so
 * `window.presskit` exists when the app starts. The page's own CSP still applies, and is sent as a
 * header as the Electron shell does.
 */
import { TOKEN_META } from './token-names';

export const BRIDGE_PATH = '/presskit-web-bridge.js';

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i;
const MODULE_SCRIPT = /<script\s+type="module"/i;

/** The header policy: the page's meta policy plus frame-ancestors, which browsers honour only in a header. */
export function headerPolicyOf(html: string): string {
  const policy = CSP_META.exec(html)?.[1];
  if (!policy) throw new Error('The built renderer’s index.html carries no Content-Security-Policy.');
  if (!/(^|;\s*)connect-src 'self'(;|$)/.test(policy)) throw new Error('The renderer’s CSP must allow connect-src \'self\' for the test transport.');
  return /(^|;\s*)frame-ancestors /.test(policy) ? policy : `${policy}; frame-ancestors 'none'`;
}

const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function withBridge(html: string, token: string): string {
  const at = html.search(MODULE_SCRIPT);
  if (at < 0) throw new Error('The built renderer’s index.html has no module script to load the bridge before.');
  const bridge = `<meta name="${TOKEN_META}" content="${escapeAttribute(token)}" />\n    <script src="${BRIDGE_PATH}"></script>\n    `;
  return `${html.slice(0, at)}${bridge}${html.slice(at)}`;
}
