/**
 * Photos in a release, in Chromium over the browser test transport: one chosen with the editor's file
 * picker, one dropped on the body, one pasted; their words typed in place survive a reload, and the export dialog
 * lists those left without alt text.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { IPTC, jpegPhoto } from '../helpers/photos';
import { audit, previewReady } from './axe-audit';
import { openStudio, type StudioSession } from './helpers';

const TITLE = 'Coopération spatiale entre la France et la Russie';

let session: StudioSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function openRelease(page: Page): Promise<void> {
  await page.getByRole('button', { name: new RegExp(TITLE) }).click();
  await page.getByRole('textbox', { name: 'Body' }).waitFor();
}

async function saved(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
}

/** Drops a JPEG on the body, as a file dragged from the desktop would land. */
async function dropPhoto(page: Page, bytes: Uint8Array, name: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Body' }).evaluate(
    (body, { data, fileName }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], fileName, { type: 'image/jpeg' }));
      const box = body.getBoundingClientRect();
      body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true, clientX: box.left + 20, clientY: box.bottom - 10 }));
    },
    { data: [...bytes], fileName: name },
  );
}

/** Pastes a JPEG into the body, as one copied from another program would come. */
async function pastePhoto(page: Page, bytes: Uint8Array, name: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Body' }).evaluate(
    (body, { data, fileName }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], fileName, { type: 'image/jpeg' }));
      body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    { data: [...bytes], fileName: name },
  );
}

describe('photos in the release editor', () => {
  it('inserts photos from the picker, by drop and by paste, keeps their words after a reload, and flags those without alt text before export', async () => {
    session = await openStudio({ demo: true });
    const { page } = session;
    await page.getByRole('button', { name: 'English' }).click();
    await openRelease(page);

    const chosen = await jpegPhoto({ width: 320, height: 200, iptc: [[IPTC.credit, '© CNES']] });
    await page.locator('input[type="file"][aria-label="Insert a photo…"]').setInputFiles({ name: 'maks.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(chosen) });
    const first = page.getByRole('group', { name: 'Photo' }).first();
    await expect.poll(() => first.getByLabel('Credit').inputValue()).toBe('© CNES');
    await page.locator('figure.figure img').first().waitFor();
    await first.getByLabel('Caption').fill('Le stand du CNES au salon MAKS');
    await first.getByLabel('Alt text').fill('Des visiteurs devant une maquette de fusée');
    await saved(page);

    await dropPhoto(page, await jpegPhoto({ width: 200, height: 200, color: '#884400' }), 'dropped.jpg');
    await expect.poll(() => page.getByRole('group', { name: 'Photo' }).count()).toBe(2);
    await saved(page);
    await pastePhoto(page, await jpegPhoto({ width: 100, height: 150, color: '#004488' }), 'pasted.jpg');
    await expect.poll(() => page.getByRole('group', { name: 'Photo' }).count()).toBe(3);
    await saved(page);

    await page.reload({ waitUntil: 'networkidle' });
    await openRelease(page);
    const figures = page.getByRole('group', { name: 'Photo' });
    await expect.poll(() => figures.count()).toBe(3);
    const captions = await Promise.all([0, 1, 2].map((at) => figures.nth(at).getByLabel('Caption').inputValue()));
    expect(captions).toContain('Le stand du CNES au salon MAKS');
    const flagged = figures.filter({ has: page.getByText('Without alt text, a screen reader will say nothing of this photo.') });
    await expect.poll(() => flagged.count()).toBe(2);
    const described = figures.filter({ hasNot: page.getByText('Without alt text, a screen reader will say nothing of this photo.') });
    expect(await described.getByLabel('Alt text').inputValue()).toBe('Des visiteurs devant une maquette de fusée');
    await previewReady(page);
    await session.screenshot('editor-photos');
    const violations = await audit(page, 'editor with photos');

    await page.getByRole('button', { name: 'Export PDF' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('2 photos have no alt text: a screen reader will say nothing of them.').waitFor();
    const save = dialog.getByRole('button', { name: 'Save PDF…' });
    expect(await save.isDisabled()).toBe(true);
    await dialog.getByLabel('Export without alt text').check();
    expect(await save.isDisabled()).toBe(false);
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Photos' }).click();
    const card = page.getByRole('article', { name: 'maks.jpg' });
    await card.getByRole('button', { name: 'CP124-2019' }).waitFor();
    await card.locator('img').waitFor();
    await session.screenshot('photos');
    violations.push(...(await audit(page, 'photos')));
    expect(violations).toEqual([]);
  });
});
