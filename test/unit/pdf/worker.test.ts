import { execFileSync } from 'node:child_process';
import { build, type BuildOptions } from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../main/core/errors';
import { Release } from '../../../main/core/schema';
import { isExportCancelled, type RenderProgress } from '../../../main/pdf/index';
import { closeRenderWorkers, renderInWorker, renderWorkerCount } from '../../../main/pdf/render-client';
import { loadCp124 } from '../../fixtures/pdf/cp124';
import { figureDocument } from '../../fixtures/pdf/figures';
import { airShowKit, largeKit } from '../../fixtures/pdf/kits';
import { pdfFile, pdfinfo, pdftotext } from '../../helpers/pdf-tools';

const ROOT = resolve(import.meta.dirname, '../../..');
const options = { paper: 'a4', bleedMm: 0, cropMarks: false } as const;
let workerUrl: string;

// The worker bundled the way scripts/build-cli.mjs does, inside the repository so the fonts are found above it.
beforeAll(async () => {
  const { cliBuildOptions } = (await import(join(ROOT, 'scripts/cli-build-options.mjs'))) as { cliBuildOptions: BuildOptions };
  mkdirSync(join(ROOT, 'out/test'), { recursive: true });
  const outdir = mkdtempSync(join(ROOT, 'out/test/pdf-worker-'));
  await build({ ...cliBuildOptions, sourcemap: false, entryPoints: { 'pdf-worker': join(ROOT, 'main/pdf/worker.ts') }, outdir });
  workerUrl = join(outdir, 'pdf-worker.js');
});
afterAll(closeRenderWorkers);

describe('rendering in the typesetting worker', () => {
  const cp124 = loadCp124();
  const releaseDoc = { release: cp124.release, contacts: cp124.contacts, brand: cp124.brand, images: new Map<string, Uint8Array>() };

  it('renders a release off the main thread', async () => {
    const { bytes, report } = await renderInWorker({ kind: 'release', document: releaseDoc, options }, { workerUrl });
    expect(report.pages).toBe(1);
    expect(pdfinfo(bytes).Title).toBe(cp124.release.title);
  });

  it('resamples figures with sharp inside the bundled worker, which loads sharp from node_modules', async () => {
    const bundle = readdirSync(dirname(workerUrl), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(dirname(workerUrl), file), 'utf8'))
      .join('\n');
    // Imported where a picture is first needed: `import("sharp")`.
    expect(bundle).toMatch(/import\(\s*["']sharp["']\s*\)/u);
    const { bytes } = await renderInWorker({ kind: 'release', document: await figureDocument(), options }, { workerUrl });
    expect(execFileSync('pdfimages', ['-list', pdfFile(bytes)], { encoding: 'utf8' })).toMatch(/\n\s+1\s+0\s+image\s+1600\s+1000\s+rgb\s+3\s+8\s+jpeg/u);
  });

  it('hands back a user error as a UserError', async () => {
    const release = Release.parse({ ...cp124.release, title: 'Neige ☃' });
    const attempt = renderInWorker({ kind: 'release', document: { ...releaseDoc, release }, options }, { workerUrl });
    const error: unknown = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain('U+2603');
  });

  it('renders a kit, reporting progress that climbs to the totals', async () => {
    const progress: RenderProgress[] = [];
    const { bytes, report } = await renderInWorker({ kind: 'kit', document: airShowKit(), options }, { workerUrl, onProgress: (p) => progress.push(p) });
    expect(pdfinfo(bytes).Title).toBe('Dossier de presse MAKS 2019');
    for (const phase of ['layout', 'paint'] as const) {
      const steps = progress.filter((p) => p.phase === phase);
      expect(steps.map((p) => p.done)).toEqual(Array.from({ length: steps.length }, (_, i) => i));
      expect(steps.at(-1)).toEqual({ phase, done: phase === 'layout' ? 5 : report.pages, total: phase === 'layout' ? 5 : report.pages });
    }
  });

  it('renders a sheet of contact cards', async () => {
    const { bytes } = await renderInWorker({ kind: 'cards', document: { contacts: cp124.contacts, brand: cp124.brand, images: new Map(), language: 'fr' }, options }, { workerUrl });
    expect(pdftotext(bytes)).toContain('Raphaël Sart');
  });

  it('cancels a kit mid-way: the promise rejects with the cancel error and no worker is left running', async () => {
    await closeRenderWorkers();
    const controller = new AbortController();
    const seen: RenderProgress[] = [];
    const attempt = renderInWorker(
      { kind: 'kit', document: largeKit(12), options },
      {
        workerUrl,
        signal: controller.signal,
        onProgress: (p) => {
          seen.push(p);
          if (p.done === 1) controller.abort();
        },
      },
    );
    expect(renderWorkerCount()).toBe(1);
    const error: unknown = await attempt.catch((e: unknown) => e);
    expect(isExportCancelled(error)).toBe(true);
    expect(error).toMatchObject({ message: 'The export was cancelled.', kind: 'usage' });
    expect(seen.length).toBeLessThan(12);
    expect(renderWorkerCount()).toBe(0);
  });

  it('refuses at once a job whose signal is already aborted, starting no worker', async () => {
    await closeRenderWorkers();
    const attempt = renderInWorker({ kind: 'release', document: releaseDoc, options }, { workerUrl, signal: AbortSignal.abort() });
    expect(isExportCancelled(await attempt.catch((e: unknown) => e))).toBe(true);
    expect(renderWorkerCount()).toBe(0);
  });

  it('keeps one worker warm between jobs, and can always be closed', async () => {
    await renderInWorker({ kind: 'release', document: releaseDoc, options }, { workerUrl });
    await renderInWorker({ kind: 'release', document: releaseDoc, options }, { workerUrl });
    expect(renderWorkerCount()).toBe(1);
    await closeRenderWorkers();
    expect(renderWorkerCount()).toBe(0);
  });
});
