import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../../main/api/app';
import { tempDir } from '../../helpers/cli';

const opened: App[] = [];
async function demo(): Promise<App> {
  const app = await openApp({ dataDir: tempDir() });
  opened.push(app);
  await app.api['demo.seed']({});
  return app;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((app) => app.close()));
});

describe('spell checking, offline, in the release’s language', () => {
  it('finds a misspelt word of the model communiqué, where it is, with the right word among the suggestions', async () => {
    const app = await demo();
    const release = await app.api['releases.get']({ ref: 'CP124-2019' });
    const [first] = release.body;
    if (first?.type !== 'paragraph') throw new Error('the model opens with a paragraph');
    const text = first.content.map((run) => run.text).join('');
    await app.api['releases.update']({ id: release.id, changes: { body: [{ type: 'paragraph', content: [{ text: `La coopérration spatiale. ${text}` }] }, ...release.body.slice(1)] } });

    const checked = await app.api['spell.release']({ ref: 'CP124-2019', suggest: true });
    expect(checked.language).toBe('fr');
    const typo = checked.unknown.find((spot) => spot.word === 'coopérration');
    expect(typo).toMatchObject({ where: 'body 1', start: 3, end: 15 });
    expect(typo?.suggestions).toContain('coopération');
    // French words of the model, and the press officers' names (contacts), are known.
    const flagged = checked.unknown.map((spot) => spot.word);
    for (const known of ['spatiale', 'aéronautique', 'Bresson', 'Sart']) expect(flagged).not.toContain(known);
  });

  it('accepts the office’s own words once they are in its dictionary, in every language, and forgets them when removed', async () => {
    const app = await demo();
    expect(await app.api['spell.texts']({ language: 'ru', texts: ['Роскосмос и сотрудничество'] })).toEqual([[{ word: 'Роскосмос', start: 0, end: 9 }]]);
    expect(await app.api['dictionary.add']({ word: 'Роскосмос' })).toEqual(['Роскосмос']);
    // Folded like references: the same word typed again is not a second entry.
    expect(await app.api['dictionary.add']({ word: ' роскосмос ' })).toEqual(['Роскосмос']);
    expect(await app.api['spell.texts']({ language: 'ru', texts: ['Роскосмос и сотрудничество'] })).toEqual([[]]);
    expect(await app.api['dictionary.remove']({ word: 'РОСКОСМОС' })).toEqual([]);
    expect(await app.api['spell.texts']({ language: 'ru', texts: ['Роскосмос'] })).toEqual([[{ word: 'Роскосмос', start: 0, end: 9 }]]);
  });

  it('never takes a word of the dictionary out when an office word that duplicates it is removed', async () => {
    const app = await demo();
    await app.api['dictionary.add']({ word: 'cooperation' });
    await app.api['spell.texts']({ language: 'en', texts: ['cooperation'] });
    await app.api['dictionary.remove']({ word: 'cooperation' });
    expect(await app.api['spell.texts']({ language: 'en', texts: ['cooperation recieve'] })).toEqual([[{ word: 'recieve', start: 12, end: 19 }]]);
    expect(await app.api['spell.suggest']({ language: 'en', word: 'recieve' })).toContain('receive');
  });

  it('checks every release of a kit in its own language, release by release, in the kit’s order', async () => {
    const app = await demo();
    const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ text }] });
    const fr = await app.api['releases.create']({ language: 'fr', title: 'Le lancement' });
    await app.api['releases.update']({ id: fr.id, changes: { body: [paragraph('La coopérration spatiale.')] } });
    const en = await app.api['releases.create']({ language: 'en', title: 'The launch' });
    await app.api['releases.update']({ id: en.id, changes: { body: [paragraph('We recieve the capsule.')] } });
    const ru = await app.api['releases.create']({ language: 'ru', title: 'Запуск' });
    await app.api['releases.update']({ id: ru.id, changes: { body: [paragraph('Международное сотрудничество.')] } });
    const [frNow, enNow, ruNow] = await Promise.all([fr, en, ru].map((release) => app.api['releases.get']({ ref: release.ref, language: release.language })));
    const kit = await app.api['kits.create']({ name: 'Lancement', refs: [enNow?.ref as string, ruNow?.ref as string, frNow?.ref as string] });

    const checked = await app.api['spell.kit']({ id: kit.id });
    // The Russian release is right: only the two with findings, each named, in the kit's order.
    expect(checked.map(({ ref, language, title }) => ({ ref, language, title }))).toEqual([
      { ref: enNow?.ref, language: 'en', title: 'The launch' },
      { ref: frNow?.ref, language: 'fr', title: 'Le lancement' },
    ]);
    expect(checked[0]?.unknown).toEqual([{ where: 'body 1', word: 'recieve', start: 3, end: 10, suggestions: [] }]);
    // "coopérration" is French for nobody, but the English dictionary never sees it: each release in its own language.
    expect(checked[1]?.unknown.map((spot) => spot.word)).toEqual(['coopérration']);
  });

  it('ignores a word in one release for good: its checks, its kits’ and the editor’s leave it, other releases still flag it, and its text and status stay', async () => {
    const app = await demo();
    const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ text }] });
    const created = await app.api['releases.create']({ language: 'fr', title: 'Le lancement' });
    const release = await app.api['releases.update']({ id: created.id, changes: { body: [paragraph('La coopérration. Coopérration encore.')], status: 'review' } });
    const other = await app.api['releases.create']({ language: 'fr', title: 'La coopérration' });
    const kit = await app.api['kits.create']({ name: 'Lancement', refs: [release.ref, (await app.api['releases.get']({ ref: other.ref })).ref] });
    expect((await app.api['spell.release']({ ref: release.ref })).unknown.map((spot) => spot.word)).toEqual(['coopérration', 'Coopérration']);

    expect(await app.api['spell.ignore']({ id: release.id, word: 'coopérration' })).toEqual(['coopérration']);
    expect(await app.api['spell.ignore']({ id: release.id, word: 'Coopérration' })).toEqual(['coopérration']);

    expect((await app.api['spell.release']({ ref: release.ref })).unknown).toEqual([]);
    expect((await app.api['spell.kit']({ id: kit.id })).map((found) => [found.id, found.unknown.map((spot) => spot.word)])).toEqual([[other.id, ['coopérration']]]);
    expect(await app.api['spell.texts']({ language: 'fr', texts: ['La coopérration'], releaseId: release.id })).toEqual([[]]);
    expect(await app.api['spell.texts']({ language: 'fr', texts: ['La coopérration'], releaseId: other.id })).toEqual([[{ word: 'coopérration', start: 3, end: 15 }]]);
    // Ignored is not learnt: the office's dictionary is untouched.
    expect(await app.api['dictionary.list']({})).toEqual([]);
    const after = await app.api['releases.get']({ ref: release.ref });
    expect(after).toMatchObject({ status: 'review', updatedAt: release.updatedAt, body: release.body, ignoredWords: ['coopérration'] });
  });
});
