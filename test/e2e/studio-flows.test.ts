/**
 * The studio as a press officer uses it, in Chromium over the browser test transport: import, search,
 * edit with the live preview, contacts, a kit built and reordered, export, English, undo. Exports
 * land in DATA_DIR/exports/ (studio:web's files.save), where pdftotext reads them back.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE } from '../helpers/cli';
import { openStudio, type StudioSession } from './helpers';

const REF = 'CP124-2019';
const TITLE = 'Coopération spatiale entre la France et la Russie';

let session: StudioSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

async function switchToEnglish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Releases', level: 1 }).waitFor();
}

async function importFixture(page: Page): Promise<void> {
  await page.locator('input[type="file"]').first().setInputFiles(FIXTURE);
  await page.getByText(`Release imported: ${REF}`).waitFor();
}

/** The preview's render count once its first render is on screen and no other is running. */
async function previewVersion(page: Page): Promise<number> {
  const preview = page.locator('section.preview[aria-busy="false"]:not([data-version="0"])').first();
  await preview.waitFor();
  return Number(await preview.getAttribute('data-version'));
}

async function waitForPreviewAfter(page: Page, version: number): Promise<void> {
  await page.waitForFunction((before) => {
    const preview = document.querySelector('section.preview');
    return preview?.getAttribute('aria-busy') === 'false' && Number(preview.getAttribute('data-version')) > before;
  }, version);
}

/** Two more releases beside the imported one, made in the editor as a user would. */
async function createRelease(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New release' }).first().click();
  const field = page.getByLabel('Title', { exact: true });
  await field.fill(title);
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
  await page.getByRole('button', { name: '← Releases' }).click();
  await page.getByRole('button', { name: title }).waitFor();
}

describe('the studio, end to end', () => {
  it('imports a communiqué, finds it, and previews an edited title before saving it', async () => {
    session = await openStudio();
    const { page } = session;
    await switchToEnglish(page);
    await importFixture(page);
    await page.getByRole('searchbox', { name: 'Search releases' }).fill('Roshydromet');
    await page.getByText('1 of 1').waitFor();
    await session.screenshot('releases-light');
    await page.getByRole('button', { name: new RegExp(TITLE) }).click();
    const before = await previewVersion(page);
    await page.getByLabel('Title', { exact: true }).fill('Coopération spatiale franco-russe au salon MAKS');
    await waitForPreviewAfter(page, before);
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await session.screenshot('editor-light');

    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export the release' });
    await dialog.getByText(`${REF}.pdf`).waitFor();
    await dialog.getByRole('button', { name: 'Save PDF…' }).click();
    await page.getByText(/PDF saved: .*CP124-2019\.pdf/).waitFor();
    expect(pdfText(join(session.dataDir, 'exports', `${REF}.pdf`))).toContain('franco-russe au salon MAKS');
  });

  it('creates a contact, shows its card as it prints, and exports its vCard', async () => {
    session = await openStudio();
    const { page } = session;
    await switchToEnglish(page);
    await page.getByRole('button', { name: 'Contacts' }).click();
    await page.getByRole('button', { name: 'New contact' }).first().click();
    const form = page.getByRole('form', { name: 'New contact' });
    await form.getByRole('button', { name: 'Create contact' }).click();
    await form.getByText('Enter a name.').waitFor();
    await form.getByLabel('Name').fill('Pascale Bresson');
    await form.getByLabel('Role (French)').fill('Attachée de presse');
    await form.getByLabel('Role (English)').fill('Press officer');
    await form.getByLabel('Organisation').fill('CNES');
    await form.getByLabel('E-mail').fill('pascale.bresson@cnes.fr');
    await form.getByRole('button', { name: 'Add a phone' }).click();
    await form.getByLabel('Number of phone 1').fill('01 44 76 75 39');
    await form.getByRole('button', { name: 'Add a phone' }).click();
    await form.getByLabel('Kind of phone 2').selectOption('mobile');
    await form.getByLabel('Number of phone 2').fill('06 12 34 56 78');
    await form.getByLabel('French', { exact: true }).check();
    await form.getByRole('button', { name: 'Create contact' }).click();
    await page.locator('.card-preview[aria-busy="false"][data-pages="1"]').waitFor();
    await page.getByRole('img', { name: 'Business card preview' }).locator('canvas').waitFor();
    await page.getByRole('searchbox', { name: 'Search contacts' }).fill('bresson');
    await page.getByRole('checkbox', { name: 'Select Pascale Bresson' }).check();
    await session.screenshot('contacts-light');

    await page.getByRole('button', { name: 'Export 1 vCard' }).click();
    await page.getByText(/1 vCard saved: .*Pascale Bresson\.vcf/).waitFor();
    const vcard = readFileSync(join(session.dataDir, 'exports', 'Pascale Bresson.vcf'), 'utf8');
    expect(vcard).toContain('FN:Pascale Bresson');
    expect(vcard).toContain('VERSION:3.0\r\n');
    expect(vcard).toContain('TITLE:Press officer\r\n');
    expect(vcard).toContain('TEL;TYPE=WORK,VOICE:+33144767539\r\n');
    expect(vcard).toContain('TEL;TYPE=CELL:+33612345678\r\n');
  });

  it('builds a kit of three releases, reorders it with the keyboard, and exports it', async () => {
    session = await openStudio();
    const { page, dataDir } = session;
    await switchToEnglish(page);
    await importFixture(page);
    await createRelease(page, 'Lancement de Bion-M2');
    await createRelease(page, 'Space Climate Observatory');

    await page.getByRole('button', { name: 'Press kits' }).click();
    await page.getByRole('button', { name: 'New kit' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New press kit' });
    await dialog.getByLabel('Kit name').fill('MAKS 2019');
    for (const title of [TITLE, 'Lancement de Bion-M2', 'Space Climate Observatory']) await dialog.getByRole('checkbox', { name: new RegExp(title) }).check();
    await dialog.getByText('3 releases chosen').waitFor();
    await dialog.getByRole('button', { name: 'Create kit' }).click();

    const contents = page.getByRole('list', { name: 'Contents' });
    await contents.getByRole('listitem').nth(3).waitFor();
    // Drag the third release to the top with the keyboard: Space picks it up, arrows move, Space drops.
    await page.getByRole('button', { name: /Move CP\d+-\d+ — Space Climate Observatory$/ }).focus();
    const steps = [
      ['Space', 'is at position 3'],
      ['ArrowUp', 'is at position 2'],
      ['ArrowUp', 'is at position 1'],
      ['Space', 'Dropped'],
    ] as const;
    for (const [key, said] of steps) {
      await page.keyboard.press(key);
      await page.getByRole('status').filter({ hasText: said }).waitFor({ state: 'attached' });
    }
    await expect.poll(() => contents.locator('[data-kit-item]').first().getAttribute('data-kit-item')).toMatch(/Space Climate Observatory$/);
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await previewVersion(page);
    await session.screenshot('kit-light');

    await page.keyboard.press('Control+e');
    const exporting = page.getByRole('dialog', { name: 'Export the press kit' });
    await exporting.getByLabel('Crop marks').check();
    await session.screenshot('export-dialog-light');
    await exporting.getByRole('button', { name: 'Save PDF…' }).click();
    await page.getByText(/PDF saved: .*MAKS 2019\.pdf/).waitFor();
    const text = pdfText(join(dataDir, 'exports', 'MAKS 2019.pdf'));
    // The table of contents comes first and lists the items in print order.
    const order = ['Space Climate Observatory', 'Coopération spatiale', 'Lancement de Bion-M2'].map((title) => text.indexOf(title));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const info = execFileSync('pdfinfo', ['-box', join(dataDir, 'exports', 'MAKS 2019.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/TrimBox/);
  });

  it('undoes a deleted release, and refuses to delete a contact a release still uses', async () => {
    session = await openStudio();
    const { page } = session;
    await switchToEnglish(page);
    await importFixture(page);
    await page.getByRole('button', { name: `Actions for ${REF}` }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await page.getByText(`${REF} deleted`).waitFor();
    await expect.poll(() => page.getByRole('cell', { name: REF, exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('cell', { name: REF, exact: true }).waitFor();

    await page.getByRole('button', { name: 'Contacts' }).click();
    await page.getByRole('button', { name: /Pascale Bresson/ }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog', { name: 'Delete Pascale Bresson?' }).getByRole('button', { name: 'Delete' }).click();
    await page.getByText(`is a contact of ${REF}`, { exact: false }).waitFor();
    await page.getByRole('button', { name: /Pascale Bresson/ }).waitFor();
  });

  it('edits the brand with validation, in both themes', async () => {
    session = await openStudio({ demo: true });
    const { page } = session;
    await switchToEnglish(page);
    await page.getByRole('button', { name: 'Brand' }).click();
    const pattern = page.getByLabel('Reference pattern');
    await pattern.fill('CP-{yyyy}');
    await page.getByText('The pattern must contain {n}').waitFor();
    expect(await page.getByRole('button', { name: 'Save', exact: true }).isDisabled()).toBe(true);
    await pattern.fill('PR{n}/{yyyy}');
    await page.getByText('Example: PR124/2019').waitFor();
    await page.getByLabel('Primary colour', { exact: true }).fill('#0b5394');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Brand saved').waitFor();
    await previewVersion(page);
    await page.locator('.brand-form').evaluate((form) => form.scrollTo(0, 0));
    await session.screenshot('brand-light');

    await page.getByLabel('Theme').selectOption('dark');
    await session.screenshot('brand-dark');
    for (const [nav, name] of [['Releases', 'releases-dark'], ['Press kits', 'kits-dark']] as const) {
      await page.getByRole('button', { name: nav, exact: true }).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await session.screenshot(name);
    }
    await page.getByRole('button', { name: 'Contacts', exact: true }).click();
    await page.getByRole('button', { name: /Raphaël Sart/ }).click();
    await page.locator('.card-preview[aria-busy="false"][data-pages="1"]').waitFor();
    await session.screenshot('contacts-dark');
    await page.getByRole('button', { name: 'Press kits', exact: true }).click();
    await page.getByRole('button', { name: /^MAKS 2019/ }).click();
    await previewVersion(page);
    await session.screenshot('kit-dark');
  });
});
