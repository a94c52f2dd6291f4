/**
 * The browser test transport: the built renderer and the real API handlers, served to a browser on
 * 127.0.0.1 only, behind a random token. Every API call goes through `dispatch`, as over IPC.
 * For tests and demonstrations; the app itself never starts it.
 */
import { existsSync } from 'node:fs';
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
import { UserError } from '../core/errors';
import { carriesToken, isAllowedHost, newToken, tokenCookie } from './access';
import { BodyTooLarge, DEFAULT_MAX_BODY_BYTES, readBody } from './body';
import { bridgeScript } from './bridge-bundle';
import { BRIDGE_PATH, headerPolicyOf, withBridge } from './page';
import { contentTypeFor, rendererFile } from '../api/renderer-files';
import { TOKEN_PARAM } from './token-names';

export const LOOPBACK = '127.0.0.1';
const API_PREFIX = '/api/';

export interface StudioServerOptions {
  dataDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Seeds the demo archive when the store is empty. */
  demo?: boolean;
  /** The built renderer; by default out/renderer above this module. */
  rendererDir?: string;
  maxBodyBytes?: number;
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
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const candidate = join(dir, 'out', 'renderer');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (dirname(dir) === dir) throw new UserError('web.notBuilt', undefined, 'usage');
  }
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

function failure(kind: string, message: string): Envelope<never> {
  return { ok: false, error: { kind, message } };
}

interface Context {
  app: App;
  port: number;
  token: string;
  rendererDir: string;
  policy: string;
  maxBodyBytes: number;
}

async function answerApi(context: Context, request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void> {
  if (request.method !== 'POST') {
    sendEnvelope(response, 405, failure('usage', 'The API accepts POST requests only.'), { Allow: 'POST' });
    return;
  }
  let text: string;
  try {
    text = await readBody(request, context.maxBodyBytes);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    // The rest of the body is not read: answer, then drop the connection.
    response.once('finish', () => request.destroy());
    sendEnvelope(response, 413, failure('too-large', error.message), { Connection: 'close' });
    return;
  }
  let payload: unknown;
  try {
    payload = decodeWire(text);
  } catch {
    sendEnvelope(response, 400, failure('bad-input', 'The request body is not valid JSON.'));
    return;
  }
  let channel: string;
  try {
    channel = decodeURIComponent(pathname.slice(API_PREFIX.length));
  } catch {
    channel = pathname;
  }
  sendEnvelope(response, 200, await dispatch(context.app.api, channel, payload));
}

async function answerStatic(context: Context, request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void> {
  if (request.method !== 'GET') {
    send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed.\n', { Allow: 'GET' });
    return;
  }
  const headers = { 'Content-Security-Policy': context.policy };
  if (pathname === BRIDGE_PATH) {
    send(response, 200, 'text/javascript; charset=utf-8', await bridgeScript(), headers);
    return;
  }
  const file = rendererFile(pathname, context.rendererDir);
  const found = file ? await stat(file).then((info) => info.isFile(), () => false) : false;
  if (!file || !found) {
    send(response, 404, 'text/plain; charset=utf-8', 'Not found.\n');
    return;
  }
  if (file === join(context.rendererDir, 'index.html')) {
    const page = withBridge(await readFile(file, 'utf8'), context.token);
    send(response, 200, contentTypeFor(file), page, { ...headers, 'Set-Cookie': tokenCookie(context.port, context.token) });
    return;
  }
  send(response, 200, contentTypeFor(file), await readFile(file), headers);
}

async function answer(context: Context, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const target = request.url ?? '';
  // Refusals answer in the form the caller reads: an envelope for the API, text otherwise.
  const refuse = (status: number, message: string) =>
    target.startsWith(API_PREFIX) ? sendEnvelope(response, status, failure('forbidden', message)) : send(response, status, 'text/plain; charset=utf-8', `${message}\n`);
  // The Host check defeats DNS rebinding: a hostile page's requests name its own host.
  if (!isAllowedHost(request.headers.host, context.port)) return refuse(403, 'This server answers only to 127.0.0.1 or localhost.');
  if (!target.startsWith('/') || target.startsWith('//')) return refuse(400, 'Bad request.');
  const url = new URL(target, `http://${LOOPBACK}:${context.port}`);
  if (!carriesToken(url, request.headers, context.port, context.token)) return refuse(403, 'Forbidden: this request does not carry the server’s token.');
  return url.pathname.startsWith(API_PREFIX) ? answerApi(context, request, response, url.pathname) : answerStatic(context, request, response, url.pathname);
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
  await bridgeScript();
  const app = await openApp({ dataDir: options.dataDir, shell: webShell(options.dataDir) });
  let server: Server | null = null;
  try {
    if (options.demo) {
      const seeded = await dispatch(app.api, 'demo.seed', {});
      if (!seeded.ok) throw refusalOf(seeded.error);
    }
    const token = newToken();
    const context: Context = { app, port: 0, token, rendererDir, policy, maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES };
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
