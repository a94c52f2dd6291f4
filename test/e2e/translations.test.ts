/**
 * A translation as a translator makes it, in Chromium over the browser test transport: "Translate into"
 * opens the new version side by side with its source; it stays marked untranslated (and its export asks
 * first) until every block is edited, or the translator marks it as translated.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterEach, describe, expect, it } from 'vitest';
import type { Release } from '../../main/core/schema';
import { callApi, openStudio, type StudioSession } from './helpers';

let session: StudioSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function api<T>(channel: string, input: unknown): Promise<T> {
  const envelope = await callApi(session!.server, channel, input);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as T;
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ text }] });

/** A short French release: a title, a lead and two paragraphs (no subtitle: nothing to translate there). */
async function seedRelease(): Promise<Release> {
  const created = await api<Release>('releases.create', { language: 'fr' });
  return api<Release>('releases.update', {
    id: created.id,
    changes: { title: 'Coopération spatiale', lead: 'Le CNES et Roscosmos signent un accord.', body: [paragraph('Premier paragraphe.'), paragraph('Second paragraphe.')] },
  });
}

async function version(ref: string, language: string): Promise<Release> {
  return api<Release>('releases.get', { ref, language });
}

describe('translating a release in the studio', () => {
  it('opens the translation side by side, asks before exporting it, and clears the mark once every block is edited', async () => {
    session = await openStudio();
    const { page } = session;
    const source = await seedRelease();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Coopération spatiale' }).waitFor();

    await page.getByRole('button', { name: `Actions for ${source.ref}` }).click();
    await page.getByRole('menuitem', { name: 'Translate into English' }).click();
    await page.getByText(`${source.ref} (English) created, marked untranslated`).waitFor();
    const notice = page.getByRole('status').filter({ hasText: 'still holds its source’s words' });
    await notice.filter({ hasText: '4 blocks are still to translate' }).waitFor();
    // Source beside target: the French paragraph, and the same words in the English field, to be replaced.
    await page.getByRole('heading', { name: 'Side by side' }).waitFor();
    await expect.poll(() => page.locator('#side-source-3').textContent()).toBe('Premier paragraphe.');
    await expect.poll(() => page.locator('#side-target-3').inputValue()).toBe('Premier paragraphe.');
    await session.screenshot('translation-side-by-side');
    const { violations } = await new AxeBuilder({ page }).include('.editor-form').include('.notice-untranslated').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`)).toEqual([]);

    // While it is marked, the export asks first.
    await page.getByRole('button', { name: 'Export PDF' }).click();
    const exporting = page.getByRole('dialog', { name: 'Export the release' });
    await exporting.getByRole('button', { name: 'Save PDF…' }).click();
    await exporting.getByRole('alert').filter({ hasText: `${source.ref} (en) is still marked untranslated` }).waitFor();
    await exporting.getByRole('button', { name: 'Export anyway' }).click();
    await page.getByText(/PDF saved: .*\.pdf/).waitFor();

    const english = ['Space cooperation', 'CNES and Roscosmos sign an agreement.', 'First paragraph.', 'Second paragraph.'];
    const blocks = [0, 2, 3, 4];
    for (const [at, text] of english.entries()) await page.locator(`#side-target-${blocks[at]}`).fill(text);
    await notice.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    const translated = await version(source.ref, 'en');
    expect(translated).toMatchObject({ ref: source.ref, title: 'Space cooperation', lead: english[1], untranslated: null, translationGroup: source.id });
    expect(translated.body).toEqual(english.slice(2).map(paragraph));
  });

  it('clears the mark when the translator marks it as translated', async () => {
    session = await openStudio();
    const { page } = session;
    const source = await seedRelease();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Coopération spatiale' }).click();
    await page.getByRole('heading', { name: 'Translations' }).waitFor();

    await page.getByRole('button', { name: `Actions for ${source.ref}` }).click();
    await page.getByRole('menuitem', { name: 'Translate into Russian' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'still holds its source’s words' });
    await notice.waitFor();
    await page.getByRole('button', { name: 'Mark as translated' }).click();
    await notice.waitFor({ state: 'detached' });
    expect((await version(source.ref, 'ru')).untranslated).toBeNull();

    // Its source is listed among its translations, and opens in its own language.
    await page.getByRole('button', { name: 'Back to the editor' }).click();
    await page.getByRole('button', { name: new RegExp(`FR ${source.ref}`) }).click();
    await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe('Coopération spatiale');
  });
});
