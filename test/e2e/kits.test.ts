/**
 * Press kits as a press officer makes them, in Chromium over the browser test transport: a new kit gets
 * the event's dates asked for in its form (never its releases'), prints the contacts and the boilerplate
 * once, and in each release too when the kit is told to. Exports land in DATA_DIR/exports/.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { audit } from './axe-audit';
import { openStudio, type StudioSession } from './helpers';

const NBSP = '\u00A0';
const KIT = 'Salon du Bourget 2019';
const CONTACT = 'pascale.bresson@cnes.fr';

let session: StudioSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/[ \t\r\n\f]+/gu, ' ');
}

const occurrences = (text: string, needle: string): number => text.split(needle).length - 1;

/** Exports the open kit as a PDF and returns its text. */
async function exportKit(page: Page, dataDir: string): Promise<string> {
  await page.keyboard.press('Control+e');
  const exporting = page.getByRole('dialog', { name: 'Export the press kit' });
  await exporting.getByRole('button', { name: 'Save PDF…' }).click();
  await page.getByText(`PDF saved: `, { exact: false }).last().waitFor();
  await exporting.waitFor({ state: 'detached' });
  return pdfText(join(dataDir, 'exports', `${KIT}.pdf`));
}

describe('press kits in the studio', () => {
  it('asks for the event’s dates at creation, prints the contacts and the boilerplate once, and repeats them on request', async () => {
    session = await openStudio({ demo: true });
    const { page, dataDir } = session;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Press kits' }).click();
    await page.getByRole('button', { name: 'New kit' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New press kit' });
    await dialog.getByLabel('Kit name').fill(KIT);
    await dialog.getByLabel('Place').fill('Le Bourget');
    await dialog.getByLabel('From').fill('2019-06-20');
    await dialog.getByLabel('To').fill('2019-06-17');
    await dialog.getByRole('checkbox', { name: /CP124-2019/ }).check();
    await dialog.getByRole('button', { name: 'Create kit' }).click();
    await dialog.getByText('The event cannot end before it starts.').waitFor();
    expect(await audit(page, 'the new-kit form')).toEqual([]);
    await dialog.getByLabel('From').fill('2019-06-17');
    await dialog.getByLabel('To').fill('2019-06-23');
    await dialog.getByRole('button', { name: 'Create kit' }).click();

    await page.getByRole('heading', { name: KIT, level: 1 }).waitFor();
    expect(await page.getByLabel('From').inputValue()).toBe('2019-06-17');
    expect(await page.getByLabel('To').inputValue()).toBe('2019-06-23');
    const once = await exportKit(page, dataDir);
    // The kit's own dates on its cover, not its release's (27 August 2019), and its name once.
    expect(once).toContain(`Le Bourget · 17–23${NBSP}juin${NBSP}2019`);
    expect(once).not.toContain(`27${NBSP}août${NBSP}2019 –`);
    expect(occurrences(once.slice(0, once.indexOf('Sommaire')), KIT)).toBe(1);
    // The contacts on the kit's contacts page only; the boilerplate on the about page the kit gets at its
    // end, as no page of its own stands for it (its title in the contents, on the page and in its running head).
    expect(occurrences(once, CONTACT)).toBe(1);
    expect(occurrences(once, 'CONTACTS')).toBe(0);
    expect(occurrences(once, 'À propos du CNES')).toBe(3);

    await page.getByRole('checkbox', { name: 'Repeat the contacts in each release' }).check();
    await page.getByRole('checkbox', { name: 'Repeat the boilerplate (“About”) in each release' }).check();
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await session.screenshot('kit-repeat');
    expect(await audit(page, 'the kit editor')).toEqual([]);
    const repeated = await exportKit(page, dataDir);
    expect(occurrences(repeated, CONTACT)).toBe(2);
    expect(occurrences(repeated, 'CONTACTS')).toBe(1);
    expect(occurrences(repeated, 'À propos du CNES')).toBe(1);
  });
});
