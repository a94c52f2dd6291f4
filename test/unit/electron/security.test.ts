import { EventEmitter } from 'node:events';
import type { App, Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../main/electron/csp';
import {
  applySessionPolicy,
  guardWebContents,
  installWebContentsGuards,
  isAllowedExternalUrl,
  permitPdfViewerFrames,
  withContentSecurityPolicy,
} from '../../../main/electron/security';
import { electron, FakeEvent, FakeSession, FakeWebContents } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const asContents = (contents: FakeWebContents): WebContents => contents as unknown as WebContents;

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://www.esa.int/Newsroom',
    'https://example.org/a?b=c#d',
    'mailto:presse@agence.example',
    'mailto:presse@agence.example?subject=Salon%20du%20Bourget',
    'mailto:a@b.example,c@d.example',
    'tel:+33144767500',
    'tel:+33%201%2044%2076%2075%2000',
  ])('lets %s out', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\nscript:alert(1)',
    'file:///etc/passwd',
    'http://example.org/',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:secret@example.org/',
    'mailto:',
    'mailto:not an address',
    'mailto:x@y.example%0d%0aBcc:z@w.example',
    'tel:',
    'tel:call-me',
    'https://',
    'not a url',
    '',
    `https://example.org/${'a'.repeat(3000)}`,
  ])('refuses %j', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('guardWebContents', () => {
  let contents: FakeWebContents;
  beforeEach(() => {
    contents = new FakeWebContents();
    electron.shell.openExternal.mockClear();
    guardWebContents(asContents(contents));
  });

  it('denies navigation, frame navigation and redirects, even to the app itself', () => {
    expect(contents.attempt('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.attempt('will-navigate', 'app://presskit/index.html')).toBe(true);
    expect(contents.attempt('will-frame-navigate')).toBe(true);
    expect(contents.attempt('will-redirect', 'https://evil.example/')).toBe(true);
  });

  it('lets only the print window’s PDF viewer build sub-frames: its own pages, the document, about:blank', () => {
    const document = 'file:///tmp/presskit-print-x/kit.pdf';
    const viewer = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html';
    const frame = (url: string, isMainFrame = false) => ({ url, isMainFrame });
    const printing = new FakeWebContents();
    guardWebContents(asContents(printing));
    permitPdfViewerFrames(asContents(printing), document);

    for (const url of [viewer, 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/3f2b8a', document, 'about:blank']) {
      expect(printing.attemptWith(frame(url), 'will-frame-navigate')).toBe(false);
      expect(printing.attemptWith(frame(url, true), 'will-frame-navigate')).toBe(true);
      expect(contents.attemptWith(frame(url), 'will-frame-navigate')).toBe(true);
    }
    for (const url of [
      'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai.evil.example/',
      'chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/index.html',
      'file:///etc/passwd',
      'https://evil.example/',
    ]) {
      expect(printing.attemptWith(frame(url), 'will-frame-navigate')).toBe(true);
    }
  });

  it('blocks <webview> attachment', () => {
    expect(contents.attempt('will-attach-webview', {}, { src: 'https://evil.example/' })).toBe(true);
  });

  it('denies every window.open and opens only allowed links externally', () => {
    const open = contents.windowOpenHandler;
    expect(open).not.toBeNull();
    for (const url of ['https://www.esa.int/', 'mailto:presse@agence.example', 'tel:+33144767500', 'javascript:alert(1)', 'file:///etc/passwd', 'http://example.org/']) {
      expect(open?.({ url })).toEqual({ action: 'deny' });
    }
    expect(electron.shell.openExternal.mock.calls.map(([url]) => url)).toEqual([
      'https://www.esa.int/',
      'mailto:presse@agence.example',
      'tel:+33144767500',
    ]);
  });

  it('is applied to every web contents the app creates', () => {
    const app = new EventEmitter();
    installWebContentsGuards(app as unknown as App);
    const created = new FakeWebContents();
    app.emit('web-contents-created', new FakeEvent(), created);
    expect(created.attempt('will-navigate', 'https://evil.example/')).toBe(true);
    expect(created.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});

describe('applySessionPolicy', () => {
  let session: FakeSession;
  beforeEach(() => {
    session = new FakeSession();
    applySessionPolicy(session as unknown as Session, contentSecurityPolicy);
  });

  it('refuses every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      session.permissionRequestHandler?.(...([{}, permission, callback, {}] as never[]));
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.permissionCheckHandler?.(...([null, permission, 'app://presskit', {}] as never[]))).toBe(false);
    }
    expect(session.devicePermissionHandler?.(...([{ deviceType: 'usb' }] as never[]))).toBe(false);
    const streams = vi.fn();
    session.displayMediaRequestHandler?.(...([{}, streams] as never[]));
    expect(streams).toHaveBeenCalledWith(null);
  });

  it('cancels downloads', () => {
    const event = new FakeEvent();
    session.emit('will-download', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('puts our CSP on every response, replacing whatever the server sent', () => {
    const callback = vi.fn();
    const responseHeaders = { 'content-security-policy': ["default-src *; script-src 'unsafe-eval'"], 'Content-Type': ['text/html'] };
    session.headersListener?.(...([{ url: 'app://presskit/index.html', responseHeaders }, callback] as never[]));
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy] },
    });
  });
});

describe('withContentSecurityPolicy', () => {
  it('adds the policy when the response had no headers', () => {
    expect(withContentSecurityPolicy(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});
