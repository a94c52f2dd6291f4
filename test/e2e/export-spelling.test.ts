/**
 * The spelling check of what leaves the office, in Chromium over the browser test transport: a kit's
 * export dialog lists its releases' unknown words release by release, and a word ignored in the editor
 * stays ignored at export, in the release's dialog and in its kit's, and in the editor opened again.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { audit, previewReady } from './axe-audit';
import { openStudio, type StudioSession } from './helpers';

const KIT = 'MAKS 2019';
const TITLE = /Coopération spatiale entre la France et la Russie/u;

let session: StudioSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** The demo kit's export dialog, once its spelling check has answered. */
async function kitExport(page: Page) {
  await page.getByRole('button', { name: 'Press kits' }).click();
  await page.getByRole('button', { name: new RegExp(`^${KIT}`, 'u') }).click();
  await page.getByRole('heading', { name: KIT, level: 1 }).waitFor();
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export the press kit' });
  const check = dialog.getByRole('group', { name: /are not in the dictionary, in one release/u });
  await check.waitFor();
  return { dialog, release: check.getByRole('region', { name: TITLE }) };
}

describe('spelling at export', () => {
  it('lists a kit’s unknown words under the release they are in, and still exports', async () => {
    session = await openStudio({ demo: true });
    const { page } = session;
    await page.getByRole('button', { name: 'English' }).click();
    const { dialog, release } = await kitExport(page);

    expect(await release.getByRole('heading', { level: 3 }).textContent()).toMatch(/^CP124-2019 Coopération spatiale/u);
    await release.getByText('Rogozin', { exact: true }).waitFor();
    expect(await release.getByText('Rogozin', { exact: true }).getAttribute('lang')).toBe('fr');
    await session.screenshot('kit-export-spelling');
    // The audit is of the dialog: the kit's preview behind it is let finish first.
    await previewReady(page);
    expect(await audit(page, 'the kit’s export dialog with its spelling check')).toEqual([]);

    await release.getByRole('button', { name: 'Ignore « Rogozin » in CP124-2019' }).click();
    await expect.poll(() => release.getByText('Rogozin', { exact: true }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Save PDF…' }).click();
    await page.getByText('PDF saved: ', { exact: false }).last().waitFor();
  });

  it('leaves a word ignored in the editor unflagged in the release’s export, its kit’s, and the editor opened again', async () => {
    session = await openStudio({ demo: true });
    const { page } = session;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: TITLE }).click();
    const body = page.getByRole('textbox', { name: 'Body' });
    const underlined = (word: string) => body.locator('.spell-unknown', { hasText: new RegExp(`^${word}$`, 'u') });
    await underlined('Rogozin').first().click({ button: 'right' });
    await page.getByRole('menu', { name: 'Spelling of « Rogozin »' }).getByRole('menuitem', { name: 'Ignore' }).click();
    await expect.poll(() => underlined('Rogozin').count()).toBe(0);

    await page.keyboard.press('Control+e');
    const releaseCheck = page.getByRole('dialog', { name: 'Export the release' }).getByRole('group', { name: /words are not in the dictionary/u });
    // Still flagged: the other names, so the list has answered when Rogozin is looked for.
    await releaseCheck.getByText('Roshydromet', { exact: true }).waitFor();
    expect(await releaseCheck.getByText('Rogozin', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Close' }).click();

    const { dialog, release } = await kitExport(page);
    await release.getByText('Roshydromet', { exact: true }).waitFor();
    expect(await release.getByText('Rogozin', { exact: true }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Kept on the release, not in the page: a new page's editor leaves it too.
    await page.reload();
    await page.getByRole('button', { name: TITLE }).click();
    await underlined('Roshydromet').first().waitFor();
    expect(await underlined('Rogozin').count()).toBe(0);
  });
});
