import { describe, expect, it } from 'vitest';
import { syllables } from '../../../main/pdf/text/hyphenate';

describe('hyphenation per language', () => {
  it('hyphenates French', () => {
    expect(syllables('coopération', 'fr')).toEqual(['co', 'opé', 'ra', 'tion']);
    expect(syllables('hydrométéorologie', 'fr').join('-')).toBe('hy-dro-mé-téo-ro-lo-gie');
  });

  it('hyphenates British English', () => {
    expect(syllables('international', 'en')).toEqual(['in', 'ter', 'na', 'tional']);
  });

  it('hyphenates Russian', () => {
    expect(syllables('космонавтика', 'ru')).toEqual(['кос', 'мо', 'нав', 'тика']);
    expect(syllables('сотрудничество', 'ru').join('-')).toBe('со-труд-ни-че-ство');
  });

  it('leaves names, acronyms, numbers, addresses and short words whole', () => {
    for (const word of ['Roshydromet', 'Interhelioprobe', 'CNES', 'MTB-2', 'presse.cnes.fr/fr', 'nous']) {
      expect(syllables(word, 'fr')).toEqual([word]);
    }
  });

  it('keeps at least two letters before and three after a break', () => {
    for (const word of ['hydrométéorologie', 'collaboration', 'planétologie', 'сотрудничество']) {
      const pieces = syllables(word, word.startsWith('с') ? 'ru' : 'fr');
      expect((pieces[0] ?? '').length).toBeGreaterThanOrEqual(2);
      expect((pieces.at(-1) ?? '').length).toBeGreaterThanOrEqual(3);
    }
  });
});
