// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { freshArchivePerTest, renderApp } from './render-app';

const api = freshArchivePerTest();
const openNewRelease = async () => (await api().client.settings.get({})).openNewRelease;
const refs = async () => (await api().client.releases.list({})).map((release) => release.ref).sort();

describe('a new release left open when the app quit', () => {
  it('is recorded while the editor has it open, and cleared once the editor has left it', async () => {
    await renderApp('en');
    fireEvent.click((await screen.findAllByRole('button', { name: 'New release' }))[0] as HTMLElement);
    await screen.findByRole('heading', { level: 1, name: /^Provisional \d{4}-001/u });
    const [created] = await api().client.releases.list({});
    await expect.poll(openNewRelease).toBe(created?.id);
    fireEvent.click(screen.getByRole('button', { name: '← Releases' }));
    await expect.poll(refs).toEqual([]);
    await expect.poll(openNewRelease).toBeNull();
  });

  it('is discarded at the studio’s next start if nothing was written in it; one written in, or never opened in the studio, stays', async () => {
    const left = await api().client.releases.create({});
    const written = await api().client.releases.create({});
    await api().client.releases.update({ id: written.id, changes: { lead: 'Un chapeau, sans titre encore.' } });
    // Made by another client (as `presskit new` makes one): no studio recorded it.
    const elsewhere = await api().client.releases.create({ language: 'en' });
    await api().client.settings.update({ changes: { openNewRelease: left.id } });
    await renderApp('en');
    await expect.poll(refs).toEqual([written.ref, elsewhere.ref].sort());
    await expect.poll(openNewRelease).toBeNull();
    expect(await screen.findByRole('cell', { name: written.ref })).toBeTruthy();

    cleanup();
    await api().client.settings.update({ changes: { openNewRelease: written.id } });
    await renderApp('en');
    await expect.poll(openNewRelease).toBeNull();
    expect(await refs()).toEqual([written.ref, elsewhere.ref].sort());
  });
});
