import { describe, expect, it } from 'vitest';
import { releaseParts, wordsToCheck } from '../../../main/core/spell-words';
import { Release } from '../../../main/core/schema';

const words = (text: string): string[] => wordsToCheck(text).map((spot) => spot.word);

describe('the words a spell check judges', () => {
  it('keeps elisions and compounds whole, with their offsets in the text', () => {
    const text = 'Jusqu’à l’occasion, la pressе-атташе d’aujourd’hui';
    const spots = wordsToCheck(text);
    expect(spots.map((spot) => spot.word)).toEqual(['Jusqu’à', 'l’occasion', 'la', 'pressе-атташе', 'd’aujourd’hui']);
    for (const spot of spots) expect(text.slice(spot.start, spot.end)).toBe(spot.word);
  });

  it('leaves out addresses, numbers and what is glued to them, acronyms and single letters', () => {
    expect(words('Voir https://presse.cnes.fr/fr/cp ou presse.cnes.fr, écrire à pascale.bresson@cnes.fr')).toEqual(['Voir', 'ou', 'écrire']);
    expect(words('La capsule Bion-M2 et MTB-2 en 2022 pour le CNES, le SCO et TsAGI à Moscou')).toEqual(['La', 'capsule', 'et', 'en', 'pour', 'le', 'le', 'et', 'TsAGI', 'Moscou']);
    expect(words('lors de l’IAC à Washington')).toEqual(['lors', 'de', 'Washington']);
  });

  it('reads a release part by part, named for the report', () => {
    const release = Release.parse({
      id: 'r',
      ref: 'CP1-2026',
      language: 'fr',
      date: '2026-12-01',
      title: 'Le titre',
      lead: '',
      body: [
        { type: 'paragraph', content: [{ text: 'Un ' }, { text: 'paragraphe', bold: true }] },
        { type: 'quote', content: [{ text: 'Une citation' }], attribution: 'Jean-Yves Le Gall' },
      ],
      createdAt: '2026-12-01T09:00:00Z',
      updatedAt: '2026-12-01T09:00:00Z',
    });
    expect(releaseParts(release)).toEqual([
      { where: 'title', text: 'Le titre' },
      { where: 'body 1', text: 'Un paragraphe' },
      { where: 'body 2', text: 'Une citation Jean-Yves Le Gall' },
    ]);
  });
});
