import { describe, expect, it } from 'vitest';
import { wordDetail } from '../../../main/core/wording';

describe('main’s sentences in the interface’s language', () => {
  it('puts the values in place and follows the language', () => {
    const detail = { code: 'kit.nameTaken', params: { kit: 'MAKS 2019' } };
    expect(wordDetail(detail, 'fr')).toBe('Un dossier de presse nommé «\u202fMAKS 2019\u202f» existe déjà.');
    expect(wordDetail(detail, 'en')).toBe('A kit named « MAKS 2019 » already exists.');
  });

  it('picks the variant a context names, else the plain sentence', () => {
    expect(wordDetail({ code: 'export.imageDamaged', params: { context: 'cover' } }, 'en')).toMatch(/^The kit’s cover image is damaged/u);
    expect(wordDetail({ code: 'export.imageDamaged', params: { context: 'logo' } }, 'en')).toMatch(/^The brand logo is damaged/u);
    expect(wordDetail({ code: 'export.imageDamaged', params: { context: 'other' } }, 'en')).toMatch(/^An image of the brand is damaged/u);
  });

  it('has no sentence for a code it does not know, nor for a group of sentences', () => {
    expect(wordDetail({ code: 'nothing.like.this' }, 'fr')).toBeNull();
    expect(wordDetail({ code: 'release' }, 'fr')).toBeNull();
    expect(wordDetail({}, 'fr')).toBeNull();
  });
});
