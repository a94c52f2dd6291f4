/**
 * The archive's search as a press officer feels it, on thousands of releases: in Chromium on studio:web,
 * one character typed into the search box, then the time until the new list is on screen.
 */
import { openApp } from '../main/api/app';
import type { Release } from '../main/core/schema';
import { openStudioPage } from './bench-browser';

/** Bench references are ZQ1-…, ZQ2-…: "zq" is in no communiqué's text, so "zq" finds them all and "zq5" narrows to those whose number starts with 5. */
const PREFIX = 'ZQ';
const STATUSES = ['draft', 'review', 'approved', 'published'] as const;
const TOPICS = ['Lancement', 'Salon', 'Partenariat', 'Mission', 'Résultats', 'Nomination', 'Accord', 'Essai en vol'];

export interface ArchiveSearchLatency {
  releases: number;
  seeded: number;
  /** Keystroke narrowing all bench releases to those whose number starts with the digit typed (about 1/9 to 2/9 of them). */
  narrowMs: number[];
  /** Backspace widening them back to all. */
  widenMs: number[];
  /** Keystroke to the next painted frame: how long typing itself waits for the screen. */
  echoMs: number[];
  rowsInDom: number;
  /** The handler of releases.list alone, for a digit's search: main's share of each update. */
  answerMs: number[];
}

function variant(model: Release, at: number): Release {
  const year = 2012 + (at % 14);
  const day = (n: number) => String(n).padStart(2, '0');
  const id = `bench-archive-${at + 1}`;
  return {
    ...model,
    id,
    ref: `${PREFIX}${at + 1}-${year}`,
    title: `${TOPICS[at % TOPICS.length] ?? ''} ${at + 1} : ${model.title}`,
    date: `${year}-${day(1 + (at % 12))}-${day(1 + (at % 28))}`,
    status: STATUSES[at % STATUSES.length] ?? 'draft',
    translationGroup: null,
  };
}

/** The time main's handler takes to answer one digit's search, without the browser, the transport or the debounce. */
async function timeAnswers(dataDir: string): Promise<number[]> {
  const app = await openApp({ dataDir });
  try {
    const times: number[] = [];
    for (let digit = 1; digit <= 9; digit += 1) {
      const started = performance.now();
      await app.api['releases.list']({ query: `${PREFIX}${digit}` });
      times.push(performance.now() - started);
    }
    return times;
  } finally {
    await app.close();
  }
}

/**
 * Adds `count` copies of the demo communiqué (varied titles, references, dates, statuses) to the archive
 * in `dataDir` through the API's handlers: one bundle restore, so the store is written once, not `count` times.
 */
export async function seedArchive(dataDir: string, count: number): Promise<number> {
  const app = await openApp({ dataDir });
  try {
    await app.api['demo.seed']({});
    const { bytes } = await app.api['bundle.export']({});
    const bundle = JSON.parse(new TextDecoder().decode(bytes)) as { releases: Release[] };
    const model = bundle.releases.find((release) => release.language === 'fr') ?? bundle.releases[0];
    if (!model) throw new Error('the demo has no release');
    bundle.releases.push(...Array.from({ length: count }, (_, at) => variant(model, at)));
    return (await app.api['bundle.restore']({ bytes: new TextEncoder().encode(JSON.stringify(bundle)) })).releases;
  } finally {
    await app.close();
  }
}

interface ListUpdate {
  listMs: number;
  echoMs: number;
}
type BenchWindow = Window & { nextListUpdate?: Promise<ListUpdate> };

/**
 * Runs in the page, before the key is pressed: arms `window.nextListUpdate`, which resolves once the list's
 * count has changed from `before` and the frame showing it is painted, with the times from the search box's
 * next keydown to that frame and to the first frame after the keydown.
 */
function armListUpdate(before: string): void {
  const afterPaint = (then: () => void) => requestAnimationFrame(() => setTimeout(then, 0));
  const countText = () => document.querySelector('.count')?.textContent ?? '';
  (window as BenchWindow).nextListUpdate = new Promise((resolve) => {
    let typedAt = 0;
    let echoMs = 0;
    document.querySelector('input[type="search"]')?.addEventListener(
      'keydown',
      () => {
        typedAt = performance.now();
        afterPaint(() => (echoMs = performance.now() - typedAt));
      },
      { once: true, capture: true },
    );
    const observer = new MutationObserver(() => {
      if (typedAt === 0 || countText() === before) return;
      observer.disconnect();
      afterPaint(() => resolve({ listMs: performance.now() - typedAt, echoMs }));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** The search latency on the archive seeded in `dataDir` (by `seedArchive`), one trial per leading digit. */
export async function measureArchiveSearch(rendererDir: string, dataDir: string, counts: { releases: number; seeded: number }): Promise<ArchiveSearchLatency | string> {
  const answerMs = await timeAnswers(dataDir);
  const studio = await openStudioPage(rendererDir, dataDir, false);
  if (typeof studio === 'string') return studio;
  const { page } = studio;
  try {
    const search = page.locator('.toolbar input[type="search"]');
    const count = page.locator('.count');
    await count.waitFor();
    const whole = await count.textContent();
    await search.fill(PREFIX.toLowerCase());
    await page.waitForFunction((before) => document.querySelector('.count')?.textContent !== before, whole);
    const result: ArchiveSearchLatency = { ...counts, narrowMs: [], widenMs: [], echoMs: [], rowsInDom: 0, answerMs };
    const typed = async (key: string): Promise<number> => {
      const before = (await count.textContent()) ?? '';
      await page.evaluate(armListUpdate, before);
      await page.keyboard.press(key);
      const { listMs, echoMs } = await page.evaluate(() => (window as BenchWindow).nextListUpdate as Promise<ListUpdate>);
      result.echoMs.push(echoMs);
      return listMs;
    };
    await search.focus();
    await page.keyboard.press('End');
    // Lets the drawn rows be measured and the list settle before they are counted.
    await page.waitForTimeout(500);
    result.rowsInDom = await page.locator('tbody tr:not([aria-hidden="true"])').count();
    for (let digit = 1; digit <= 9; digit += 1) {
      result.narrowMs.push(await typed(String(digit)));
      result.widenMs.push(await typed('Backspace'));
    }
    return result;
  } finally {
    await studio.close();
  }
}

function spread(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(0)} ms median (${(sorted[0] ?? 0).toFixed(0)}–${(sorted.at(-1) ?? 0).toFixed(0)})`;
}

/** The bench's lines for this figure. */
export function describeArchiveSearch(latency: ArchiveSearchLatency | string): string {
  if (typeof latency === 'string') return `archive search: ${latency}`;
  return [
    `archive search (Chromium, studio:web, ${latency.releases} releases; "zq" finds the ${latency.seeded} bench copies, a digit more narrows them), ${latency.narrowMs.length} keystrokes each way:`,
    `  digit typed to the narrowed list on screen  ${spread(latency.narrowMs)}`,
    `  Backspace to the whole list on screen       ${spread(latency.widenMs)}`,
    `  (both include the search box's debounce and main's answer: releases.list alone ${spread(latency.answerMs)})`,
    `  keystroke to the next frame                  ${spread(latency.echoMs)}`,
    `  table rows in the DOM while all bench releases match: ${latency.rowsInDom}`,
  ].join('\n');
}
