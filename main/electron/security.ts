/**
 * The guards every web contents gets: no navigation, no new windows, no <webview>, no permissions,
 * the CSP on every response. Links to the outside open in the user's browser or mail/phone app,
 * and only for https:, mailto: and tel: URLs that the URL parser accepts. The one exception is the
 * print window, where Chromium's PDF viewer may build its own frames (see permitPdfViewerFrames).
 */
import { shell, type App, type Session, type WebContents } from 'electron';

const MAX_EXTERNAL_URL_LENGTH = 2048;
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
const PHONE = /^\+?[0-9][0-9 ().-]{2,30}$/;

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Whether a URL may leave the app for the system browser, mail or phone app. */
export function isAllowedExternalUrl(url: string): boolean {
  if (url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  switch (parsed.protocol) {
    case 'https:':
      return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
    case 'mailto:': {
      const addresses = decoded(parsed.pathname);
      return addresses !== null && addresses.split(',').every((address) => EMAIL.test(address.trim()));
    }
    case 'tel:': {
      const number = decoded(parsed.pathname);
      return number !== null && PHONE.test(number);
    }
    default:
      return false;
  }
}

/** Response headers with any CSP the server sent replaced by ours. */
export function withContentSecurityPolicy(
  headers: Record<string, string | string[]> | undefined,
  csp: string,
): Record<string, string | string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [csp] };
}

/** Opens an allowed URL outside the app (normalised by the parser); anything else is ignored. */
export function openExternally(url: string): void {
  if (!isAllowedExternalUrl(url)) return;
  shell.openExternal(new URL(url).href).catch((error: unknown) => console.error('[security] could not open a link:', error));
}

/** Every permission refused, no downloads: the rules of every session, the print window's included. */
export function refuseSessionRequests(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  session.on('will-download', (event) => event.preventDefault());
}

/** The studio's session: our CSP on every response, and the requests refused. */
export function applySessionPolicy(session: Session, csp: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, csp) });
  });
  refuseSessionRequests(session);
}

/** Chromium's PDF viewer is a built-in extension with this origin. */
const PDF_VIEWER_ORIGIN = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai';
const pdfDocuments = new WeakMap<WebContents, string>();

/**
 * Lets Chromium's PDF viewer build its sub-frames in `contents`, which shows the PDF at `documentUrl`:
 * the viewer's page, the document frame inside it and their about:blank starts are navigations the
 * viewer itself starts from inside the page, which the frame-navigation guard would otherwise stop,
 * leaving a blank viewer and a blank print. The main frame stays where it was loaded.
 */
export function permitPdfViewerFrames(contents: WebContents, documentUrl: string): void {
  pdfDocuments.set(contents, documentUrl);
}

function isPdfViewerFrame(contents: WebContents, { url, isMainFrame }: { url: string; isMainFrame: boolean }): boolean {
  const documentUrl = pdfDocuments.get(contents);
  if (documentUrl === undefined || isMainFrame) return false;
  return url === 'about:blank' || url === documentUrl || url.startsWith(`${PDF_VIEWER_ORIGIN}/`);
}

/** The guards of one web contents: it stays on the page it was given. */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => {
    if (!isPdfViewerFrame(contents, event)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
}

/** Applies the guards to every web contents the app ever creates, windows and devtools included. */
export function installWebContentsGuards(app: App): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
