// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Release } from '../../../main/core/schema';
import { cleanup, renderApp } from './render-app';
import { installRealApi, type RealApi } from './real-api';

let api: RealApi;
let source: Release;
let translation: Release;

beforeEach(async () => {
  api = await installRealApi();
  const created = await api.client.releases.create({ language: 'fr' });
  source = await api.client.releases.update({ id: created.id, changes: { title: 'Coopération spatiale' } });
  translation = await api.client.releases.translate({ id: source.id, language: 'en' });
  await api.client.kits.create({ name: 'MAKS 2019', refs: [{ ref: source.ref, language: 'fr' }] });
});

afterEach(async () => {
  cleanup();
  await api.close();
});

describe('a kit and an untranslated release', () => {
  it('asks before adding it, adds nothing when told not to, and tells main the user confirmed', async () => {
    await renderApp('en');
    fireEvent.click(await screen.findByRole('button', { name: 'Press kits' }));
    fireEvent.click(await screen.findByRole('button', { name: /^MAKS 2019/ }));
    await screen.findByRole('list', { name: 'Contents' });
    fireEvent.click(screen.getByRole('button', { name: 'Add releases…' }));
    const dialog = screen.getByRole('dialog', { name: 'Add releases' });
    const english = await within(dialog).findByRole('checkbox', { name: /Untranslated/ });

    fireEvent.click(english);
    const asking = within(dialog).getByRole('group', { name: /Add an untranslated release\?/ });
    expect(asking.textContent).toContain(`${source.ref} (English) is still marked untranslated. Add it to the kit as it is?`);
    fireEvent.click(within(asking).getByRole('button', { name: 'Do not add it' }));
    expect((english as HTMLInputElement).checked).toBe(false);
    expect(within(dialog).queryByRole('group')).toBeNull();

    fireEvent.click(english);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add it anyway' }));
    expect((english as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add 1 release' }));

    await waitFor(async () => expect((await api.client.kits.list({}))[0]?.items).toContainEqual({ type: 'release', releaseId: translation.id }));
    const update = api.calls.find((call) => call.channel === 'kits.update');
    expect(update?.input).toMatchObject({ allowUntranslated: true });
  });
});
