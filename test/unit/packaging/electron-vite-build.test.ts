/**
 * The Electron build as electron-vite produces it (into a temporary folder): an ESM main, a
 * CommonJS preload that requires nothing but 'electron' (a sandboxed preload can require little
 * else), and a renderer page with the app's CSP and no inline script.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, metaContentSecurityPolicy } from '../../../main/electron/csp';

describe('electron-vite build', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'presskit-build-'));
    execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--outDir', out, '--logLevel', 'error'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes main, preload and renderer where package.json and the window expect them', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string };
    expect(pkg.main).toBe('out/main/index.js');
    expect(existsSync(join(out, 'main', 'index.js'))).toBe(true);
    expect(existsSync(join(out, 'preload', 'index.cjs'))).toBe(true);
    expect(existsSync(join(out, 'renderer', 'index.html'))).toBe(true);
  });

  it('leaves sharp out of the main bundles (the typesetting worker\'s among them), which load it and its libvips binary from node_modules', () => {
    const main = join(out, 'main');
    const worker = readdirSync(main, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(main, file), 'utf8'))
      .join('\n');
    // Imported where a picture is first needed: `import("sharp")`.
    expect(worker).toMatch(/import\(\s*["']sharp["']\s*\)/u);
    expect(worker).not.toContain('sharp-libvips');
  });

  it('bundles the preload as CommonJS requiring only electron', () => {
    const preload = readFileSync(join(out, 'preload', 'index.cjs'), 'utf8');
    const required = new Set([...preload.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]));
    expect([...required]).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    expect(preload).toContain('exposeInMainWorld("presskit"');
  });

  it('ships a renderer page with the CSP, only external scripts and styles, and no remote origin', () => {
    const html = readFileSync(join(out, 'renderer', 'index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy(contentSecurityPolicy)}" />`);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    const scripts = readdirSync(join(out, 'renderer', 'assets')).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const code = readFileSync(join(out, 'renderer', 'assets', script), 'utf8');
      expect(code).not.toMatch(/\brequire\(\s*["'](electron|node:[a-z_]+|fs|child_process)["']\s*\)/);
    }
  });
});
