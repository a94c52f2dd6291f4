// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Release, RichText } from '../../../main/core/schema';
import { editableOf } from '../../../renderer/src/editor/draft';
import { cleanup, renderApp } from './render-app';
import { installRealApi, type RealApi } from './real-api';

const paragraph = (text: string): RichText[number] => ({ type: 'paragraph', content: [{ text }] });

describe('the spelling check of the export dialog', () => {
  let api: RealApi;
  let release: Release;

  beforeEach(async () => {
    api = await installRealApi();
    release = await api.client.releases.create({ language: 'fr' });
    const body = [paragraph('La coopérration avec Roscosmos.'), paragraph('Roscosmos signe.')];
    release = await api.client.releases.update({ id: release.id, changes: { ...editableOf(release), title: 'Lancement', body } });
  });

  afterEach(async () => {
    cleanup();
    await api.close();
  });

  async function openExport() {
    await renderApp('en');
    fireEvent.click(await screen.findByRole('button', { name: 'Lancement' }));
    await screen.findByRole('textbox', { name: 'Body' });
    fireEvent.click(screen.getByRole('button', { name: 'Export PDF' }));
    return screen.findByRole('dialog', { name: 'Export the release' });
  }

  it('lists each unknown word once with its blocks, adds one to the dictionary, ignores another, and never stops the export', async () => {
    const dialog = await openExport();

    const check = await within(dialog).findByRole('group', { name: '2 words are not in the dictionary (the PDF can still be exported):' });
    const rows = within(check).getAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('strong')?.textContent)).toEqual(['coopérration', 'Roscosmos']);
    expect(within(rows[1] as HTMLElement).getByText('Block 1, Block 2')).toBeTruthy();
    const save = within(dialog).getByRole('button', { name: 'Save PDF…' }) as HTMLButtonElement;
    expect(save.disabled).toBe(false);

    fireEvent.click(within(check).getByRole('button', { name: 'Add to dictionary: « Roscosmos »' }));
    await waitFor(() => expect(within(check).queryByText('Roscosmos')).toBeNull());
    expect(await api.client.dictionary.list({})).toEqual(['Roscosmos']);
    expect(within(dialog).getByRole('group', { name: 'One word is not in the dictionary (the PDF can still be exported):' })).toBeTruthy();

    fireEvent.click(within(check).getByRole('button', { name: 'Ignore « coopérration »' }));
    expect(await within(dialog).findByText('Spelling: every word is in the dictionary.')).toBeTruthy();
    // Ignored in this release, for good, not learnt: the office's dictionary holds only the word added.
    expect(await api.client.dictionary.list({})).toEqual(['Roscosmos']);
    expect((await api.client.releases.get({ ref: release.ref })).ignoredWords).toEqual(['coopérration']);

    fireEvent.click(save);
    await screen.findByText(/^PDF saved: /u);
    expect(existsSync(join(api.exportsDir, `${release.ref}.pdf`))).toBe(true);
  });

  it('exports while words are still unknown', async () => {
    const dialog = await openExport();
    await within(dialog).findByRole('group', { name: /^2 words are not in the dictionary/u });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save PDF…' }));
    await screen.findByText(/^PDF saved: /u);
    expect(existsSync(join(api.exportsDir, `${release.ref}.pdf`))).toBe(true);
  });

  async function openKitExport() {
    await renderApp('en');
    fireEvent.click(await screen.findByRole('button', { name: 'Press kits' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Lancement/u }));
    await screen.findByRole('heading', { name: 'Lancement', level: 1 });
    fireEvent.keyDown(window, { key: 'e', ctrlKey: true });
    return screen.findByRole('dialog', { name: 'Export the press kit' });
  }

  it('lists a kit’s unknown words release by release, each in its language, ignores one in its release only, and never stops the export', async () => {
    const created = await api.client.releases.create({ language: 'en' });
    const english = await api.client.releases.update({ id: created.id, changes: { ...editableOf(created), title: 'The launch', body: [paragraph('We recieve Roscosmos.')] } });
    await api.client.kits.create({ name: 'Lancement', refs: [release.ref, english.ref] });
    const dialog = await openKitExport();

    const check = await within(dialog).findByRole('group', { name: '4 words are not in the dictionary, in 2 releases (the PDF can still be exported):' });
    const french = within(check).getByRole('region', { name: `${release.ref} Lancement` });
    const inEnglish = within(check).getByRole('region', { name: `${english.ref} The launch` });
    const words = (region: HTMLElement) => within(region).queryAllByRole('listitem').map((row) => row.querySelector('strong')?.textContent);
    expect(words(french)).toEqual(['coopérration', 'Roscosmos']);
    expect(words(inEnglish)).toEqual(['recieve', 'Roscosmos']);
    expect(within(french).getByText('coopérration').getAttribute('lang')).toBe('fr');
    expect(within(inEnglish).getByText('recieve').getAttribute('lang')).toBe('en');

    // Ignored in the French release: still flagged in the English one, and kept on the release.
    fireEvent.click(within(french).getByRole('button', { name: `Ignore « Roscosmos » in ${release.ref}` }));
    await waitFor(() => expect(words(french)).toEqual(['coopérration']));
    expect(words(inEnglish)).toEqual(['recieve', 'Roscosmos']);
    expect((await api.client.releases.get({ ref: release.ref })).ignoredWords).toEqual(['Roscosmos']);
    expect(await api.client.dictionary.list({})).toEqual([]);

    // Added to the office's dictionary: gone from every release.
    fireEvent.click(within(inEnglish).getByRole('button', { name: 'Add to dictionary: « recieve »' }));
    await within(dialog).findByRole('group', { name: '2 words are not in the dictionary, in 2 releases (the PDF can still be exported):' });
    expect(words(inEnglish)).toEqual(['Roscosmos']);

    const save = within(dialog).getByRole('button', { name: 'Save PDF…' }) as HTMLButtonElement;
    expect(save.disabled).toBe(false);
    fireEvent.click(save);
    await screen.findByText(/^PDF saved: /u);
    expect(existsSync(join(api.exportsDir, 'Lancement.pdf'))).toBe(true);
  });
});
