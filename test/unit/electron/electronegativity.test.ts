/**
 * Static scan of the shell and the renderer with @doyensec/electronegativity: no HIGH finding may
 * appear. The scan covers main/electron and renderer together, as one app, because its global
 * checks (navigation limits, permission handler, CSP) look for the guard anywhere in the input.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

interface Finding {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location: { line: number; column: number };
}
interface ScanResult {
  issues: Finding[];
  errors: { file: string; message: string }[];
}
type Electronegativity = (options: { input: string; electronVersionOverride: string; isRelative: boolean }) => Promise<ScanResult>;

const require = createRequire(import.meta.url);
const ELECTRON_VERSION = (require('electron/package.json') as { version: string }).version;

/**
 * The tool fetches translations and Electron's release list with `got`; tests make no network
 * request, so `got` is replaced by one that fails at once, and the tool falls back to its bundled
 * translations (only the "newer Electron available" informational check is lost).
 */
function loadOffline(): Electronegativity {
  const packageDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = require.resolve('got', { paths: [packageDir] });
  const offline = Object.assign(async () => Promise.reject(new Error('offline: tests make no network request')), {
    head: async () => Promise.reject(new Error('offline: tests make no network request')),
  });
  const stub = new Module(gotPath);
  stub.exports = offline;
  stub.loaded = true;
  require.cache[gotPath] = stub;
  return require('@doyensec/electronegativity') as Electronegativity;
}

const high = (result: ScanResult): string[] =>
  result.issues.filter((issue) => issue.severity.name === 'HIGH').map((issue) => `${issue.id} ${issue.file}:${issue.location.line}`);

describe('electronegativity', () => {
  let scan: (input: string) => Promise<ScanResult>;
  let work: string;

  /** A copy of the shell and the renderer, optionally edited, to scan as one app. */
  function appCopy(name: string, edit?: (dir: string) => void): string {
    const dir = join(work, name);
    cpSync('main/electron', join(dir, 'main', 'electron'), { recursive: true });
    cpSync('renderer', join(dir, 'renderer'), { recursive: true, filter: (source) => !source.includes('node_modules') });
    edit?.(dir);
    return dir;
  }

  beforeAll(() => {
    const run = loadOffline();
    scan = async (input) => {
      // The tool narrates its offline fallbacks on stdout; the findings are what the tests read.
      const quiet = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      try {
        return await run({ input, electronVersionOverride: ELECTRON_VERSION, isRelative: true });
      } finally {
        quiet.mockRestore();
      }
    };
    work = mkdtempSync(join(tmpdir(), 'presskit-electronegativity-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('finds no HIGH issue in the shell and the renderer, and parses every file', async () => {
    const result = await scan(appCopy('app'));
    expect(result.errors).toEqual([]);
    expect(high(result)).toEqual([]);
  });

  it('flags a window with Node integration and no context isolation (the scan can fail)', async () => {
    const dir = join(work, 'unsafe');
    cpSync('main/electron', dir, { recursive: true });
    writeFileSync(
      join(dir, 'unsafe-window.ts'),
      "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
    );
    const result = await scan(dir);
    // The tool rates nodeIntegration alone as informational on Electron >= 5; contextIsolation: false is HIGH.
    expect(result.issues.map((issue) => `${issue.id} ${issue.file}`)).toContain('NODE_INTEGRATION_JS_CHECK unsafe-window.ts');
    expect(high(result)).toEqual(['CONTEXT_ISOLATION_JS_CHECK unsafe-window.ts:2']);
  });

  it('flags the app once its navigation and window-open guards are removed (the global checks see ours)', async () => {
    const dir = appCopy('unguarded', (copy) => {
      const file = join(copy, 'main', 'electron', 'security.ts');
      const source = readFileSync(file, 'utf8');
      // Keep the file valid: the guards become harmless calls the tool does not count as guards.
      writeFileSync(file, source.replaceAll("'will-navigate'", "'did-finish-load'").replaceAll('setWindowOpenHandler', 'setZoomFactor'));
    });
    expect(high(await scan(dir))).toContain('LIMIT_NAVIGATION_GLOBAL_CHECK N/A:0');
  });
});
