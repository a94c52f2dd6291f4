/**
 * The live preview's latency as a press officer feels it: in Chromium on studio:web (the same studio and
 * handlers as the app), from a keystroke to the first frame that shows the new pages. Three cases: one
 * character typed into the title of the model communiqué (2 pages), one typed into the first paragraph of a
 * 10-page release, and a burst typed fast into that paragraph (from its last keystroke). The preview's own
 * split (data-typeset-ms: typesetting in main and the bytes' trip back; data-paint-ms: pdf.js) comes along.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { openApp } from '../main/api/app';
import { openStudioPage } from './bench-browser';

const EDITS = 15;
const BURSTS = 5;
/** A fast typist's pace, in ms between keys. */
const BURST_KEY_MS = 60;
const BURST = 'abcdefgh';
const LONG_PAGES = 10;
const LONG_TITLE = 'Dossier long pour le banc d’essai';

export interface PreviewCase {
  name: string;
  pages: number;
  /** Keystroke to the first frame showing the new pages. */
  keyMs: number[];
  /** The preview's parts of each update: typesetting with the bytes' trip, and pdf.js painting. */
  typesetMs: number[];
  paintMs: number[];
}

export type PreviewLatency = PreviewCase[];

type BenchWindow = Window & { previewUpdates?: { keyAt: number; shownAt: number[] } };

/**
 * Runs in the page before typing: records the last keydown, and each frame that follows a new render of
 * the preview (data-version grown), once its pages are decoded.
 */
function armPreviewWatch(): void {
  const record = { keyAt: 0, shownAt: [] as number[] };
  (window as BenchWindow).previewUpdates = record;
  document.addEventListener('keydown', () => (record.keyAt = performance.now()), { capture: true });
  const preview = document.querySelector('section.preview');
  if (!preview) throw new Error('no preview on screen');
  new MutationObserver(() => {
    const pages = [...preview.querySelectorAll('img')];
    void Promise.all(pages.map((page) => page.decode().catch(() => undefined))).then(() =>
      requestAnimationFrame(() => setTimeout(() => record.shownAt.push(performance.now()), 0)),
    );
  }).observe(preview, { attributes: true, attributeFilter: ['data-version'] });
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** A copy of the model communiqué whose body is repeated until it sets at least LONG_PAGES pages. */
async function seedLongRelease(dataDir: string): Promise<void> {
  const app = await openApp({ dataDir });
  try {
    await app.api['demo.seed']({});
    const model = await app.api['releases.get']({ ref: 'CP124-2019' });
    const copy = await app.api['releases.duplicate']({ id: model.id });
    for (let times = 2; ; times += 1) {
      const body = Array.from({ length: times }, () => model.body).flat();
      const release = { ...copy, title: LONG_TITLE, body };
      if ((await app.api['preview.render']({ release })).pages >= LONG_PAGES) {
        await app.api['releases.update']({ id: copy.id, changes: { title: LONG_TITLE, body } });
        return;
      }
    }
  } finally {
    await app.close();
  }
}

async function openRelease(page: Page, title: RegExp): Promise<Locator> {
  await page.getByRole('button', { name: title }).click();
  await page.locator('section.preview[aria-busy="false"]:not([data-version="0"])').waitFor();
  await page.evaluate(armPreviewWatch);
  return page.locator('section.preview');
}

async function updates(page: Page): Promise<number> {
  return page.evaluate(() => (window as BenchWindow).previewUpdates?.shownAt.length ?? 0);
}

/** The keystroke's latency once the preview has shown the render after it and nothing more is running. */
async function settled(page: Page, preview: Locator, before: number, result: PreviewCase): Promise<void> {
  await page.waitForFunction((count) => ((window as BenchWindow).previewUpdates?.shownAt.length ?? 0) > count, before);
  const idle = page.locator('section.preview[aria-busy="false"]');
  await idle.waitFor();
  // A render still on its way would be a later frame: give it the time to show, then take the last.
  await page.waitForTimeout(400);
  await idle.waitFor();
  const { keyAt, shownAt } = await page.evaluate(() => (window as BenchWindow).previewUpdates ?? { keyAt: 0, shownAt: [] });
  result.keyMs.push(Math.round((shownAt.at(-1) ?? NaN) - keyAt));
  result.typesetMs.push(Number(await preview.getAttribute('data-typeset-ms')));
  result.paintMs.push(Number(await preview.getAttribute('data-paint-ms')));
}

async function typedOneByOne(page: Page, preview: Locator, name: string): Promise<PreviewCase> {
  const result: PreviewCase = { name, pages: 0, keyMs: [], typesetMs: [], paintMs: [] };
  for (let edit = 0; edit < EDITS; edit += 1) {
    const before = await updates(page);
    await page.keyboard.type(String.fromCharCode(97 + edit));
    await settled(page, preview, before, result);
  }
  result.pages = Number(await preview.getAttribute('data-pages'));
  return result;
}

async function typedFast(page: Page, preview: Locator, name: string): Promise<PreviewCase> {
  const result: PreviewCase = { name, pages: 0, keyMs: [], typesetMs: [], paintMs: [] };
  for (let burst = 0; burst < BURSTS; burst += 1) {
    const before = await updates(page);
    await page.keyboard.type(BURST, { delay: BURST_KEY_MS });
    await settled(page, preview, before, result);
  }
  result.pages = Number(await preview.getAttribute('data-pages'));
  return result;
}

export async function measurePreviewLatency(rendererDir: string): Promise<PreviewLatency | string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'presskit-bench-preview-'));
  await seedLongRelease(dataDir);
  const studio = await openStudioPage(rendererDir, dataDir, true);
  if (typeof studio === 'string') {
    rmSync(dataDir, { recursive: true, force: true });
    return studio;
  }
  const { page } = studio;
  try {
    let preview = await openRelease(page, /^Coopération spatiale/);
    await page.getByLabel(/^(Title|Titre)$/).click();
    await page.keyboard.press('End');
    const cases = [await typedOneByOne(page, preview, 'title of CP124-2019, one key')];
    await page.getByRole('button', { name: /^←/ }).click();
    preview = await openRelease(page, new RegExp(`^${LONG_TITLE}`));
    await page.getByRole('textbox', { name: /^(Body|Corps)/ }).click();
    await page.keyboard.press('Control+Home');
    cases.push(await typedOneByOne(page, preview, 'first paragraph of a long release, one key'));
    cases.push(await typedFast(page, preview, `first paragraph of a long release, ${BURST.length} keys ${BURST_KEY_MS} ms apart`));
    return cases;
  } finally {
    await studio.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The bench's lines for this figure. */
export function describePreviewLatency(latency: PreviewLatency | string): string {
  if (typeof latency === 'string') return `live preview: ${latency}`;
  return [
    'live preview (Chromium, studio:web): keystroke to the first frame showing the new pages',
    ...latency.map(
      (c) =>
        `  ${c.name} (${c.pages} pages): ${median(c.keyMs)} ms median, ${Math.max(...c.keyMs)} ms max over ${c.keyMs.length} (typeset ${median(c.typesetMs)} ms, paint ${median(c.paintMs)} ms)`,
    ),
  ].join('\n');
}
