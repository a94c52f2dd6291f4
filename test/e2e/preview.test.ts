/**
 * The live preview of a long release, in Chromium over the browser test transport: a word typed into the
 * first paragraph shows on page 1, and every page and thumbnail gets painted.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Release } from '../../main/core/schema';
import type { StudioServer } from '../../main/web/server';
import { callApi, openStudio, type StudioSession } from './helpers';

let session: StudioSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const TITLE = 'A long release for the preview';

async function api<T>(server: StudioServer, channel: string, input: unknown): Promise<T> {
  const envelope = await callApi(server, channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value as T;
}

describe('the live preview of a long release', () => {
  it('shows an edit on page 1 and paints every page', async () => {
    session = await openStudio({ demo: true });
    const { page, server } = session;
    const model = await api<Release>(server, 'releases.get', { ref: 'CP124-2019' });
    const copy = await api<Release>(server, 'releases.duplicate', { id: model.id });
    await api(server, 'releases.update', { id: copy.id, changes: { title: TITLE, body: Array.from({ length: 8 }, () => model.body).flat() } });
    await page.reload();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: new RegExp(`^${TITLE}`) }).click();

    const preview = page.locator('section.preview');
    await page.locator('section.preview[aria-busy="false"]:not([data-version="0"])').waitFor();
    const pages = Number(await preview.getAttribute('data-pages'));
    expect(pages).toBeGreaterThanOrEqual(5);
    // Pages off screen and thumbnails are painted after the pages on screen, each once.
    const painted = () => page.evaluate(() => document.querySelectorAll('section.preview .thumbnail-page canvas').length);
    await expect.poll(painted).toBe(pages);
    const firstPage = () => page.evaluate(() => document.querySelector<HTMLCanvasElement>('section.preview .pages .page canvas')?.toDataURL() ?? '');
    const before = await firstPage();
    expect(before).not.toBe('');
    const version = Number(await preview.getAttribute('data-version'));

    await page.getByRole('textbox', { name: 'Body' }).click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Breaking: ');
    await page.waitForFunction(
      (seen) => {
        const section = document.querySelector('section.preview');
        return section?.getAttribute('aria-busy') === 'false' && Number(section.getAttribute('data-version')) > seen;
      },
      version,
    );
    await expect.poll(firstPage).not.toBe(before);
    expect(Number(await preview.getAttribute('data-pages'))).toBeGreaterThanOrEqual(pages);
    await expect.poll(painted).toBe(Number(await preview.getAttribute('data-pages')));
  });
});
