/**
 * Every screen of the studio, audited with axe-core in Chromium against WCAG 2.1 A and AA, in both themes:
 * labels, names, roles, landmarks, contrast. A press officer who works with a screen reader or the
 * keyboard alone must meet no violation; the test names each one with the elements it found.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openStudio, type StudioSession } from './helpers';

let session: StudioSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** The violations axe finds on the page as it is now, one line each, with up to three of the elements. */
async function audit(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations.map((v) => `${where}: ${v.id} (${v.impact ?? 'unknown'}) ${v.help} — ${v.nodes
    .slice(0, 3)
    .map((node) => node.target.join(' '))
    .join(' | ')}`);
}

/** The preview is on screen and idle, so the audit sees the page as the user does. */
async function previewReady(page: Page): Promise<void> {
  await page.locator('section.preview[aria-busy="false"]:not([data-version="0"])').first().waitFor();
}

/** Walks the screens a press officer uses, auditing each; returns every violation found. */
async function auditScreens(page: Page, theme: string): Promise<string[]> {
  const found: string[] = [];
  const check = async (where: string) => found.push(...(await audit(page, `${theme} · ${where}`)));
  const nav = (name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

  await nav('Communiqués');
  await page.getByRole('cell', { name: 'CP124-2019', exact: true }).waitFor();
  await check('communiqués');
  await page.getByRole('button', { name: 'Actions pour CP124-2019' }).click();
  await page.getByRole('menuitem', { name: 'Dupliquer' }).waitFor();
  await check('menu d’un communiqué');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: /Coopération spatiale/ }).click();
  await previewReady(page);
  await check('éditeur');
  await page.keyboard.press('Control+e');
  await page.getByRole('dialog').waitFor();
  await check('dialogue d’export');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });

  await nav('Dossiers de presse');
  await page.getByRole('button', { name: /^MAKS 2019/ }).waitFor();
  await check('dossiers de presse');
  await page.getByRole('button', { name: 'Nouveau dossier' }).first().click();
  await page.getByRole('dialog').waitFor();
  await check('nouveau dossier');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: /^MAKS 2019/ }).click();
  await previewReady(page);
  await check('éditeur de dossier');

  await nav('Contacts');
  await page.getByRole('button', { name: /Raphaël Sart/ }).click();
  await page.locator('.card-preview[aria-busy="false"][data-pages="1"]').waitFor();
  await check('contacts');
  await page.getByRole('button', { name: 'Nouveau contact' }).first().click();
  await page.getByRole('button', { name: 'Créer le contact' }).click();
  await page.getByText('Indiquez un nom.').waitFor();
  await check('nouveau contact, avec ses erreurs');

  await nav('Identité');
  await previewReady(page);
  await check('identité');
  return found;
}

describe('accessibility of the studio', () => {
  it('meets WCAG 2.1 AA on every screen, in the light and the dark theme', async () => {
    session = await openStudio({ demo: true });
    const { page } = session;
    await page.getByRole('heading', { name: 'Communiqués', level: 1 }).waitFor();
    const found = await auditScreens(page, 'clair');
    await page.getByLabel('Thème').selectOption('dark');
    found.push(...(await auditScreens(page, 'sombre')));
    expect(found).toEqual([]);

    // The audit is not blind: a field without a label, slipped into the page, is reported.
    await page.evaluate(() => document.querySelector('main')?.append(document.createElement('input')));
    expect((await audit(page, 'témoin')).join('\n')).toMatch(/^témoin: label \(critical\)/mu);
  });
});
