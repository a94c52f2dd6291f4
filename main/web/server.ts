/**
 * The browser test transport: the built renderer and the real API handlers, served to a browser on
 * 127.0.0.1 only, behind a random token. Every API call goes through `dispatch`, as over IPC.
 * For tests and demonstrations; the app itself never starts it.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, type App } from '../api/app';
import { webShell } from './shell-handlers';
import type { Envelope } from '../api/contract';
import { dispatch, refusalOf } from '../api/dispatch';
import { decodeWire, encodeWire } from '../api/wire';
import { UserError, type ErrorParams } from '../core/errors';
import { callCarriesToken, isAllowedFetchSite, isAllowedHost, isJsonBody, isOwnOrigin, newToken, pageCarriesToken } from './access';
import { BodyTooLarge, DEFAULT_MAX_BODY_BYTES, readBody } from './body';
import { bridgeScript } from './bridge-bundle';
import { findAbove } from './find-above';
import { BRIDGE_PATH, headerPolicyOf, withBridge } from './page';
import { refusalError, refusalText, type WebRefusal } from './refusals';
import { contentTypeFor, rendererFile } from '../api/renderer-files';
import { TOKEN_PARAM } from './token-names';

export const LOOPBACK = '127.0.0.1';
const API_PREFIX = '/api/';
/** Browsers ask for it on every page; the app's icon answers, not a 404 in the console. */
const FAVICON_PATH = '/favicon.ico';
const APP_ICON = join('assets', 'icons', 'icon.png');

export interface StudioServerOptions {
  dataDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Seeds the demo archive when the store is empty. */
  demo?: boolean;
  /** The built renderer; by default out/renderer above this module. */
  rendererDir?: string;
  maxBodyBytes?: number;
  /** The PNG served as /favicon.ico; by default the app's icon, assets/icons/icon.png above this module. */
  iconFile?: string;
}

export interface StudioServer {
  /** The page to open, token included: http://127.0.0.1:PORT/?token=... */
  url: string;
  origin: string;
  port: number;
  token: string;
  /** Where the socket is bound (always 127.0.0.1). */
  address(): AddressInfo;
  close(): Promise<void>;
}

/** The built renderer's folder (out/renderer), searched upwards from this module. */
export function findRendererDir(from: string = fileURLToPath(import.meta.url)): string {
  const index = findAbove(join('out', 'renderer', 'index.html'), from);
  if (!index) throw new UserError('web.notBuilt', undefined, 'usage');
  return dirname(index);
}

export function findAppIcon(from: string = fileURLToPath(import.meta.url)): string {
  const icon = findAbove(APP_ICON, from);
  if (!icon) throw new Error(`The app's icon (${APP_ICON}) was not found above ${from}.`);
  return icon;
}

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

function send(response: ServerResponse, status: number, contentType: string, body: string | Uint8Array, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': contentType, ...headers });
  response.end(body);
}

function sendEnvelope(response: ServerResponse, status: number, envelope: Envelope<unknown>, headers: Record<string, string> = {}): void {
  send(response, status, 'application/json; charset=utf-8', encodeWire(envelope), headers);
}

type Refuse = (status: number, kind: string, name: WebRefusal, options?: { params?: ErrorParams; headers?: Record<string, string> }) => void;

/** Refusals in the form the caller reads: an envelope for the API, text otherwise. */
function refuser(response: ServerResponse, api: boolean): Refuse {
  return (status, kind, name, { params, headers } = {}) =>
    api
      ? sendEnvelope(response, status, { ok: false, error: refusalError(kind, name, params) }, headers)
      : send(response, status, 'text/plain; charset=utf-8', refusalText(name, params), headers);
}

interface Context {
  app: App;
  port: number;
  token: string;
  rendererDir: string;
  iconFile: string;
  policy: string;
  maxBodyBytes: number;
}

/**
 * An API call: a POST from the server's own page (its Origin), with the token in its header and a JSON
 * body. A page elsewhere can send neither the header nor that body without a preflight, never granted.
 */
async function answerApi(context: Context, request: IncomingMessage, response: ServerResponse, pathname: string, host: string): Promise<void> {
  const refuse = refuser(response, true);
  if (request.method !== 'POST') return refuse(405, 'usage', 'postOnly', { headers: { Allow: 'POST' } });
  if (!isOwnOrigin(request.headers.origin, host)) return refuse(403, 'forbidden', 'origin', { params: { origin: `http://${host}` } });
  if (!callCarriesToken(request.headers, context.token)) return refuse(403, 'forbidden', 'token');
  if (!isJsonBody(request.headers['content-type'])) return refuse(415, 'bad-input', 'contentType');
  let text: string;
  try {
    text = await readBody(request, context.maxBodyBytes);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    // The rest of the body is not read: answer, then drop the connection.
    response.once('finish', () => request.destroy());
    return refuse(413, 'too-large', 'tooLarge', { params: { limit: error.limit }, headers: { Connection: 'close' } });
  }
  let payload: unknown;
  try {
    payload = decodeWire(text);
  } catch {
    return refuse(400, 'bad-input', 'notJson');
  }
  let channel: string;
  try {
    channel = decodeURIComponent(pathname.slice(API_PREFIX.length));
  } catch {
    channel = pathname;
  }
  sendEnvelope(response, 200, await dispatch(context.app.api, channel, payload));
}

/**
 * The page and its files. Only the page needs the token (in its URL), and it hands it to the bridge; the
 * scripts, styles, fonts and icon it loads are the built renderer, which holds no data.
 */
async function answerStatic(context: Context, request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  const refuse = refuser(response, false);
  if (request.method !== 'GET') return refuse(405, 'usage', 'getOnly', { headers: { Allow: 'GET' } });
  const headers = { 'Content-Security-Policy': context.policy };
  if (url.pathname === BRIDGE_PATH) return send(response, 200, 'text/javascript; charset=utf-8', await bridgeScript(), headers);
  if (url.pathname === FAVICON_PATH) return send(response, 200, 'image/png', await readFile(context.iconFile), headers);
  const file = rendererFile(url.pathname, context.rendererDir);
  const found = file ? await stat(file).then((info) => info.isFile(), () => false) : false;
  if (!file || !found) return refuse(404, 'not-found', 'notFound');
  if (file !== join(context.rendererDir, 'index.html')) return send(response, 200, contentTypeFor(file), await readFile(file), headers);
  if (!pageCarriesToken(url, context.token)) return refuse(403, 'forbidden', 'token');
  send(response, 200, contentTypeFor(file), withBridge(await readFile(file, 'utf8'), context.token), headers);
}

async function answer(context: Context, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const target = request.url ?? '';
  const refuse = refuser(response, target.startsWith(API_PREFIX));
  const host = request.headers.host;
  // The Host check defeats DNS rebinding: a hostile page's requests name its own host.
  if (host === undefined || !isAllowedHost(host, context.port)) return refuse(403, 'forbidden', 'host');
  if (!target.startsWith('/') || target.startsWith('//')) return refuse(400, 'bad-input', 'badRequest');
  // Another port of 127.0.0.1 is the same site but not the same origin: only our own page, or the user, asks.
  if (!isAllowedFetchSite(request.headers['sec-fetch-site'])) return refuse(403, 'forbidden', 'site');
  const url = new URL(target, `http://${LOOPBACK}:${context.port}`);
  return url.pathname.startsWith(API_PREFIX) ? answerApi(context, request, response, url.pathname, host) : answerStatic(context, request, response, url);
}

function listen(server: Server, port: number): Promise<AddressInfo> {
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new UserError('web.portTaken', { port }, 'usage') : error),
    );
    server.listen(port, LOOPBACK, () => resolvePromise(server.address() as AddressInfo));
  });
}

export async function createStudioServer(options: StudioServerOptions): Promise<StudioServer> {
  const rendererDir = resolve(options.rendererDir ?? findRendererDir());
  const policy = headerPolicyOf(await readFile(join(rendererDir, 'index.html'), 'utf8'));
  const iconFile = options.iconFile ?? findAppIcon();
  await bridgeScript();
  const app = await openApp({ dataDir: options.dataDir, shell: webShell(options.dataDir), warmUp: true });
  let server: Server | null = null;
  try {
    if (options.demo) {
      const seeded = await dispatch(app.api, 'demo.seed', {});
      if (!seeded.ok) throw refusalOf(seeded.error);
    }
    const token = newToken();
    const context: Context = { app, port: 0, token, rendererDir, iconFile, policy, maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES };
    server = createServer((request, response) => {
      answer(context, request, response).catch((error: unknown) => {
        console.error('[studio:web] request failed:', error);
        if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error.\n');
        else response.destroy();
      });
    });
    const bound = await listen(server, options.port ?? 0);
    context.port = bound.port;
    const origin = `http://${LOOPBACK}:${bound.port}`;
    const running = server;
    return {
      url: `${origin}/?${TOKEN_PARAM}=${encodeURIComponent(token)}`,
      origin,
      port: bound.port,
      token,
      address: () => running.address() as AddressInfo,
      close: async () => {
        await new Promise<void>((resolvePromise) => {
          running.close(() => resolvePromise());
          running.closeAllConnections();
        });
        await app.close();
      },
    };
  } catch (error) {
    server?.close();
    await app.close();
    throw error;
  }
}
