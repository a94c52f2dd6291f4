/** Runs the real `presskit` command, bundled from the sources the way `npm run build:cli` does. */
import { build, type BuildOptions } from 'esbuild';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, type Dirent } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { finished } from './child-output';

const ROOT = resolve(import.meta.dirname, '../..');
const { cliBuildOptions } = (await import(join(ROOT, 'scripts/cli-build-options.mjs'))) as { cliBuildOptions: BuildOptions };
export const FIXTURE = join(ROOT, 'assets/demo/communique-cp124-2019.fr.md');

let bundled: Promise<string> | undefined;

/** Each test file gets its own bundle inside the repository, so that the assets folder is found above it. */
export function buildCli(): Promise<string> {
  bundled ??= (async () => {
    mkdirSync(join(ROOT, 'out/test'), { recursive: true });
    const outdir = mkdtempSync(join(ROOT, 'out/test/cli-'));
    await build({ ...cliBuildOptions, sourcemap: false, entryPoints: { presskit: join(ROOT, 'main/cli/index.ts'), 'pdf-worker': join(ROOT, 'main/pdf/worker.ts'), 'spell-worker': join(ROOT, 'main/spell/worker.ts') }, outdir });
    return join(outdir, 'presskit.js');
  })();
  return bundled;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export async function presskit(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  const cli = await buildCli();
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, PRESSKIT_DATA_DIR: '', ...options.env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export async function spawnPresskit(args: string[]): Promise<ChildProcess> {
  const cli = await buildCli();
  return spawn(process.execPath, [cli, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

const running = new Set<ChildProcess>();

/**
 * Runs presskit without blocking the test's thread, so that a command that hangs fails its test by the
 * test's timeout; call stopRunningPresskits() after each test to end any such command.
 */
export async function presskitAsync(args: string[]): Promise<CliResult> {
  const child = await spawnPresskit(args);
  running.add(child);
  try {
    const { code, stdout, stderr } = await finished(child);
    return { code, stdout, stderr };
  } finally {
    running.delete(child);
  }
}

export function stopRunningPresskits(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

export function tempDir(prefix = 'presskit-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The stored archive as bytes: presskit.json and every file under archive/, each named, in order. */
export function storeBytes(dataDir: string): Buffer {
  const names = (readdirSync(join(dataDir, 'archive'), { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  return Buffer.concat([join(dataDir, 'presskit.json'), ...names].flatMap((file) => [Buffer.from(`${file}\0`), readFileSync(file)]));
}
