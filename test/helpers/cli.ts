/** Runs the real `presskit` command, bundled from the sources the way `npm run build:cli` does. */
import { build, type BuildOptions } from 'esbuild';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { finished } from './child-output';

const ROOT = resolve(import.meta.dirname, '../..');
const { buildCommand, cliBuildOptions } = (await import(join(ROOT, 'scripts/cli-build-options.mjs'))) as {
  buildCommand: (outdir: string, overrides?: BuildOptions) => Promise<void>;
  cliBuildOptions: BuildOptions;
};
export const FIXTURE = join(ROOT, 'assets/demo/communique-cp124-2019.fr.md');

/** The model communiqué's Markdown with `figures` (Markdown lines) after its first paragraph. */
export function communiqueWithFigures(figures: string): string {
  const model = readFileSync(FIXTURE, 'utf8');
  const at = model.indexOf('\n\nEn 2018');
  return `${model.slice(0, at)}\n\n${figures}${model.slice(at)}`;
}

let bundled: Promise<string> | undefined;

/**
 * Each test file gets its own bundle inside the repository, so that the assets folder is found above it, and
 * its own code cache beside it: the file's first command runs without one, the next ones with it.
 */
export function buildCli(): Promise<string> {
  bundled ??= (async () => {
    mkdirSync(join(ROOT, 'out/test'), { recursive: true });
    const outdir = mkdtempSync(join(ROOT, 'out/test/cli-'));
    await buildCommand(outdir, { sourcemap: false });
    await build({ ...cliBuildOptions, sourcemap: false, entryPoints: { 'spell-worker': join(ROOT, 'main/spell/worker.ts') }, outdir });
    return join(outdir, 'presskit.js');
  })();
  return bundled;
}

/** The environment of a test's command: no store of the user's, the test bundle's code cache. */
function commandEnv(cli: string, env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, PRESSKIT_DATA_DIR: '', PRESSKIT_CACHE_DIR: join(dirname(cli), 'cache'), ...env };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * stderr without the export's spelling warnings, which every export of the model communiqué, or of a kit
 * holding it, gives (its names, Rogozin or Roshydromet, are in no dictionary): for the tests about the other warnings.
 */
export function besidesSpelling(stderr: string): string {
  return stderr
    .split(/(?<=\n)/u)
    .filter((line) => !/^presskit: Words in \S+ (?:\(\w+\), « .* », )?that its dictionary does not know/u.test(line))
    .join('');
}

export async function presskit(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  const cli = await buildCli();
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd ?? ROOT,
    env: commandEnv(cli, options.env),
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export async function spawnPresskit(args: string[]): Promise<ChildProcess> {
  const cli = await buildCli();
  return spawn(process.execPath, [cli, ...args], { cwd: ROOT, env: commandEnv(cli), stdio: ['ignore', 'pipe', 'pipe'] });
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

export { storeBytes } from './store-bytes';

/** A fresh data folder holding the model communiqué, CP124-2019 (French, 27 August 2019), and presskit run on it. */
export async function fixtureArchive(): Promise<{ dataDir: string; run: (...args: string[]) => Promise<CliResult> }> {
  const dataDir = tempDir();
  const run = (...args: string[]) => presskit(['--data-dir', dataDir, ...args]);
  const imported = await run('import', FIXTURE);
  if (imported.code !== 0) throw new Error(`The model communiqué did not import: ${imported.stderr}`);
  return { dataDir, run };
}
