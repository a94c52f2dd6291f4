/**
 * Spell checking in the release editor, in Chromium over the browser test transport: unknown words of
 * the release's language underlined as typed, a suggestion taken from the menu (mouse and keyboard), a
 * word added to the office's dictionary, another ignored.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openStudio, type StudioSession } from './helpers';

let session: StudioSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('spelling in the release editor', () => {
  it('underlines unknown words and offers the dictionary’s suggestions, the office’s dictionary, or leaving them', async () => {
    session = await openStudio({ demo: true });
    const { page } = session;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: /Coopération spatiale entre la France et la Russie/ }).click();
    const body = page.getByRole('textbox', { name: 'Body' });
    const underlined = (word: string) => body.locator('.spell-unknown', { hasText: new RegExp(`^${word}$`) });

    // Names of the demo the French dictionary does not have are underlined; French words are not.
    await underlined('Roscosmos').first().waitFor();
    expect(await underlined('spatiale').count()).toBe(0);

    await body.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('La coopérration ');
    await underlined('coopérration').waitFor();
    await underlined('coopérration').click({ button: 'right' });
    const menu = page.getByRole('menu', { name: 'Spelling of « coopérration »' });
    await menu.getByRole('menuitem', { name: 'coopération', exact: true }).click();
    await body.getByText(/^La coopération Mardi/).waitFor();
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();

    await underlined('Roscosmos').first().click({ button: 'right' });
    await page.getByRole('menu', { name: 'Spelling of « Roscosmos »' }).getByRole('menuitem', { name: 'Add « Roscosmos » to the office’s dictionary' }).click();
    await expect.poll(() => underlined('Roscosmos').count()).toBe(0);

    // From the keyboard: the caret in a word, Shift+F10, the arrows, Escape back to the text.
    await underlined('Rogozin').click();
    await page.keyboard.press('ArrowRight');
    /** Where the caret is: the text it is in and its offsets there, and whether the text has the focus. */
    const caret = () =>
      page.evaluate(() => {
        const selection = getSelection();
        return { text: selection?.anchorNode?.textContent, anchor: selection?.anchorOffset, focus: selection?.focusOffset, inText: document.activeElement?.classList.contains('ProseMirror') ?? false };
      });
    const inWord = await caret();
    expect(inWord).toMatchObject({ text: 'Rogozin', inText: true });
    expect(inWord.anchor).toBe(inWord.focus);
    expect(inWord.anchor).toBeGreaterThan(0);
    await page.keyboard.press('Shift+F10');
    const rogozin = page.getByRole('menu', { name: 'Spelling of « Rogozin »' });
    await rogozin.getByRole('menuitem', { name: 'Ignore' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await session.screenshot('spelling-menu');
    await page.keyboard.press('Escape');
    await expect.poll(() => rogozin.count()).toBe(0);
    // Back in the text, the caret where it was in the word: Shift+F10 opens the menu on it again.
    await expect.poll(caret).toEqual(inWord);
    await page.keyboard.press('Shift+F10');
    await rogozin.getByRole('menuitem', { name: 'Ignore' }).click();
    await expect.poll(() => underlined('Rogozin').count()).toBe(0);
    expect(await underlined('Roshydromet').count()).toBeGreaterThan(0);

    // From the mouse: the menu opened by a right click, Escape, the caret in the word clicked.
    await underlined('Roshydromet').first().click({ button: 'right' });
    const roshydromet = page.getByRole('menu', { name: 'Spelling of « Roshydromet »' });
    await roshydromet.getByRole('menuitem', { name: 'Ignore' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => roshydromet.count()).toBe(0);
    await expect.poll(caret).toMatchObject({ text: 'Roshydromet', inText: true });

    // Before export, what is left: listed with its blocks, the word added to the office's dictionary gone.
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await page.keyboard.press('Control+e');
    const check = page.getByRole('dialog', { name: 'Export the release' }).getByRole('group', { name: /words are not in the dictionary/u });
    await check.getByRole('button', { name: 'Ignore « Roshydromet »' }).waitFor();
    await session.screenshot('export-spelling');
    expect(await check.getByText('Roscosmos', { exact: true }).count()).toBe(0);
    await check.getByRole('button', { name: 'Ignore « Roshydromet »' }).click();
    await expect.poll(() => check.getByText('Roshydromet', { exact: true }).count()).toBe(0);
  });
});
