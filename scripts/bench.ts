/**
 * `npm run bench`: speed, memory and typesetting quality of press-kit exports.
 * Each case runs in a fresh process (`--case N`) so that its peak RSS is its own; the parent prints the table.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp } from '../main/api/app';
import { findAssetsDir } from '../main/api/assets';
import { runTypst, typstKit, type TypstRun } from './bench-typst';
import { StructureTree } from '../main/pdf/paint/structure';
import { clearParagraphCache } from '../main/pdf';

/** Kits measured; Typst sets the same kits of TYPST_SIZES, and 24 / 240 tell whether the cost per page stays flat. */
const SIZES = [12, 24, 120, 240];
const TYPST_SIZES = [12, 120];
const ARCHIVE_SIZE = 5000;
/** `--start`: only what a fresh process pays, the first exports of TYPST_SIZES beside Typst's and the cold CLI. */
const START_ONLY = process.argv.includes('--start');
const WARM_RUNS = 5;
const here = fileURLToPath(import.meta.url);
const root = join(findAssetsDir(here), '..');
const SOURCES = [join(root, 'assets/demo/communique-cp124-2019.fr.md'), join(root, 'test/fixtures/import/communique-cp124-2019.ru.md')];

interface CaseResult {
  releases: number;
  pages: number;
  bytes: number;
  /** Opening the data folder and the first export, in a fresh process. */
  firstMs: number;
  medianMs: number;
  msPerPage: number;
  /** Time in the structure tree's methods per page, averaged over the warm runs. */
  taggingMsPerPage: number;
  peakRssMb: number;
  meanStretch: number;
  looseShare: number;
  hyphenatedLines: number;
  overfullLines: number;
}

/** A data folder holding `count` releases, alternately the French model communiqué and its Russian version, and a kit of them all. */
async function seedStore(dataDir: string, count: number): Promise<{ id: string; name: string }> {
  const app = await openApp({ dataDir });
  try {
    const files = SOURCES.map((path) => ({ name: path.split('/').pop() as string, bytes: new Uint8Array(readFileSync(path)) }));
    await app.api['demo.seed']({});
    const refs: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const ref = `BENCH${i + 1}-2019`;
      await app.api['releases.import']({ files: [files[i % 2] as (typeof files)[number]], ref });
      refs.push(ref);
    }
    const name = `Bench ${count}`;
    const kit = await app.api['kits.create']({ name, refs });
    return { id: kit.id, name };
  } finally {
    await app.close();
  }
}

/**
 * Times the tagging: every call into the structure tree (the elements and marked-content numbers made
 * while the pages are painted, then the writing of the tree and its ParentTree as PDF objects), outermost
 * calls only. pdf-lib's serialisation of those objects in `save` is not in it.
 */
function timeTagging(): { ms: () => number; reset: () => void } {
  let ms = 0;
  let depth = 0;
  const methods = StructureTree.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of ['node', 'link', 'mark', 'annotate', 'write']) {
    const original = methods[name] as (...args: unknown[]) => unknown;
    methods[name] = function timed(this: unknown, ...args: unknown[]): unknown {
      const started = depth++ === 0 ? performance.now() : 0;
      try {
        return original.apply(this, args);
      } finally {
        if (--depth === 0) ms += performance.now() - started;
      }
    };
  }
  return { ms: () => ms, reset: () => (ms = 0) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Runs in its own process, on a folder seeded by the parent, so that its peak RSS is the export's alone. */
async function runCase(dataDir: string, id: string, count: number): Promise<CaseResult> {
  const opened = performance.now();
  const app = await openApp({ dataDir });
  const tagging = timeTagging();
  const times: number[] = [];
  let firstMs = 0;
  let last: Awaited<ReturnType<(typeof app.api)['export.kit']>> | undefined;
  for (let run = 0; run <= WARM_RUNS; run += 1) {
    if (run === 1) tagging.reset();
    clearParagraphCache(); // every run sets every paragraph, as Typst's runs after emptying its memo
    const started = performance.now();
    last = await app.api['export.kit']({ id });
    if (run > 0) times.push(performance.now() - started); // the first run warms caches and the JIT
    else firstMs = performance.now() - opened;
  }
  await app.close();
  if (!last) throw new Error('no run');
  const { report, bytes } = last;
  const ms = median(times);
  return {
    releases: count,
    pages: report.pages,
    bytes: bytes.byteLength,
    firstMs,
    medianMs: ms,
    msPerPage: ms / report.pages,
    taggingMsPerPage: tagging.ms() / WARM_RUNS / report.pages,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    meanStretch: report.meanStretch,
    looseShare: report.justifiedLines ? report.looseLines / report.justifiedLines : 0,
    hyphenatedLines: report.hyphenatedLines,
    overfullLines: report.overfullLines,
  };
}

/** The whole command, from a cold start: `presskit export kit`. */
function coldCli(dataDir: string, name: string): { ms: number; pages: number; peakRssMb: number } {
  const cli = join(root, 'out/cli/presskit.js');
  const out = join(dataDir, 'kit.pdf');
  const times: number[] = [];
  let pages = 0;
  let peakRssMb = 0;
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [cli, '--data-dir', dataDir, 'export', 'kit', name, '--out', out, '--report'], { encoding: 'utf8' });
    times.push(performance.now() - started);
    if (result.status !== 0) throw new Error(`presskit export kit failed: ${result.stderr}`);
    const report = JSON.parse(result.stdout) as { pages: number; peakRssMb: number };
    pages = report.pages;
    peakRssMb = Math.max(peakRssMb, report.peakRssMb);
  }
  return { ms: median(times), pages, peakRssMb };
}

/** The Typst source of the kit seeded in `dataDir`, with the releases in the kit's order. */
async function typstSourceOf(dataDir: string, kitId: string): Promise<string> {
  const app = await openApp({ dataDir });
  try {
    const [kits, contacts, brand] = await Promise.all([app.api['kits.list']({}), app.api['contacts.list']({}), app.api['brand.get']({})]);
    const summaries = await app.api['releases.list']({});
    const kit = kits.find((candidate) => candidate.id === kitId);
    if (!kit) throw new Error('the bench kit is missing');
    const refs = new Map(summaries.map((summary) => [summary.id, summary.ref]));
    const releases = [];
    for (const item of kit.items) {
      const ref = item.type === 'release' ? refs.get(item.releaseId) : undefined;
      if (ref) releases.push(await app.api['releases.get']({ ref }));
    }
    return typstKit(releases, contacts, brand);
  } finally {
    await app.close();
  }
}

/** Wall time of a whole `presskit` command from a cold start, median of `runs`. */
function coldCommand(dataDir: string, args: string[], runs = 5): number {
  const cli = join(root, 'out/cli/presskit.js');
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [cli, '--data-dir', dataDir, ...args], { encoding: 'utf8' });
    times.push(performance.now() - started);
    if (result.status !== 0) throw new Error(`presskit ${args.join(' ')} failed: ${result.stderr}`);
  }
  return median(times);
}

function ratio(ours: number, theirs: number): string {
  return `${(ours / theirs).toFixed(2)}×`;
}

function row(cells: (string | number)[]): string {
  return cells.map((cell, i) => (i === 0 ? String(cell).padEnd(22) : String(cell).padStart(10))).join(' ');
}

async function printPreviewLatency(): Promise<void> {
  // Loaded here only: the measured child processes must not carry the browser driver in their memory.
  const { measurePreviewLatency, describePreviewLatency } = await import('./bench-preview');
  console.log(`\n${describePreviewLatency(await measurePreviewLatency(join(root, 'out/renderer')))}`);
}

async function main(): Promise<void> {
  const caseArg = process.argv.indexOf('--case');
  if (caseArg > 0) {
    const [dataDir, id, count] = process.argv.slice(caseArg + 1);
    process.stdout.write(JSON.stringify(await runCase(dataDir as string, id as string, Number(count))));
    return;
  }
  // `--seed DIR N`: a data folder with the kit of N releases, kept for profiling a case by hand.
  const seedArg = process.argv.indexOf('--seed');
  if (seedArg > 0) {
    const [dataDir, count] = process.argv.slice(seedArg + 1);
    process.stdout.write(JSON.stringify(await seedStore(dataDir as string, Number(count))));
    return;
  }
  const storeArg = process.argv.indexOf('--store-open');
  if (storeArg > 0) {
    const { openOnce } = await import('./bench-store');
    process.stdout.write(String(await openOnce(process.argv[storeArg + 1] as string)));
    return;
  }
  const typstArg = process.argv.indexOf('--typst');
  if (typstArg > 0) {
    const source = readFileSync(process.argv[typstArg + 1] as string, 'utf8');
    process.stdout.write(JSON.stringify(await runTypst(source, join(root, 'assets/fonts'), WARM_RUNS)));
    return;
  }
  if (process.argv.includes('--only-preview')) return printPreviewLatency();
  if (process.argv.includes('--only-store')) {
    const { measureStore, describeStore } = await import('./bench-store');
    return console.log(describeStore(await measureStore(here)));
  }
  const folders: string[] = [];
  try {
    const seeded = [];
    for (const size of START_ONLY ? TYPST_SIZES : SIZES) {
      const dataDir = mkdtempSync(join(tmpdir(), 'presskit-bench-'));
      folders.push(dataDir);
      seeded.push({ size, dataDir, ...(await seedStore(dataDir, size)) });
    }
    const inChild = <T>(args: string[]): T => {
      const child = spawnSync(process.execPath, [here, ...args], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(child.stderr);
      return JSON.parse(child.stdout) as T;
    };
    const results = seeded.map(({ size, dataDir, id }) => inChild<CaseResult>(['--case', dataDir, id, String(size)]));
    const typst = new Map<number, TypstRun>();
    for (const { size, dataDir, id } of seeded.filter((kit) => TYPST_SIZES.includes(kit.size))) {
      const sourceFile = join(dataDir, 'kit.typ');
      writeFileSync(sourceFile, await typstSourceOf(dataDir, id));
      typst.set(size, inChild<TypstRun>(['--typst', sourceFile]));
    }
    console.log(`PressKit Studio bench: kit export (cover, contents, N releases fr/ru alternating, contacts), A4, Noto Serif; median of ${WARM_RUNS} warm runs\n`);
    console.log(row(['kit', 'pages', 'median ms', 'ms/page', 'tag ms/pg', 'peak RSS MB', 'KiB', 'stretch', 'loose %', 'hyphen.', 'overfull']));
    for (const r of results) {
      console.log(
        row([
          `${r.releases} releases`,
          r.pages,
          r.medianMs.toFixed(1),
          r.msPerPage.toFixed(2),
          r.taggingMsPerPage.toFixed(3),
          r.peakRssMb.toFixed(0),
          (r.bytes / 1024).toFixed(0),
          r.meanStretch.toFixed(3),
          (100 * r.looseShare).toFixed(1),
          r.hyphenatedLines,
          r.overfullLines,
        ]),
      );
    }
    console.log(`\nside by side with Typst ${'(node binding, the same kit: header, title, lead, body and contacts of each release, justified and hyphenated, Noto fonts; warm runs after emptying its memo cache)'}\n`);
    console.log(row(['kit', 'pages', 'first ms', 'warm ms', 'peak RSS MB', 'Typst pages', 'Typst 1st', 'Typst warm', 'Typst RSS', 'first ×', 'warm ×', 'RSS ×']));
    for (const r of results) {
      const t = typst.get(r.releases);
      if (!t) continue;
      console.log(
        row([
          `${r.releases} releases`,
          r.pages,
          r.firstMs.toFixed(0),
          r.medianMs.toFixed(1),
          r.peakRssMb.toFixed(0),
          t.pages,
          t.firstMs.toFixed(0),
          t.warmMedianMs.toFixed(1),
          t.peakRssMb.toFixed(0),
          ratio(r.firstMs, t.firstMs),
          ratio(r.medianMs, t.warmMedianMs),
          ratio(r.peakRssMb, t.peakRssMb),
        ]),
      );
    }
    const few = results.find((r) => r.releases === 24);
    const many = results.find((r) => r.releases === 240);
    if (few && many) {
      console.log(`\nms per page: ${few.msPerPage.toFixed(2)} at ${few.releases} releases, ${many.msPerPage.toFixed(2)} at ${many.releases} (${ratio(many.msPerPage, few.msPerPage)})`);
    }
    // `--kits`: the kit exports and Typst beside them only, without the CLI, the browser and the archive.
    if (process.argv.includes('--kits')) return;
    const model = seeded[0] as (typeof seeded)[number];
    const listMs = coldCommand(model.dataDir, ['list']);
    const exportMs = coldCommand(model.dataDir, ['export', 'release', 'CP124-2019', '--out', join(model.dataDir, 'cp124.pdf')]);
    console.log(`cold CLI: presskit list ${listMs.toFixed(0)} ms, presskit export release CP124-2019 ${exportMs.toFixed(0)} ms (${ratio(exportMs, listMs)}; median of 5)`);
    if (START_ONLY) return;
    const largest = seeded.at(-1) as (typeof seeded)[number];
    const cold = coldCli(largest.dataDir, largest.name);
    console.log(
      `\ncold CLI: presskit export kit (${largest.size} releases, ${cold.pages} pages): ${cold.ms.toFixed(0)} ms (median of 3 runs), peak RSS ${cold.peakRssMb} MB`,
    );
    console.log('(the table\'s peak RSS is that of the whole warm loop: 6 exports in one process, without forced GC)');
    console.log('(tag ms/pg: time inside the structure tree, marking the painted content and writing the tree and its ParentTree, per page; pdf-lib\'s serialisation of those objects is not in it)');
    await printPreviewLatency();
    const { measureMaterial, describeMaterial, measurePhotoExport, describePhotoExport } = await import('./bench-material');
    const materialDir = mkdtempSync(join(tmpdir(), 'presskit-bench-material-'));
    folders.push(materialDir);
    console.log(`\n${describeMaterial(await measureMaterial(materialDir, { en: join(root, 'test/fixtures/import/communique-cp124-2019.en.md'), ru: join(root, 'test/fixtures/import/communique-cp124-2019.ru.md') }))}`);
    const photosDir = mkdtempSync(join(tmpdir(), 'presskit-bench-photos-'));
    folders.push(photosDir);
    console.log(describePhotoExport(await measurePhotoExport(photosDir, join(root, 'out/cli/presskit.js'))));
    const { seedArchive, measureArchiveSearch, describeArchiveSearch } = await import('./bench-archive');
    const archiveDir = mkdtempSync(join(tmpdir(), 'presskit-bench-archive-'));
    folders.push(archiveDir);
    const archived = await seedArchive(archiveDir, ARCHIVE_SIZE);
    console.log(`\n${describeArchiveSearch(await measureArchiveSearch(join(root, 'out/renderer'), archiveDir, { releases: archived, seeded: ARCHIVE_SIZE }))}`);
    const { measureStore, describeStore } = await import('./bench-store');
    console.log(`\n${describeStore(await measureStore(here))}`);
  } finally {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }
}

await main();
