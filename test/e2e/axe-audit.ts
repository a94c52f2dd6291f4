/** axe-core in Chromium against WCAG 2.1 A and AA, for the end-to-end tests that audit what they show. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The violations axe finds on the page as it is now, one line each, with up to three of the elements. */
export async function audit(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations.map((v) => `${where}: ${v.id} (${v.impact ?? 'unknown'}) ${v.help} — ${v.nodes
    .slice(0, 3)
    .map((node) => node.target.join(' '))
    .join(' | ')}`);
}

/** The preview is on screen and idle, so the audit sees the page as the user does. */
export async function previewReady(page: Page): Promise<void> {
  await page.locator('section.preview[aria-busy="false"]:not([data-version="0"])').first().waitFor();
}
