import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Contact } from '../../../main/core/schema';
import { finished, type Finished } from '../../helpers/child-output';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/store/', import.meta.url));

export function fixture(name: string): Promise<string> {
  return readFile(join(FIXTURES, name), 'utf8');
}

export async function tempDir(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'presskit-store-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

export const contact = (id: string): Contact => ({
  id,
  name: `Contact ${id}`,
  roles: { fr: 'Attachée de presse' },
  organisation: '',
  country: 'FR',
  phones: [{ type: 'work', number: '+33144767500' }],
  email: `${id}@example.org`,
  photo: null,
  languages: ['fr'],
  notes: '',
});

/** A clock that moves only when told to. */
export function fakeClock(start = '2026-11-25T09:00:00.000Z'): { now: () => Date; advance: (ms: number) => void } {
  let time = Date.parse(start);
  return { now: () => new Date(time), advance: (ms) => (time += ms) };
}

/** Bundles store-child.ts (and the store with it) into one plain-Node script in `outDir`. */
export async function bundleChild(outDir: string): Promise<string> {
  const outfile = join(outDir, 'store-child.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./store-child.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
  });
  return outfile;
}

export { finished, type Finished };

export function runChild(script: string, args: string[]): Promise<Finished> {
  return finished(spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }));
}

/** Starts a child that takes the folder's lock; resolves once it holds it. */
export async function lockHolder(script: string, dataDir: string): Promise<{ child: ChildProcess; exited: Promise<Finished> }> {
  const child = spawn(process.execPath, [script, 'hold-lock', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = finished(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve();
    });
    void exited.then((result) => reject(new Error(`lock holder exited early: ${result.stderr}`)));
  });
  return { child, exited };
}

/** Every file under `folder` (but the lock) with its bytes: what a refused change must leave as it was. */
export async function folderSnapshot(folder: string): Promise<Record<string, string>> {
  const { readdir: list } = await import('node:fs/promises');
  const entries = await list(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && !entry.name.endsWith('.lock'));
  const pairs = await Promise.all(files.map(async (entry) => [join(entry.parentPath, entry.name).slice(folder.length + 1), (await readFile(join(entry.parentPath, entry.name))).toString('base64')] as const));
  return Object.fromEntries(pairs.sort(([a], [b]) => a.localeCompare(b)));
}

/** The documents of a collection as stored: their envelopes, by id. */
export async function storedDocs(folder: string, collection: string): Promise<Record<string, { rev: string; updatedAt: string; doc: unknown }>> {
  const { readdir: list } = await import('node:fs/promises');
  const names = await list(join(folder, 'archive', collection)).catch(() => [] as string[]);
  const envelopes = await Promise.all(names.filter((name) => name.endsWith('.json')).map(async (name) => JSON.parse(await readFile(join(folder, 'archive', collection, name), 'utf8')) as { id: string; rev: string; updatedAt: string; doc: unknown }));
  return Object.fromEntries(envelopes.map((envelope) => [envelope.id, envelope]));
}
