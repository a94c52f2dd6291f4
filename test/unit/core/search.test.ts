import { describe, expect, it } from 'vitest';
import { Release } from '../../../main/core/schema';
import { matchesQuery, searchableText } from '../../../main/core/search';

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
  it('ignores case and accents, and wants every word of the query somewhere in the release', () => {
    const text = searchableText(release('Coopération spatiale'));
    expect(matchesQuery(text, 'COOPERATION roscosmos')).toBe(true);
    expect(matchesQuery(text, 'cp124 maks')).toBe(true);
    expect(matchesQuery(text, 'coopération airbus')).toBe(false);
  });

  it('folds a release the store handed out (frozen) once, and a release still being changed every time', () => {
    const draft = release('Coopération spatiale');
    expect(matchesQuery(searchableText(draft), 'lancement')).toBe(false);
    draft.title = 'Lancement';
    expect(matchesQuery(searchableText(draft), 'lancement')).toBe(true);
    const stored = Object.freeze(release('Coopération spatiale'));
    expect(searchableText(stored)).toBe(searchableText(stored));
    expect(matchesQuery(searchableText(stored), 'cooperation')).toBe(true);
  });
});
