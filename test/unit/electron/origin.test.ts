import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, rendererFileFor, rendererSource } from '../../../main/electron/origin';

describe('rendererSource', () => {
  it('serves the packaged app from its own scheme, whatever the environment says', () => {
    expect(rendererSource({ isPackaged: true, devServerUrl: 'http://localhost:5173/' })).toEqual({ entryUrl: APP_ENTRY_URL });
    expect(rendererSource({ isPackaged: false, devServerUrl: undefined })).toEqual({ entryUrl: APP_ENTRY_URL });
  });

  it('uses the local dev server only when not packaged', () => {
    expect(rendererSource({ isPackaged: false, devServerUrl: 'http://localhost:5173' })).toEqual({
      entryUrl: 'http://localhost:5173/',
      devOrigin: 'http://localhost:5173',
    });
  });

  it('refuses a dev server that is not on this machine', () => {
    expect(() => rendererSource({ isPackaged: false, devServerUrl: 'http://evil.example:5173' })).toThrow(/not local/);
    expect(() => rendererSource({ isPackaged: false, devServerUrl: 'https://localhost.evil.example' })).toThrow(/not local/);
  });
});

describe('isAppUrl', () => {
  const packaged = { entryUrl: APP_ENTRY_URL };
  const dev = { entryUrl: 'http://localhost:5173/', devOrigin: 'http://localhost:5173' };

  it('recognises the app scheme and, in development only, the dev server', () => {
    expect(isAppUrl('app://presskit/index.html', packaged)).toBe(true);
    expect(isAppUrl('app://presskit/', packaged)).toBe(true);
    expect(isAppUrl('http://localhost:5173/', packaged)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
  });

  it.each([
    'app://presskit.evil.example/index.html',
    'app://evil/index.html',
    'app://user@presskit/index.html',
    'file:///work/main/out/renderer/index.html',
    'https://presskit/index.html',
    'http://localhost:5174/',
    'about:blank',
    '',
  ])('refuses %j', (url) => {
    expect(isAppUrl(url, dev)).toBe(false);
  });
});

describe('rendererFileFor', () => {
  const root = resolve('/srv/app/out/renderer');

  it('maps app URLs to files inside the renderer folder', () => {
    expect(rendererFileFor('app://presskit/index.html', root)).toBe(join(root, 'index.html'));
    expect(rendererFileFor('app://presskit/', root)).toBe(join(root, 'index.html'));
    expect(rendererFileFor('app://presskit/assets/index-1.js?v=2#x', root)).toBe(join(root, 'assets', 'index-1.js'));
    expect(rendererFileFor('app://presskit/assets/R%C3%A9sum%C3%A9.css', root)).toBe(join(root, 'assets', 'Résumé.css'));
  });

  it('keeps dot segments inside the folder (the URL parser resolves them at the root)', () => {
    expect(rendererFileFor('app://presskit/%2e%2e/%2e%2e/etc/passwd', root)).toBe(join(root, 'etc', 'passwd'));
    expect(rendererFileFor('app://presskit/../../etc/passwd', root)).toBe(join(root, 'etc', 'passwd'));
  });

  it.each([
    'app://presskit/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://presskit/..%5c..%5cwindows',
    'app://presskit/index.html%00.png',
    'app://presskit/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('refuses %j', (url) => {
    expect(rendererFileFor(url, root)).toBeNull();
  });
});
