import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../main/electron/csp';
import { registerAppScheme, serveRenderer } from '../../../main/electron/protocol';
import { contentTypeFor } from '../../../main/api/renderer-files';
import { electron, protocolHandlers } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

describe('the app:// scheme', () => {
  let root: string;
  let serve: (request: Request) => Promise<Response>;
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'presskit-renderer-'));
    root = join(dir, 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>PressKit Studio</title>');
    writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'not for the page');
    serveRenderer(root, contentSecurityPolicy);
    const handler = protocolHandlers.get('app');
    if (!handler) throw new Error('app: is not handled');
    serve = handler;
  });
  afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }));

  it('is registered as a standard, secure scheme', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
  });

  it('serves the renderer files with their type and the CSP header', async () => {
    const page = await serve(new Request('app://presskit/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await page.text()).toContain('PressKit Studio');
    const script = await serve(new Request('app://presskit/assets/index.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 outside the folder, for missing files, other hosts and other methods', async () => {
    electron.net.fetch.mockClear();
    for (const url of ['app://presskit/..%2fsecret.txt', 'app://presskit/missing.js', 'app://elsewhere/index.html']) {
      expect((await serve(new Request(url))).status).toBe(404);
    }
    expect((await serve(new Request('app://presskit/index.html', { method: 'POST', body: 'x' }))).status).toBe(404);
    expect(electron.net.fetch.mock.calls.map(([url]) => url)).toEqual([expect.stringMatching(/missing\.js$/)]);
  });

  it('knows the types Vite emits', () => {
    expect(contentTypeFor('a/b/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('LOGO.PNG')).toBe('image/png');
    expect(contentTypeFor('unknown.bin')).toBe('application/octet-stream');
  });
});
