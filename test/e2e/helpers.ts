/**
 * End-to-end harness: the built renderer and the real handlers behind the browser test transport
 * (main/web), driven in Debian's Chromium through playwright-core. No browser is ever downloaded.
 * A session fails on any console error (a file the page loads answering 404 is one), page error, or
 * request that would leave the test server, and when /favicon.ico does not answer.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Envelope } from '../../main/api/contract';
import { decodeWire, encodeWire } from '../../main/api/wire';
import { createStudioServer, type StudioServer } from '../../main/web/server';
import { TOKEN_HEADER } from '../../main/web/token-names';

const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOTS_DIR = join(ROOT, 'test-results', 'screenshots');

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

let built: Promise<string> | undefined;

/**
 * Builds the app once per test process into a fresh temporary folder (never out/, which other
 * builds may be rewriting at the same time), and returns the renderer folder.
 */
export function buildRenderer(): Promise<string> {
  built ??= new Promise((resolvePromise, reject) => {
    const outDir = mkdtempSync(join(tmpdir(), 'presskit-e2e-build-'));
    const child = spawn(join(ROOT, 'node_modules/.bin/electron-vite'), ['build', '--outDir', outDir, '--logLevel', 'error'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise(join(outDir, 'renderer')) : reject(new Error(`electron-vite build failed (${code}):\n${output}`))));
  });
  return built;
}

export function startServer(options: { dataDir: string; demo?: boolean }): Promise<StudioServer> {
  return buildRenderer().then((rendererDir) => createStudioServer({ ...options, port: 0, rendererDir }));
}

export interface StudioSession {
  server: StudioServer;
  dataDir: string;
  page: Page;
  /** Console errors, page errors and refused requests, in order. */
  problems: string[];
  /** Saves a full-page screenshot as test-results/screenshots/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Closes the browser and the server, then fails if anything went wrong during the session. */
  close(): Promise<void>;
}

/** Only the test server's own origin (and those a test serves itself); data: and blob: URLs stay inside the page. */
function isAllowedUrl(url: string, origins: readonly string[]): boolean {
  return origins.some((origin) => url.startsWith(`${origin}/`)) || url.startsWith('data:') || url.startsWith('blob:');
}

async function watch(context: BrowserContext, page: Page, origins: readonly string[], problems: string[]): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isAllowedUrl(url, origins)) return route.continue();
    problems.push(`request outside the test server refused: ${url}`);
    return route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
}

export interface StudioOptions {
  demo?: boolean;
  dataDir?: string;
  /** Origins besides the test server's that the browser may reach: servers the test runs itself. */
  otherOrigins?: readonly string[];
}

/**
 * Starts the test server on a new data folder (or `dataDir`), a fresh Chromium profile, and opens
 * the studio; resolves once the page has loaded and the network is quiet.
 */
export async function openStudio(options: StudioOptions = {}): Promise<StudioSession> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'presskit-e2e-data-')));
  const server = await startServer({ dataDir, demo: options.demo ?? false });
  const profile = await mkdtemp(join(tmpdir(), 'presskit-e2e-chromium-'));
  let context: BrowserContext | undefined;
  const problems: string[] = [];
  const close = async () => {
    await context?.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  };
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
      locale: 'en-GB',
      timezoneId: 'Europe/Paris',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    // A shared two-core machine can be slow to typeset and paint; a wait that fails still fails, later.
    page.setDefaultTimeout(45_000);
    await watch(context, page, [server.origin, ...(options.otherOrigins ?? [])], problems);
    await page.goto(server.url, { waitUntil: 'networkidle' });
    // Chromium asks for /favicon.ico on every page load, and logs a console error when it is missing, but
    // not while requests are routed (Playwright fails that one request itself): the harness asks instead.
    const favicon = await page.request.get(`${server.origin}/favicon.ico`);
    if (!favicon.ok()) problems.push(`/favicon.ico answered ${favicon.status()}`);
    return {
      server,
      dataDir,
      page,
      problems,
      screenshot: async (name) => {
        mkdirSync(SCREENSHOTS_DIR, { recursive: true });
        const path = join(SCREENSHOTS_DIR, `${name}.png`);
        await page.screenshot({ path, fullPage: true });
        return path;
      },
      close: async () => {
        await close();
        if (problems.length > 0) throw new Error(`The studio session was not clean:\n${problems.join('\n')}`);
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Calls the test server's API from Node as its own page does: the token in its header, from its own origin. */
export async function callApi(server: StudioServer, channel: string, input: unknown): Promise<Envelope<unknown>> {
  const response = await fetch(`${server.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: server.token, Origin: server.origin },
    body: encodeWire(input),
  });
  return decodeWire(await response.text()) as Envelope<unknown>;
}
