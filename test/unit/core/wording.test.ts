import { describe, expect, it } from 'vitest';
import { UserError } from '../../../main/core/errors';
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

describe('a UserError', () => {
  it('is raised by code and values, its message the English sentence of the wording', () => {
    const error = new UserError('kit.nameTaken', { kit: 'MAKS 2019' }, 'conflict');
    expect(error.message).toBe('A kit named « MAKS 2019 » already exists.');
    expect(error).toMatchObject({ kind: 'conflict', detail: { code: 'kit.nameTaken', params: { kit: 'MAKS 2019' } } });
    expect(new UserError('contacts.none')).toMatchObject({ kind: 'bad-input', message: 'The directory has no contacts to export.', detail: { code: 'contacts.none' } });
  });

  it('says the variant its context names', () => {
    expect(new UserError('export.imageDamaged', { context: 'logo' }).message).toMatch(/^The brand logo is damaged/u);
  });
});
