import { describe, expect, it } from 'vitest';
import { formatReference, nextReference, pickVersion, versionsOf } from '../../../main/core/reference';

describe('reference numbering', () => {
  it('starts at 1 in a year with no release', () => {
    expect(nextReference('CP{n}-{yyyy}', 2026, ['CP124-2019'])).toBe('CP1-2026');
  });

  it('follows the highest number of the same year, ignoring other years and patterns', () => {
    expect(nextReference('CP{n}-{yyyy}', 2019, ['CP124-2019', 'CP9-2019', 'CP300-2018', 'NOTE-5', 'cp999-2019x'])).toBe('CP125-2019');
  });

  it('treats the pattern literally apart from its fields', () => {
    expect(nextReference('P.R.{yy}/{n}', 2019, ['P.R.19/7', 'PxRx19/40'])).toBe('P.R.19/8');
    expect(formatReference('CP{n}-{yyyy}', 124, 2019)).toBe('CP124-2019');
  });

  it('counts a reference typed in another case, so that the next one is not a twin of it', () => {
    expect(nextReference('CP{n}-{yyyy}', 2019, ['cp9-2019', 'CP3-2019'])).toBe('CP10-2019');
  });
});

describe('a reference per language', () => {
  const releases = [
    { id: 'a', ref: 'CP124-2019', language: 'fr' as const },
    { id: 'b', ref: 'CP124-2019', language: 'en' as const },
    { id: 'c', ref: 'CP9-2019', language: 'ru' as const },
  ];

  it('names every version filed under it, as a reader reads it', () => {
    expect(versionsOf(releases, ' cp124-2019').map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('picks the version in the language asked for, or the only one there is', () => {
    expect(pickVersion(releases, 'cp124-2019', 'en').id).toBe('b');
    expect(pickVersion(releases, 'CP9-2019').id).toBe('c');
  });

  it('refuses a reference filed in several languages without a language, listing them', () => {
    expect(() => pickVersion(releases, 'CP124-2019')).toThrow('The reference CP124-2019 is filed in several languages (fr, en): say which one, e.g. --lang fr.');
    expect(() => pickVersion(releases, 'CP124-2019')).toThrow(expect.objectContaining({ kind: 'usage' }));
  });

  it('says which languages there are when the one asked for is missing', () => {
    expect(() => pickVersion(releases, 'CP124-2019', 'ru')).toThrow('The reference CP124-2019 has no Russian version (its languages: fr, en).');
    expect(() => pickVersion(releases, 'CP1-2019', 'ru')).toThrow('There is no release with reference CP1-2019 in the archive.');
  });
});
