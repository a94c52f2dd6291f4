/**
 * The live preview's latency as a press officer feels it: in Chromium on studio:web (the same studio and
 * handlers as the app), one character typed into the title, then the time until the new pages are on
 * screen, as the preview itself measures it (data-render-ms: change -> typeset -> painted by pdf.js).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStudioPage } from './bench-browser';

const EDITS = 15;

export interface PreviewLatency {
  pages: number;
  medianMs: number;
  maxMs: number;
  /** Medians of the two parts: typesetting in main with the bytes' trip back, and pdf.js painting the pages. */
  typesetMs: number;
  paintMs: number;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function measurePreviewLatency(rendererDir: string): Promise<PreviewLatency | string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'presskit-bench-preview-'));
  const studio = await openStudioPage(rendererDir, dataDir, true);
  if (typeof studio === 'string') {
    rmSync(dataDir, { recursive: true, force: true });
    return studio;
  }
  const { page } = studio;
  try {
    await page.getByRole('button', { name: /Coopération spatiale/ }).click();
    const preview = page.locator('section.preview');
    await page.locator('section.preview[aria-busy="false"]:not([data-version="0"])').waitFor();
    const title = page.getByLabel(/^(Title|Titre)$/);
    await title.click();
    await page.keyboard.press('End');
    const times: number[] = [];
    const typeset: number[] = [];
    const paint: number[] = [];
    for (let edit = 0; edit < EDITS; edit += 1) {
      const before = Number(await preview.getAttribute('data-version'));
      await page.keyboard.type(String.fromCharCode(97 + edit));
      await page.waitForFunction((version) => Number(document.querySelector('section.preview')?.getAttribute('data-version')) > version, before);
      times.push(Number(await preview.getAttribute('data-render-ms')));
      typeset.push(Number(await preview.getAttribute('data-typeset-ms')));
      paint.push(Number(await preview.getAttribute('data-paint-ms')));
    }
    return {
      pages: Number(await preview.getAttribute('data-pages')),
      medianMs: median(times),
      maxMs: Math.max(...times),
      typesetMs: median(typeset),
      paintMs: median(paint),
    };
  } finally {
    await studio.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
