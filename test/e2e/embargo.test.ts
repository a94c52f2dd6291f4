/**
 * An embargo set in the studio as a press officer sets it: a day, an hour and the zone of the event, then
 * the PDF's banner in that zone, the warning of an embargo already lifted, and the archive's badge and filter.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE } from '../helpers/cli';
import { pdftotext, readableText } from '../helpers/pdf-tools';
import type { Page } from 'playwright-core';
import { openStudio, type StudioSession } from './helpers';

const REF = 'CP124-2019';
const TITLE = 'Coopération spatiale entre la France et la Russie';
const NBSP = '\u00A0';

/** What axe finds against WCAG 2.1 AA, in the light theme and then the dark one (the theme is left light). */
async function audit(page: Page, where: string): Promise<string[]> {
  const found: string[] = [];
  for (const theme of ['dark', 'light'] as const) {
    await page.getByLabel('Theme').selectOption(theme);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    found.push(...violations.map((v) => `${theme} · ${where}: ${v.id} ${v.help} — ${v.nodes.map((node) => node.target.join(' ')).join(' | ')}`));
  }
  return found;
}

let session: StudioSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('an embargo in the studio', () => {
  it('is set with a zone in the editor, printed in that zone, warned of once lifted, and shown and filtered in the archive', async () => {
    session = await openStudio();
    const { page } = session;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Releases', level: 1 }).waitFor();
    await page.locator('input[type="file"]').first().setInputFiles(FIXTURE);
    await page.getByText(`Release imported: ${REF}`).waitFor();
    await page.getByRole('button', { name: 'New release' }).first().click();
    await page.getByLabel('Title', { exact: true }).fill('Salon du Bourget');
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await page.getByRole('button', { name: '← Releases' }).click();

    await page.getByRole('button', { name: new RegExp(TITLE) }).click();
    await page.getByLabel('Under embargo').check();
    await page.getByLabel('Until', { exact: true }).fill('2019-08-27T10:30');
    await page.getByLabel('Time zone').selectOption('Europe/Moscow');
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await page.locator('section.preview[aria-busy="false"]:not([data-version="0"])').first().waitFor();
    await session.screenshot('editor-embargo-light');
    const problems = await audit(page, 'the editor with an embargo');

    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export the release' });
    await dialog.getByRole('button', { name: 'Save PDF…' }).click();
    await dialog
      .getByRole('alert')
      .filter({ hasText: `The embargo of ${REF} (2019-08-27 10:30 Europe/Moscow) has already lifted, yet the PDF still announces it` })
      .waitFor();
    problems.push(...(await audit(page, 'the export dialog’s warning')));
    const text = readableText(pdftotext(readFileSync(join(session.dataDir, 'exports', `${REF}.pdf`))));
    expect(text).toContain(`Sous embargo jusqu’au 27${NBSP}août${NBSP}2019 à 10${NBSP}h${NBSP}30, heure de Moscou (UTC+3)`);
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: '← Releases' }).click();
    const row = page.getByRole('row').filter({ hasText: TITLE });
    await row.locator('.embargo-badge', { hasText: 'Under embargo' }).waitFor();
    await page.getByLabel('Embargo').selectOption({ label: 'Under embargo' });
    await page.getByText('1 of 2').waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'Salon du Bourget' }).count()).toBe(0);
    await session.screenshot('releases-embargoed-light');
    problems.push(...(await audit(page, 'the archive with a badge')));
    await page.getByLabel('Embargo').selectOption({ label: 'Without embargo' });
    await page.getByRole('row').filter({ hasText: 'Salon du Bourget' }).waitFor();
    expect(await row.count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
