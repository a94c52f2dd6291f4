import { describe, expect, it } from 'vitest';
import { frenchSpaceMarks } from '../../../renderer/src/typography/marks';
import { isCodeLike, replacementFor, typeInText } from '../../../renderer/src/typography/replacements';

const NNBSP = '\u202F';

describe('replacementFor', () => {
  it('opens and closes quotes in each language, French ones with their narrow no-break space', () => {
    expect(replacementFor('Il a dit ', '"', 'fr')).toBe(`«${NNBSP}`);
    expect(replacementFor(`«${NNBSP}bonjour`, '"', 'fr')).toBe(`${NNBSP}»`);
    expect(replacementFor('', '"', 'en')).toBe('“');
    expect(replacementFor('“hello', '"', 'en')).toBe('”');
    expect(replacementFor('(', '"', 'ru')).toBe('«');
    expect(replacementFor('«привет', '"', 'ru')).toBe('»');
  });

  it('curls apostrophes, opening single quotes in English only', () => {
    expect(replacementFor('l', "'", 'fr')).toBe('’');
    expect(replacementFor('don', "'", 'en')).toBe('’');
    expect(replacementFor('said ', "'", 'en')).toBe('‘');
    expect(replacementFor('said ', "'", 'fr')).toBe('’');
  });

  it('drops a space typed right after a French opening quote, which already has its space', () => {
    expect(replacementFor(`«${NNBSP}`, ' ', 'fr')).toBe('');
    expect(replacementFor('«', ' ', 'ru')).toBeNull();
    expect(replacementFor('mot', ' ', 'fr')).toBeNull();
  });

  it('leaves addresses and other characters alone', () => {
    expect(replacementFor('see https://example.org/?q=', '"', 'en')).toBeNull();
    expect(replacementFor('write to o', "'", 'fr')).toBe('’');
    expect(replacementFor('write to presse@cnes.fr', "'", 'fr')).toBeNull();
    expect(replacementFor('mot ', ';', 'fr')).toBeNull();
    expect(isCodeLike('voir www.cnes')).toBe(true);
    expect(isCodeLike('voir le site')).toBe(false);
  });
});

describe('typeInText', () => {
  it('replaces the character just typed and says where the caret goes and what undo gives back', () => {
    expect(typeInText('Il dit ', 'Il dit "', 8, 'fr')).toEqual({ value: `Il dit «${NNBSP}`, caret: 9, typed: 'Il dit "', typedCaret: 8 });
    expect(typeInText('Mars ', 'Ma"rs ', 3, 'en')).toEqual({ value: 'Ma”rs ', caret: 3, typed: 'Ma"rs ', typedCaret: 3 });
  });

  it('finds the typed character without a caret', () => {
    expect(typeInText('the ', 'the "', null, 'en')?.value).toBe('the “');
  });

  it('leaves pastes, deletions and ordinary letters as they are', () => {
    expect(typeInText('', '"a"', 3, 'en')).toBeNull();
    expect(typeInText('abc', 'ab', 2, 'en')).toBeNull();
    expect(typeInText('ab', 'abc', 3, 'en')).toBeNull();
  });
});

describe('frenchSpaceMarks', () => {
  it('marks an existing space that prints narrow or full, and a space the typesetter adds', () => {
    expect(frenchSpaceMarks('Quoi ? Voici :')).toEqual([
      { at: 4, kind: 'narrow', existing: true },
      { at: 12, kind: 'wide', existing: true },
    ]);
    expect(frenchSpaceMarks('Quoi?')).toEqual([{ at: 4, kind: 'narrow', existing: false }]);
  });

  it('marks the inside of French quotes, straight ones included as the typesetter curls them', () => {
    expect(frenchSpaceMarks(`«${NNBSP}oui${NNBSP}»`)).toEqual([
      { at: 1, kind: 'narrow', existing: true },
      { at: 5, kind: 'narrow', existing: true },
    ]);
    expect(frenchSpaceMarks('dit "oui"')).toEqual([
      { at: 5, kind: 'narrow', existing: false },
      { at: 8, kind: 'narrow', existing: false },
    ]);
  });

  it('leaves colons in times and addresses alone', () => {
    expect(frenchSpaceMarks('à 10:30 sur https://cnes.fr')).toEqual([]);
  });
});
