import { describe, expect, it } from 'vitest';
import { notIgnored, releaseParts, withIgnored, wordsToCheck } from '../../../main/core/spell-words';
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

describe('the words a release ignores', () => {
  it('leaves an ignored word whatever its case, but not a word that only shares its letters without accents', () => {
    const kept = notIgnored(['bionaute'], 'fr');
    expect([{ word: 'bionaute' }, { word: 'Bionaute' }, { word: 'bionauté' }, { word: 'coopérration' }].filter(kept).map((spot) => spot.word)).toEqual(['bionauté', 'coopérration']);
    // A release saved before it could ignore anything ignores nothing.
    expect([{ word: 'Бионавт' }].filter(notIgnored(undefined, 'ru'))).toEqual([{ word: 'Бионавт' }]);
    expect([{ word: 'БИОНАВТ' }].filter(notIgnored(['бионавт'], 'ru'))).toEqual([]);
  });

  it('keeps each word once, case aside, sorted in the release’s language', () => {
    expect(withIgnored(undefined, 'Zvezda', 'fr')).toEqual(['Zvezda']);
    expect(withIgnored(['Zvezda', 'coopérration'], 'zvezda', 'fr')).toEqual(['coopérration', 'Zvezda']);
    expect(withIgnored(['Zvezda'], 'écoutille', 'fr')).toEqual(['écoutille', 'Zvezda']);
  });
});
