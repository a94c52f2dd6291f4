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
});
