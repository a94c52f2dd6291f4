/**
 * The store at 20 and at 20,000 releases (seeded through the API, one bundle restore): an autosave of one
 * release (time in main and bytes written), the list, a search, opening one release, and opening the store
 * in a new process (nothing cached in it; the files in the OS cache, as on a second launch): first right
 * after the seed, reading every document file, then again, from the snapshot that first open left; and the
 * first search after opening, in a one-shot command and in the app once its warm-up after opening is done.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openApp } from '../main/api/app';
import { seedArchive } from './bench-archive';

export const STORE_SIZES = [20, 20_000];
const AUTOSAVES = 20;

export interface StoreFigures {
  releases: number;
  autosaveMs: { median: number; max: number };
  bytesPerAutosave: number;
  listMs: number;
  searchMs: number;
  openOneMs: number;
  /** The first search after opening, without the warm-up (the CLI), and in the app once its warm-up is done. */
  firstSearchMs: { cold: number; warm: number };
  /** The app's warm-up after opening: its duration, and the longest main waited for the event loop meanwhile. */
  warmUp: { ms: number; longestTaskMs: number };
  /** Every document file read (no snapshot yet), and from archive/snapshot.json. */
  coldOpenMs: { files: number; snapshot: number };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 10) / 10;
};

/** Bytes this process has written so far (Linux; 0 elsewhere). */
function bytesWritten(): number {
  try {
    return Number(/^wchar: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

async function timed<T>(task: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await task();
  return [result, performance.now() - started];
}

/**
 * Run in a fresh process by `coldOpen`: opens the store and lists the releases, and prints the ms. The
 * close is not timed: it waits for the snapshot a first open writes.
 */
export async function openOnce(dataDir: string): Promise<number> {
  const [app, ms] = await timed(async () => {
    const opened = await openApp({ dataDir });
    await opened.api['releases.list']({});
    return opened;
  });
  await app.close();
  return ms;
}

function coldOpen(script: string, dataDir: string): number {
  const child = spawnSync(process.execPath, [script, '--store-open', dataDir], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return Number(child.stdout);
}

/** The app as the studio opens it: its warm-up timed, the event loop watched meanwhile, then its first search. */
async function warmedUp(dataDir: string): Promise<{ warmUp: StoreFigures['warmUp']; warmSearchMs: number }> {
  const app = await openApp({ dataDir, warmUp: true });
  try {
    const delays = monitorEventLoopDelay({ resolution: 1 });
    delays.enable();
    const [, ms] = await timed(async () => app.warmUp?.done);
    delays.disable();
    const [, warmSearchMs] = await timed(() => app.api['releases.list']({ query: 'zq5' }));
    return { warmUp: { ms: Math.round(ms), longestTaskMs: Math.round(delays.max / 1e6) }, warmSearchMs };
  } finally {
    await app.close();
  }
}

async function measureSize(script: string, size: number): Promise<StoreFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'presskit-bench-store-'));
  try {
    const releases = await seedArchive(dataDir, size);
    const coldOpenMs = { files: Math.round(coldOpen(script, dataDir)), snapshot: Math.round(coldOpen(script, dataDir)) };
    const app = await openApp({ dataDir });
    try {
      const [list, listMs] = await timed(() => app.api['releases.list']({}));
      const [, firstSearch] = await timed(() => app.api['releases.list']({ query: 'zq5' }));
      const [, searchMs] = await timed(() => app.api['releases.list']({ query: 'zq7' }));
      const target = list[Math.floor(list.length / 2)];
      if (!target) throw new Error('nothing seeded');
      const [, openOneMs] = await timed(() => app.api['releases.get']({ ref: target.ref, language: target.language }));
      const saves: number[] = [];
      const before = bytesWritten();
      for (let at = 0; at < AUTOSAVES; at += 1) saves.push((await timed(() => app.api['releases.update']({ id: target.id, changes: { subtitle: `Autosave ${at}` } })))[1]);
      const bytesPerAutosave = Math.round((bytesWritten() - before) / AUTOSAVES);
      const { warmUp, warmSearchMs } = await warmedUp(dataDir);
      return {
        releases,
        autosaveMs: { median: median(saves), max: Math.round(Math.max(...saves)) },
        bytesPerAutosave,
        listMs: median([listMs]),
        searchMs: median([searchMs]),
        openOneMs: median([openOneMs]),
        coldOpenMs,
        firstSearchMs: { cold: median([firstSearch]), warm: median([warmSearchMs]) },
        warmUp,
      };
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function measureStore(script: string): Promise<StoreFigures[]> {
  const figures: StoreFigures[] = [];
  for (const size of STORE_SIZES) figures.push(await measureSize(script, size));
  return figures;
}

export function describeStore(figures: readonly StoreFigures[]): string {
  const rows = figures.map(
    (f) =>
      `${String(f.releases).padStart(6)} releases: autosave ${f.autosaveMs.median} ms median, ${f.autosaveMs.max} ms max, ${(f.bytesPerAutosave / 1024).toFixed(1)} KB written; list ${f.listMs.toFixed(1)} ms, search ${f.searchMs.toFixed(1)} ms (the first after opening ${f.firstSearchMs.cold.toFixed(1)} ms, ${f.firstSearchMs.warm.toFixed(1)} ms after the app's warm-up of ${f.warmUp.ms} ms, longest task ${f.warmUp.longestTaskMs} ms), open one ${f.openOneMs.toFixed(1)} ms; open the store in a new process ${f.coldOpenMs.files} ms, from its snapshot ${f.coldOpenMs.snapshot} ms`,
  );
  const [small, large] = [figures[0], figures.at(-1)];
  const ratio = small && large && small.autosaveMs.median > 0 ? ` (autosave ${(large.autosaveMs.median / small.autosaveMs.median).toFixed(2)}× the small archive's)` : '';
  return `store, one file per document${ratio}:\n${rows.join('\n')}`;
}
