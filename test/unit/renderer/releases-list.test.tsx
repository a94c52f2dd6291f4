// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { freshArchivePerTest, renderApp } from './render-app';

const api = freshArchivePerTest();

async function seed() {
  const { releases } = api().client;
  const first = await releases.create({ language: 'fr' });
  await releases.update({
    id: first.id,
    changes: { title: 'Coopération spatiale', date: '2019-08-27', event: 'MAKS 2019', status: 'published', body: [{ type: 'paragraph', content: [{ text: 'Interhelioprobe et Bion-M2.' }] }] },
  });
  const second = await releases.create({ language: 'en' });
  await releases.update({ id: second.id, changes: { title: 'Launch of a satellite', date: '2020-02-03', status: 'review' } });
  const third = await releases.create({ language: 'fr' });
  await releases.update({ id: third.id, changes: { title: 'Salon du Bourget', date: '2019-06-17', status: 'draft' } });
  return [first, second, third];
}

const rowTitles = () =>
  screen
    .queryAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('button')[0]?.textContent);

describe('the releases list', () => {
  it('lists the archive newest first with dates in each release language and a count', async () => {
    await seed();
    await renderApp('en');
    expect(await screen.findByText('3 releases')).toBeTruthy();
    expect(rowTitles()).toEqual(['Launch of a satellite', 'Coopération spatiale', 'Salon du Bourget']);
    expect(screen.getByText('27 août 2019')).toBeTruthy();
    expect(screen.getByText('3 February 2020')).toBeTruthy();
  });

  it('searches through the API, so words of the body match too', async () => {
    await seed();
    await renderApp('en');
    await screen.findByText('3 releases');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search releases' }), { target: { value: 'interhelioprobe' } });
    await waitFor(() => expect(rowTitles()).toEqual(['Coopération spatiale']));
    expect(api().calls.some((call) => call.channel === 'releases.list' && (call.input as { query?: string }).query === 'interhelioprobe')).toBe(true);
    expect(screen.getByText('1 of 3')).toBeTruthy();
  });

  it('filters by status, language, year and event, and sorts', async () => {
    await seed();
    await renderApp('en');
    await screen.findByText('3 releases');
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'fr' } });
    await waitFor(() => expect(rowTitles()).toEqual(['Coopération spatiale', 'Salon du Bourget']));
    fireEvent.change(screen.getByLabelText('Sort'), { target: { value: 'title' } });
    expect(rowTitles()).toEqual(['Coopération spatiale', 'Salon du Bourget']);
    fireEvent.change(screen.getByLabelText('Sort'), { target: { value: 'oldest' } });
    expect(rowTitles()).toEqual(['Salon du Bourget', 'Coopération spatiale']);
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'draft' } });
    await waitFor(() => expect(rowTitles()).toEqual(['Salon du Bourget']));
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Year'), { target: { value: '2020' } });
    await waitFor(() => expect(rowTitles()).toEqual(['Launch of a satellite']));
    fireEvent.change(screen.getByLabelText('Year'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Event'), { target: { value: 'MAKS 2019' } });
    await waitFor(() => expect(rowTitles()).toEqual(['Coopération spatiale']));
  });

  it('says when the archive is empty, offers the examples, and says when nothing matches', async () => {
    await renderApp('en');
    expect(await screen.findByRole('heading', { name: 'No releases yet' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Load the examples' }));
    await waitFor(() => expect(rowTitles()).toContain('Coopération spatiale entre la France et la Russie'));
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'nothing like this' } });
    expect(await screen.findByRole('heading', { name: 'No release matches' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(rowTitles()).toContain('Coopération spatiale entre la France et la Russie'));
  });

  it('deletes at once and brings the release back with Undo', async () => {
    const [first] = await seed();
    await renderApp('en');
    await screen.findByText('3 releases');
    fireEvent.click(screen.getByRole('button', { name: `Actions for ${first!.ref}` }));
    const menu = screen.getByRole('menu');
    fireEvent.click(within(menu).getByRole('menuitem', { name: 'Delete' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Launch of a satellite', 'Salon du Bourget']));
    expect((await api().client.releases.list({})).map((r) => r.ref)).not.toContain(first!.ref);

    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Launch of a satellite', 'Coopération spatiale', 'Salon du Bourget']));
    const restored = await api().client.releases.get({ ref: first!.ref });
    expect(restored.body).toEqual([{ type: 'paragraph', content: [{ text: 'Interhelioprobe et Bion-M2.' }] }]);
  });

  it('shows why a delete was refused', async () => {
    const [first] = await seed();
    await api().client.kits.create({ name: 'Kit MAKS', refs: [first!.ref] });
    await renderApp('en');
    await screen.findByText('3 releases');
    fireEvent.click(screen.getByRole('button', { name: `Actions for ${first!.ref}` }));
    fireEvent.click(within(screen.getByRole('menu')).getByRole('menuitem', { name: 'Delete' }));
    expect(await screen.findByText(/is part of the kit « Kit MAKS »/)).toBeTruthy();
    expect(rowTitles()).toHaveLength(3);
  });

  it('translates a release into another language in the same translation group', async () => {
    const [first] = await seed();
    await renderApp('en');
    await screen.findByText('3 releases');
    fireEvent.click(screen.getByRole('button', { name: `Actions for ${first!.ref}` }));
    fireEvent.click(within(screen.getByRole('menu')).getByRole('menuitem', { name: 'Translate into Russian' }));
    expect(await screen.findByText(/Translation created/)).toBeTruthy();
    const all = await Promise.all((await api().client.releases.list({ language: 'ru' })).map((r) => api().client.releases.get({ ref: r.ref })));
    expect(all).toHaveLength(1);
    expect(all[0]!.translationGroup).toBe(first!.id);
  });
});

describe('keyboard shortcuts', () => {
  it('Ctrl+F goes to the search box, Ctrl+N creates a release and opens it', async () => {
    await seed();
    await renderApp('en');
    await screen.findByText('3 releases');
    fireEvent.keyDown(window, { key: 'f', ctrlKey: true });
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search releases' }));
    fireEvent.keyDown(window, { key: 'n', metaKey: true });
    const title = (await screen.findByLabelText('Title')) as HTMLInputElement;
    expect(title.value).toBe('');
    expect(await api().client.releases.list({})).toHaveLength(4);
  });
});
