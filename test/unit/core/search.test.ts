import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Release } from '../../../main/core/schema';
import { foldForSearch, searchFor, searchable } from '../../../main/core/search';

const release = (title: string): Release =>
  Release.parse({
    id: 'r1',
    ref: 'CP124-2019',
    language: 'fr',
    date: '2019-08-27',
    title,
    body: [{ type: 'paragraph', content: [{ text: 'Le CNES et ' }, { text: 'Roscosmos', bold: true }] }],
    tags: ['MAKS'],
    createdAt: '2019-08-27T08:00:00.000Z',
    updatedAt: '2019-08-27T08:00:00.000Z',
  });

describe('searching the archive', () => {
  it('folds Russian as it folds French: ё and й are found from е and и, and the other way round', () => {
    const text = searchable(release('Ёлка и Байконур'));
    expect(searchFor('елка байконур')(text)).toBe(true);
    expect(searchFor('ЁЛКА Баиконур')(text)).toBe(true);
    expect(searchFor('Бaйконур')(text)).toBe(false);
  });

  it('ignores case and accents, and wants every word of the query somewhere in the release', () => {
    const text = searchable(release('Coopération spatiale'));
    expect(searchFor('COOPERATION roscosmos')(text)).toBe(true);
    expect(searchFor('cp124 maks')(text)).toBe(true);
    expect(searchFor('coopération airbus')(text)).toBe(false);
  });

  it('folds a release the store handed out (frozen) once, and a release still being changed every time', () => {
    const draft = release('Coopération spatiale');
    expect(searchFor('lancement')(searchable(draft))).toBe(false);
    draft.title = 'Lancement';
    expect(searchFor('lancement')(searchable(draft))).toBe(true);
    const stored = Object.freeze(release('Coopération spatiale'));
    expect(searchable(stored)).toBe(searchable(stored));
    expect(searchFor('cooperation')(searchable(stored))).toBe(true);
  });

  it('finds exactly the releases whose folded text holds every word of the query (the pairs only skip)', () => {
    const letters = fc.constantFrom(...'aàbcçeéèzq7-1 9ёейиЙЁКк.’\n'.split(''));
    const text = fc.array(letters, { maxLength: 60 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, text, fc.nat(), fc.nat({ max: 8 }), (title, other, start, length) => {
        const item = searchable(release(title));
        const query = `${title.slice(start % (title.length + 1), (start % (title.length + 1)) + length)} ${other.slice(0, length % 4)}`;
        const words = foldForSearch(query).split(/\s+/).filter(Boolean);
        expect(searchFor(query)(item)).toBe(words.every((word) => item.text.includes(word)));
      }),
      { numRuns: 2000 },
    );
  });
});
