/**
 * The bench's figures for the material of a release: the journalist pack of the demo kit, the spell
 * check of the model communiqué in each language, first (the dictionary loaded) and warm, and the export
 * of a release with three 24-megapixel photos.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { openApp } from '../main/api/app';
import { LANGUAGES } from '../main/core/language';

export interface MaterialFigures {
  pack: { ms: number; bytes: number; files: number };
  spelling: { language: string; firstMs: number; warmMs: number; unknown: number }[];
}

/** On a demo store in `dataDir`, with the model communiqué imported in English and Russian beside the French. */
export async function measureMaterial(dataDir: string, sources: { en: string; ru: string }): Promise<MaterialFigures> {
  const app = await openApp({ dataDir });
  try {
    await app.api['demo.seed']({});
    const refs: Record<string, string> = { fr: 'CP124-2019' };
    for (const language of ['en', 'ru'] as const) {
      const path = sources[language];
      const [imported] = (await app.api['releases.import']({ files: [{ name: path.split('/').pop() as string, bytes: new Uint8Array(readFileSync(path)) }], ref: `BENCH-${language}`, language })).refs;
      refs[language] = imported as string;
    }
    const [kit] = await app.api['kits.list']({});
    if (!kit) throw new Error('the demo has a kit');
    const started = performance.now();
    const pack = await app.api['pack.kit']({ id: kit.id });
    const packMs = performance.now() - started;
    const spelling = [];
    for (const language of LANGUAGES) {
      const ref = refs[language] as string;
      const first = performance.now();
      const checked = await app.api['spell.release']({ ref });
      const firstMs = performance.now() - first;
      const warm = performance.now();
      await app.api['spell.release']({ ref });
      spelling.push({ language, firstMs, warmMs: performance.now() - warm, unknown: checked.unknown.length });
    }
    return { pack: { ms: packMs, bytes: pack.bytes.byteLength, files: pack.files.length }, spelling };
  } finally {
    await app.close();
  }
}

export function describeMaterial({ pack, spelling }: MaterialFigures): string {
  const lines = [`journalist pack of the demo kit: ${pack.ms.toFixed(0)} ms, ${(pack.bytes / 1024).toFixed(0)} KiB, ${pack.files} files`];
  for (const s of spelling) lines.push(`spell check of the model communiqué (${s.language}): first ${s.firstMs.toFixed(0)} ms (dictionary loaded), warm ${s.warmMs.toFixed(0)} ms, ${s.unknown} unknown words`);
  return lines.join('\n');
}

/** Runs of the cold export of the release with photos: its time is their median, its memory their peak. */
const PHOTO_RUNS = 3;

export interface PhotoExportFigures {
  photos: number;
  originalBytes: number;
  pdfBytes: number;
  pages: number;
  medianMs: number;
  peakRssMb: number;
}

/**
 * A 6000 × 4000 photo made now (never kept in the repository): noise under a gradient, which JPEG
 * cannot shrink much, at the quality a photo desk sends, so each weighs what a press photo does.
 */
async function pressPhoto(seed: number): Promise<Uint8Array> {
  const width = 6000;
  const height = 4000;
  const noise = await sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128 + seed * 10, sigma: 24 } } })
    .raw()
    .toBuffer();
  return new Uint8Array(await sharp(noise, { raw: { width, height, channels: 3 } }).jpeg({ quality: 88 }).toBuffer());
}

/**
 * `presskit export release` from a cold start, as a press officer runs it, on the demo's communiqué with
 * three 24-megapixel JPEG photos (column, half, full width) before its text: the time of the whole
 * command and its peak memory, each figure resampled by sharp in the typesetting worker.
 */
export async function measurePhotoExport(dataDir: string, cli: string): Promise<PhotoExportFigures> {
  const app = await openApp({ dataDir });
  let originalBytes = 0;
  try {
    await app.api['demo.seed']({});
    const widths = ['column', 'half', 'full'] as const;
    const figures = [];
    for (const [index, width] of widths.entries()) {
      const bytes = await pressPhoto(index);
      originalBytes += bytes.byteLength;
      const { image } = await app.api['media.add']({ bytes, fileName: `photo-${index + 1}.jpg`, language: 'fr' });
      figures.push({ type: 'figure' as const, image, alt: `Photo ${index + 1}`, caption: `Légende ${index + 1}`, credit: '© CNES', width });
    }
    const release = await app.api['releases.get']({ ref: 'CP124-2019' });
    await app.api['releases.update']({ id: release.id, changes: { body: [...figures, ...release.body] } });
  } finally {
    await app.close();
  }
  const out = join(dataDir, 'photos.pdf');
  const times: number[] = [];
  let peakRssMb = 0;
  let report = { pages: 0, bytes: 0 };
  for (let run = 0; run < PHOTO_RUNS; run += 1) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [cli, '--data-dir', dataDir, 'export', 'release', 'CP124-2019', '--out', out, '--report'], { encoding: 'utf8' });
    times.push(performance.now() - started);
    if (result.status !== 0) throw new Error(`presskit export release failed: ${result.stderr}`);
    const parsed = JSON.parse(result.stdout) as { pages: number; bytes: number; peakRssMb: number };
    report = parsed;
    peakRssMb = Math.max(peakRssMb, parsed.peakRssMb);
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
  return { photos: 3, originalBytes, pdfBytes: report.bytes, pages: report.pages, medianMs: median, peakRssMb };
}

export function describePhotoExport(f: PhotoExportFigures): string {
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  return `export of a release with ${f.photos} photos of 24 megapixels (JPEG, ${mb(f.originalBytes)} MB of originals; cold CLI, median of ${PHOTO_RUNS}): ${f.medianMs.toFixed(0)} ms, peak RSS ${f.peakRssMb} MB, ${f.pages} pages, PDF ${mb(f.pdfBytes)} MB`;
}
