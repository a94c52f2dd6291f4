// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReleaseQuery } from '../../../main/api/contract';
import type { Release } from '../../../main/core/schema';
import { freshArchivePerTest, renderApp } from './render-app';

const api = freshArchivePerTest();

async function seed() {
  const { releases } = api().client;
  // Each takes its official number when first saved with its title.
  const first = await releases.update({
    id: (await releases.create({ language: 'fr' })).id,
    changes: { title: 'Coopération spatiale', date: '2019-08-27', event: 'MAKS 2019', body: [{ type: 'paragraph', content: [{ text: 'Interhelioprobe et Bion-M2.' }] }] },
  });
  // Published only once approved.
  await releases.approve({ ref: first.ref, by: 'Pascale Bresson' });
  await releases.setStatus({ ref: first.ref, status: 'published' });
  const second = await releases.update({ id: (await releases.create({ language: 'en' })).id, changes: { title: 'Launch of a satellite', date: '2020-02-03', status: 'review' } });
  const third = await releases.update({ id: (await releases.create({ language: 'fr' })).id, changes: { title: 'Salon du Bourget', date: '2019-06-17', status: 'draft' } });
  return [first, second, third];
}

/** `count` copies of one release (CP1-… to CPn-…), restored as one bundle: thousands of creates would take minutes. */
async function seedMany(count: number) {
  const { releases, bundle } = api().client;
  const model = await releases.create({ language: 'en' });
  await releases.update({ id: model.id, changes: { title: 'Model release', date: '2024-01-01', tags: ['bench'] } });
  const parsed = JSON.parse(new TextDecoder().decode((await bundle.export({})).bytes)) as { releases: Release[] };
  const [release] = parsed.releases as [Release];
  parsed.releases = Array.from({ length: count }, (_, at) => ({ ...release, id: `many-${at}`, ref: `CP${at + 1}-2024`, title: `Release ${at + 1}`, date: `2024-01-${String(1 + (at % 28)).padStart(2, '0')}` }));
  await bundle.restore({ bytes: new TextEncoder().encode(JSON.stringify(parsed)) });
}

const dataRows = () => screen.getAllByRole('row').slice(1);
const rowIndexes = () => dataRows().map((row) => Number(row.getAttribute('aria-rowindex')));
const scroller = () => screen.getByRole('table').closest<HTMLElement>('.releases-body') as HTMLElement;

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

  it('shows which releases are under embargo, and filters on it', async () => {
    const [first] = await seed();
    await api().client.releases.update({ id: first!.id, changes: { embargo: { at: '2019-08-27T10:30:00+03:00', zone: 'Europe/Moscow' } } });
    await renderApp('en');
    await screen.findByText('3 releases');
    const badge = screen.getByText('Under embargo', { selector: '.embargo-badge' });
    expect(badge.closest('tr')?.textContent).toContain('Coopération spatiale');
    expect(badge.getAttribute('title')).toBe('Under embargo until 2019-08-27 10:30 Europe/Moscow');
    fireEvent.change(screen.getByLabelText('Embargo'), { target: { value: 'true' } });
    await waitFor(() => expect(rowTitles()).toEqual(['Coopération spatiale']));
    fireEvent.change(screen.getByLabelText('Embargo'), { target: { value: 'false' } });
    await waitFor(() => expect(rowTitles()).toEqual(['Launch of a satellite', 'Salon du Bourget']));
    expect(screen.getByText('2 of 3')).toBeTruthy();
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
    expect(await screen.findByText(`${first!.ref} (Russian) created, marked untranslated`)).toBeTruthy();
    const all = await Promise.all((await api().client.releases.list({ language: 'ru' })).map((r) => api().client.releases.get({ ref: r.ref, language: r.language })));
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ ref: first!.ref, translationGroup: first!.id, untranslated: { source: first!.id } });
  });
});

describe('the releases list on a large archive', () => {
  it('draws only the rows around the viewport, and gives screen readers the whole count and each row its place', async () => {
    await seedMany(2000);
    await renderApp('en');
    await screen.findByText(/^2,?000 releases$/);
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('2001');
    expect(screen.getAllByRole('row')[0]?.getAttribute('aria-rowindex')).toBe('1');
    expect(dataRows().length).toBeGreaterThan(5);
    expect(dataRows().length).toBeLessThan(50);
    expect(rowIndexes()[0]).toBe(2);

    scroller().scrollTop = 1000 * 62;
    fireEvent.scroll(scroller());
    await waitFor(() => expect(rowIndexes()).toContain(1002));
    expect(rowIndexes()).not.toContain(2);
    expect(dataRows().length).toBeLessThan(50);
    // The rows drawn are the list's own, in its order: indexes follow each other.
    expect(rowIndexes()).toEqual(rowIndexes().map((_, at) => (rowIndexes()[0] as number) + at));
  });

  it('scrolls a row focused with the keyboard into view, so that Tab reaches the rows beyond', async () => {
    await seedMany(2000);
    await renderApp('en');
    await screen.findByText(/^2,?000 releases$/);
    // happy-dom has no layout: the list's scrollable height is what lets it scroll at all.
    Object.defineProperty(scroller(), 'scrollHeight', { configurable: true, value: 2000 * 62 });
    const last = dataRows().at(-1) as HTMLElement;
    const lastIndex = Number(last.getAttribute('aria-rowindex'));
    act(() => within(last).getAllByRole('button')[0]?.focus());
    expect(scroller().scrollTop).toBeGreaterThan(0);
    fireEvent.scroll(scroller());
    await waitFor(() => expect(rowIndexes()).toContain(lastIndex + 5));
    expect(document.activeElement?.textContent).toBe(within(last).getAllByRole('button')[0]?.textContent);
  });

  it('keeps the focused row drawn, with its focus, while the list scrolls far away from it', async () => {
    await seedMany(2000);
    await renderApp('en');
    await screen.findByText(/^2,?000 releases$/);
    const title = within(dataRows()[2] as HTMLElement).getAllByRole('button')[0] as HTMLElement;
    act(() => title.focus());
    scroller().scrollTop = 1500 * 62;
    fireEvent.scroll(scroller());
    await waitFor(() => expect(rowIndexes()).toContain(1502));
    expect(title.isConnected).toBe(true);
    expect(document.activeElement).toBe(title);
    // The focused row sits alone above a gap standing in for the rows between it and the viewport.
    expect(rowIndexes()[0]).toBe(4);
    expect(rowIndexes()[1]).toBeGreaterThan(1000);
    const [pinnedRow, nextRow] = dataRows();
    const gap = nextRow?.previousElementSibling?.querySelector('td')?.style.height;
    expect(pinnedRow?.nextElementSibling?.getAttribute('aria-hidden')).toBe('true');
    expect(parseFloat(gap ?? '0')).toBeGreaterThan(900 * 62);

    act(() => screen.getByRole('searchbox', { name: 'Search releases' }).focus());
    fireEvent.scroll(scroller());
    await waitFor(() => expect(rowIndexes()).not.toContain(4));
  });

  it('opens a release from its title or a double-click on its row, and starts a new search at the top', async () => {
    await seedMany(200);
    await renderApp('en');
    await screen.findByText('200 releases');
    scroller().scrollTop = 50 * 62;
    fireEvent.scroll(scroller());
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search releases' }), { target: { value: 'Release 170' } });
    expect(scroller().scrollTop).toBe(0);
    await screen.findByText('1 of 200');
    fireEvent.doubleClick(screen.getByRole('cell', { name: 'CP170-2024' }));
    expect(((await screen.findByLabelText('Title')) as HTMLInputElement).value).toBe('Release 170');
  });

  it('never lets an older, slower search answer replace a newer one', async () => {
    await seed();
    const { client } = api();
    let answerLate = () => {};
    const late = new Promise<void>((resolve) => (answerLate = resolve));
    const list = async (query: ReleaseQuery) => {
      const answer = await client.releases.list(query);
      if (query.query === 'satellite') await late;
      return answer;
    };
    Object.defineProperty(window, 'presskit', { configurable: true, value: { ...client, releases: { ...client.releases, list } } });
    await renderApp('en');
    await screen.findByText('3 releases');
    const search = screen.getByRole('searchbox', { name: 'Search releases' });
    fireEvent.change(search, { target: { value: 'satellite' } });
    await waitFor(() => expect(api().calls.some((call) => (call.input as ReleaseQuery).query === 'satellite')).toBe(true));
    fireEvent.change(search, { target: { value: 'bourget' } });
    await waitFor(() => expect(rowTitles()).toEqual(['Salon du Bourget']));
    await act(async () => answerLate());
    expect(rowTitles()).toEqual(['Salon du Bourget']);
    expect(screen.getByText('1 of 3')).toBeTruthy();
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
