/**
 * The renderer's index.html as the test server serves it: unchanged but for one same-origin script,
 * the bridge, placed before the app's module script so `window.presskit` exists when the app starts.
 * The page's own CSP still applies, and is sent as a header as the Electron shell does.
 */
import { TOKEN_PARAM } from './token-names';

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

export function withBridge(html: string, token: string): string {
  const at = html.search(MODULE_SCRIPT);
  if (at < 0) throw new Error('The built renderer’s index.html has no module script to load the bridge before.');
  const src = `${BRIDGE_PATH}?${TOKEN_PARAM}=${encodeURIComponent(token)}`;
  return `${html.slice(0, at)}<script src="${src}"></script>\n    ${html.slice(at)}`;
}
