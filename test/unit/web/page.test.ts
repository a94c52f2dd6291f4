import { describe, expect, it } from 'vitest';
import { headerPolicyOf, withBridge } from '../../../main/web/page';

const page = (policy: string) => `<head><meta http-equiv="Content-Security-Policy" content="${policy}" /><script type="module" src="./a.js"></script></head>`;

describe('the page the test server serves', () => {
  it('keeps the page’s policy, adding frame-ancestors for the header', () => {
    expect(headerPolicyOf(page("default-src 'none'; connect-src 'self'"))).toBe("default-src 'none'; connect-src 'self'; frame-ancestors 'none'");
  });

  it('refuses a page without a CSP or one that forbids calling its own origin', () => {
    expect(() => headerPolicyOf('<head></head>')).toThrow(/carries no Content-Security-Policy/);
    expect(() => headerPolicyOf(page("default-src 'none'; connect-src 'none'"))).toThrow(/connect-src 'self'/);
  });

  it('hands the token to the bridge in a <meta>, and loads the bridge before the app’s module script', () => {
    const html = withBridge(page("connect-src 'self'"), 'a"b<c&');
    const meta = html.indexOf('<meta name="presskit-token" content="a&quot;b&lt;c&amp;" />');
    const bridge = html.indexOf('<script src="/presskit-web-bridge.js"></script>');
    expect(meta).toBeGreaterThan(0);
    expect(bridge).toBeGreaterThan(meta);
    expect(bridge).toBeLessThan(html.indexOf('<script type="module"'));
    expect(() => withBridge('<head></head>', 't')).toThrow(/no module script/);
  });
});
