/**
 * Numbering in the studio: a communiqué dropped twice asks what to do with its reference, and "the next
 * free number" files it as CP125-2019; a new release is provisional until it has a title, and one left
 * untouched is gone from the archive once the editor is left, or, when the app quit with it open (here the
 * page reloaded), at the studio's next start.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReleaseSummary } from '../../main/api/contract';
import { FIXTURE } from '../helpers/cli';
import { callApi, openStudio, type StudioSession } from './helpers';

let session: StudioSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Drops the model communiqué on the window, as a file dragged from the desktop would land. */
async function dropCommunique(page: Page): Promise<void> {
  await page.evaluate(
    ({ data, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name, { type: 'text/markdown' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { data: [...readFileSync(FIXTURE)], name: 'communique-cp124-2019.fr.md' },
  );
}

async function refs(studio: StudioSession): Promise<string[]> {
  const listed = await callApi(studio.server, 'releases.list', {});
  if (!listed.ok) throw new Error(listed.error.message);
  return (listed.value as ReleaseSummary[]).map((release) => release.ref).sort();
}

describe('numbering in the studio', () => {
  it('asks about a reference already filed and files the communiqué under the next free number', async () => {
    session = await openStudio();
    const { page } = session;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Releases', level: 1 }).waitFor();
    await dropCommunique(page);
    await page.getByText('Release imported: CP124-2019').waitFor();

    await dropCommunique(page);
    const dialog = page.getByRole('dialog', { name: '“communique-cp124-2019.fr.md”: reference already filed' });
    await dialog.getByText('A release with reference CP124-2019 is already in the archive (French).').waitFor();
    await dialog.getByLabel('under a reference I type').check();
    await dialog.getByLabel('Reference', { exact: true }).fill('CP12');
    await dialog.getByText('« CP12 » is not a reference of the brand’s pattern: write it like CP125-2019.').waitFor();
    expect(await dialog.getByRole('button', { name: 'Continue' }).isDisabled()).toBe(true);
    await session.screenshot('import-clash-dialog');
    const { violations } = await new AxeBuilder({ page }).include('[role="dialog"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(' | ')}`)).toEqual([]);
    await dialog.getByLabel('under the next free number, CP125-2019').check();
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Release imported: CP125-2019').waitFor();
    await page.getByRole('cell', { name: 'CP125-2019', exact: true }).waitFor();
    expect(await refs(session)).toEqual(['CP124-2019', 'CP125-2019']);
  });

  it('gives a new release a provisional reference, its number once titled, and discards one left untouched', async () => {
    session = await openStudio();
    const { page } = session;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Releases', level: 1 }).waitFor();
    await page.keyboard.press('Control+n');
    const heading = page.getByRole('heading', { level: 1 });
    await heading.filter({ hasText: /^Provisional \d{4}-001 FR Untitled$/u }).waitFor();
    await page.getByRole('button', { name: '← Releases' }).click();
    await page.getByRole('heading', { name: 'No releases yet' }).waitFor();
    await expect.poll(() => refs(session!)).toEqual([]);

    await page.getByRole('button', { name: 'New release' }).first().click();
    await page.getByLabel('Title', { exact: true }).fill('Salon du Bourget');
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await heading.filter({ hasText: /^CP1-\d{4} FR Salon du Bourget$/u }).waitFor();
    await page.getByRole('button', { name: '← Releases' }).click();
    await page.getByRole('button', { name: 'Salon du Bourget' }).waitFor();
    expect(await refs(session)).toEqual([expect.stringMatching(/^CP1-\d{4}$/u)]);
  });

  it('discards at the next start a new release still open and untouched when the app quit, and keeps one made elsewhere', async () => {
    session = await openStudio();
    const { page, server } = session;
    // Made as `presskit new` or another client makes one: no studio had it open.
    const elsewhere = await callApi(server, 'releases.create', {});
    expect(elsewhere.ok).toBe(true);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Releases', level: 1 }).waitFor();
    await page.keyboard.press('Control+n');
    await page.getByRole('heading', { level: 1 }).filter({ hasText: /^Provisional \d{4}-002 FR Untitled$/u }).waitFor();
    await expect.poll(async () => (await callApi(server, 'settings.get', {})) as unknown).toMatchObject({ value: { openNewRelease: expect.any(String) } });
    expect(await refs(session)).toEqual([expect.stringMatching(/-001$/u), expect.stringMatching(/-002$/u)]);

    // The page goes without leaving the editor, as the app quitting does; the next start discards it.
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => refs(session!)).toEqual([expect.stringMatching(/^Provisional \d{4}-001$/u)]);
    await page.getByRole('cell', { name: /^Provisional \d{4}-001$/u }).waitFor();
    expect(await callApi(server, 'settings.get', {})).toMatchObject({ value: { openNewRelease: null } });
  });
});
