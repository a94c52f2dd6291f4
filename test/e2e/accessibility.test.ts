/**
 * Every screen of the studio, audited with axe-core in Chromium against WCAG 2.1 A and AA, in both themes:
 * labels, names, roles, landmarks, contrast. A press officer who works with a screen reader or the
 * keyboard alone must meet no violation; the test names each one with the elements it found.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { audit, previewReady } from './axe-audit';
import { openStudio, type StudioSession } from './helpers';

let session: StudioSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

interface Stop {
  name: string;
  visibleFocus: boolean;
}

/**
 * Presses Tab up to `count` times, until focus leaves the page's last control, and notes at each stop the
 * focused control's name (its aria-label, label or text) and whether a focus ring shows (outline or shadow).
 */
async function tabThrough(page: Page, count: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const labelled = element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? '';
      const hasRing = (node: Element) => {
        const style = getComputedStyle(node);
        return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      };
      // A rich-text field's ring may be drawn around its frame (toolbar included), just above it.
      const frames = element.isContentEditable ? [element.parentElement, element.parentElement?.parentElement] : [];
      const ring = [element, ...frames].some((node) => node && hasRing(node));
      return { name: labelled.trim().replace(/\s+/gu, ' ').slice(0, 60), visibleFocus: ring };
    });
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
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
  // Audited with the words its dictionary does not know listed, as the press officer sees them.
  await page.getByRole('dialog').getByRole('group', { name: /ne sont pas dans le dictionnaire/u }).waitFor();
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

  it('reaches every control of the archive and the editor with Tab, each with a visible focus ring', async () => {
    session = await openStudio({ demo: true });
    const { page } = session;
    await page.getByRole('cell', { name: 'CP124-2019', exact: true }).waitFor();
    const archive = await tabThrough(page, 40);
    expect(archive.filter((stop) => !stop.visibleFocus)).toEqual([]);
    const names = archive.map((stop) => stop.name);
    for (const control of ['Communiqués', 'Dossiers de presse', 'Contacts', 'Identité', 'Importer…', 'Nouveau communiqué', 'Rechercher dans les communiqués', 'Actions pour CP124-2019']) {
      expect(names).toContain(control);
    }
    expect(names.some((name) => name.startsWith('Coopération spatiale'))).toBe(true);

    await page.getByRole('button', { name: /Coopération spatiale/ }).press('Enter');
    await previewReady(page);
    const editor = await tabThrough(page, 30);
    expect(editor.filter((stop) => !stop.visibleFocus)).toEqual([]);
    expect(editor.map((stop) => stop.name)).toEqual(expect.arrayContaining(['Titre', 'Sous-titre', 'Gras (Ctrl+B)', 'Italique (Ctrl+I)']));
  });
});
