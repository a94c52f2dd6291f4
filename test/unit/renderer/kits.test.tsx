// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Release } from '../../../main/core/schema';
import { cleanup, renderApp } from './render-app';
import { installRealApi, type RealApi } from './real-api';

let api: RealApi;
let releases: Release[];

beforeEach(async () => {
  api = await installRealApi();
  releases = [];
  for (const title of ['Coopération spatiale', 'Lancement de Bion-M2', 'Space Climate Observatory']) {
    const release = await api.client.releases.create({ language: 'fr' });
    releases.push(await api.client.releases.update({ id: release.id, changes: { title } }));
  }
});

afterEach(async () => {
  cleanup();
  await api.close();
});

describe('press kits', () => {
  it('creates a kit from a name and releases found by search, then opens it', async () => {
    await renderApp('en');
    fireEvent.click(await screen.findByRole('button', { name: 'Press kits' }));
    fireEvent.click((await screen.findAllByRole('button', { name: 'New kit' }))[0]!);
    const dialog = screen.getByRole('dialog', { name: 'New press kit' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create kit' }));
    expect(within(dialog).getByText('Give the kit a name.')).toBeTruthy();
    expect(within(dialog).getByText('Choose at least one release.')).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText('Kit name'), { target: { value: 'MAKS 2019' } });
    fireEvent.change(within(dialog).getByRole('searchbox', { name: 'Search releases…' }), { target: { value: 'bion' } });
    await waitFor(() => expect(within(dialog).getAllByRole('checkbox')).toHaveLength(1));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Lancement de Bion-M2/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create kit' }));

    await screen.findByRole('heading', { name: 'MAKS 2019', level: 1 });
    const [kit] = await api.client.kits.list({});
    expect(kit?.items).toEqual([{ type: 'release', releaseId: releases[1]!.id }, { type: 'contacts' }]);
    // Left empty, the event's dates stay empty: never the releases' own.
    expect(kit?.event).toEqual({ name: 'MAKS 2019', place: '', startDate: null, endDate: null });
  });

  it('adds, reorders and removes items, and autosaves only the contents', async () => {
    const kit = await api.client.kits.create({ name: 'MAKS 2019', refs: [releases[0]!.ref] });
    await renderApp('en');
    fireEvent.click(await screen.findByRole('button', { name: 'Press kits' }));
    fireEvent.click(await screen.findByRole('button', { name: /^MAKS 2019/ }));
    const contents = await screen.findByRole('list', { name: 'Contents' });

    fireEvent.click(screen.getByRole('button', { name: 'Add releases…' }));
    const dialog = screen.getByRole('dialog', { name: 'Add releases' });
    await waitFor(() => expect(within(dialog).getAllByRole('checkbox')).toHaveLength(2));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Space Climate Observatory/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add 1 release' }));
    const name = `${releases[2]!.ref} — Space Climate Observatory`;
    await within(contents).findByText(name);
    fireEvent.click(screen.getByRole('button', { name: `Move ${name} up` }));
    fireEvent.click(screen.getByRole('button', { name: `Move ${name} up` }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Press contacts page' }));
    expect((screen.getByRole('button', { name: 'Add the contacts page' }) as HTMLButtonElement).disabled).toBe(false);

    await waitFor(async () => expect((await api.client.kits.list({}))[0]?.items).toEqual([{ type: 'release', releaseId: releases[2]!.id }, { type: 'release', releaseId: releases[0]!.id }]));
    const updates = api.calls.filter((call) => call.channel === 'kits.update').map((call) => call.input);
    expect(updates).toEqual([{ id: kit.id, changes: { items: [{ type: 'release', releaseId: releases[2]!.id }, { type: 'release', releaseId: releases[0]!.id }] } }]);
    await waitFor(() => expect(api.calls.some((call) => call.channel === 'preview.kit')).toBe(true));
  });

  it('asks for the event’s own dates in the new-kit form, refuses an end before the start, and stores what was given', async () => {
    await renderApp('en');
    fireEvent.click(await screen.findByRole('button', { name: 'Press kits' }));
    fireEvent.click((await screen.findAllByRole('button', { name: 'New kit' }))[0]!);
    const dialog = screen.getByRole('dialog', { name: 'New press kit' });
    fireEvent.change(within(dialog).getByLabelText('Kit name'), { target: { value: 'MAKS 2019' } });
    fireEvent.change(within(dialog).getByLabelText('Place'), { target: { value: 'Joukovski' } });
    fireEvent.change(within(dialog).getByLabelText('From'), { target: { value: '2019-09-01' } });
    fireEvent.change(within(dialog).getByLabelText('To'), { target: { value: '2019-08-27' } });
    await waitFor(() => expect(within(dialog).getAllByRole('checkbox').length).toBeGreaterThan(0));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Lancement de Bion-M2/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create kit' }));
    expect(within(dialog).getByText('The event cannot end before it starts.')).toBeTruthy();
    expect(api.calls.some((call) => call.channel === 'kits.create')).toBe(false);

    fireEvent.change(within(dialog).getByLabelText('From'), { target: { value: '2019-08-27' } });
    fireEvent.change(within(dialog).getByLabelText('To'), { target: { value: '2019-09-01' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create kit' }));
    await screen.findByRole('heading', { name: 'MAKS 2019', level: 1 });
    expect((await api.client.kits.list({}))[0]?.event).toEqual({ name: 'MAKS 2019', place: 'Joukovski', startDate: '2019-08-27', endDate: '2019-09-01' });
  });

  it('repeats the contacts in each release when asked, and adds the photos page once, under a title of its own', async () => {
    await api.client.kits.create({ name: 'MAKS 2019', refs: [releases[0]!.ref] });
    await renderApp('en');
    fireEvent.click(await screen.findByRole('button', { name: 'Press kits' }));
    fireEvent.click(await screen.findByRole('button', { name: /^MAKS 2019/ }));
    const contents = await screen.findByRole('list', { name: 'Contents' });
    const repeat = screen.getByRole('checkbox', { name: 'Repeat the contacts in each release' }) as HTMLInputElement;
    expect(repeat.checked).toBe(false);
    fireEvent.click(repeat);
    fireEvent.click(screen.getByRole('button', { name: 'Add the photos page' }));
    await within(contents).findByText('Photos of the releases');
    expect((screen.getByRole('button', { name: 'Add the photos page' }) as HTMLButtonElement).disabled).toBe(true);
    const row = within(contents).getByText('Photos of the releases').closest('li') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: 'Edit' }));
    fireEvent.change(within(row).getByLabelText('Page title'), { target: { value: 'Photos du salon' } });
    await waitFor(async () => {
      const [kit] = await api.client.kits.list({});
      expect(kit?.repeat).toEqual({ contacts: true, boilerplate: false });
      expect(kit?.items.slice(1)).toEqual([{ type: 'contacts' }, { type: 'photos', title: 'Photos du salon' }]);
    });
  });
});
