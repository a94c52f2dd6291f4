import { describe, expect, it } from 'vitest';
import { embargoAt, embargoBeforeDate, embargoIsPast, embargoLine, instantToWallTime, utcOffset, wallTimeToInstant } from '../../../main/core/embargo';
import { suggestedZone } from '../../../main/core/embargo-zones';
import { NBSP } from '../../../main/core/typography';

/** The line with its no-break spaces shown as ~, so that where it may break is part of what is checked. */
const shown = (text: string): string => text.replaceAll(NBSP, '~');

const moscow = { at: '2019-08-27T10:30:00+03:00', zone: 'Europe/Moscow' };

describe('the embargo banner’s words', () => {
  it('says the hour in the zone of the embargo, with its city and offset, in French, English and Russian', () => {
    expect(shown(embargoLine(moscow, 'fr'))).toBe('Sous embargo jusqu’au 27~août~2019 à 10~h~30, heure de Moscou (UTC+3)');
    expect(shown(embargoLine(moscow, 'en'))).toBe('Embargoed until 27~August~2019, 10:30 Moscow time (UTC+3)');
    expect(shown(embargoLine(moscow, 'ru'))).toBe('Эмбарго до 27~августа~2019~г., 10:30 по московскому времени (UTC+3)');
  });

  it('prints the offset in force at that instant: Paris is UTC+2 in summer and UTC+1 in winter', () => {
    expect(embargoLine({ at: '2019-08-27T08:30:00Z', zone: 'Europe/Paris' }, 'en')).toMatch(/10:30 Paris time \(UTC\+2\)$/u);
    expect(embargoLine({ at: '2019-12-03T08:30:00Z', zone: 'Europe/Paris' }, 'en')).toMatch(/09:30 Paris time \(UTC\+1\)$/u);
    expect(utcOffset(Date.parse('2019-08-27T08:30:00Z'), 'America/Cayenne')).toBe('UTC\u22123');
    expect(utcOffset(Date.parse('2019-08-27T08:30:00Z'), 'Asia/Kolkata')).toBe('UTC+5:30');
  });

  it('writes a whole hour « 10 h » in French, the first of the month as an ordinal, and UTC as UTC', () => {
    expect(shown(embargoLine({ at: '2019-12-01T09:00:00Z', zone: 'Europe/Paris' }, 'fr'))).toBe('Sous embargo jusqu’au 1er~décembre~2019 à 10~h, heure de Paris (UTC+1)');
    expect(shown(embargoLine({ at: '2019-08-27T07:30:00Z', zone: 'UTC' }, 'en'))).toBe('Embargoed until 27~August~2019, 07:30~UTC');
  });

  it('names a zone outside its table as Intl does, and never says CEST in one language and UTC+2 in another', () => {
    const kolkata = { at: '2019-08-27T05:00:00Z', zone: 'Asia/Kolkata' };
    expect(shown(embargoLine(kolkata, 'fr'))).toBe('Sous embargo jusqu’au 27~août~2019 à 10~h~30, heure de l’Inde (UTC+5:30)');
    expect(shown(embargoLine(kolkata, 'en'))).toBe('Embargoed until 27~August~2019, 10:30 India Standard Time (UTC+5:30)');
    expect(shown(embargoLine(kolkata, 'ru'))).toBe('Эмбарго до 27~августа~2019~г., 10:30 (Индия, UTC+5:30)');
    for (const language of ['fr', 'en', 'ru'] as const) expect(embargoLine({ at: '2019-08-27T08:30:00Z', zone: 'Europe/Paris' }, language)).toContain('(UTC+2)');
  });
});

describe('the embargo’s instant and zone', () => {
  it('reads a wall time on the clocks of a zone, summer and winter, and back', () => {
    expect(wallTimeToInstant('2019-08-27T10:30', 'Europe/Moscow')).toBe('2019-08-27T10:30:00+03:00');
    expect(wallTimeToInstant('2019-08-27T10:00', 'Europe/Paris')).toBe('2019-08-27T10:00:00+02:00');
    expect(wallTimeToInstant('2019-12-03T09:30', 'Europe/Paris')).toBe('2019-12-03T09:30:00+01:00');
    expect(instantToWallTime('2019-08-27T10:30:00+03:00', 'Europe/Paris')).toBe('2019-08-27T09:30');
    expect(embargoAt('2019-08-27T10:30', 'Europe/Moscow')).toEqual(moscow);
  });

  it('refuses what is no wall time, and an hour the clocks skip', () => {
    expect(wallTimeToInstant('2019-08-27', 'Europe/Paris')).toBeNull();
    expect(wallTimeToInstant('2019-03-31T02:30', 'Europe/Paris')).toBeNull();
    expect(embargoAt('27/08/2019 10:30', 'Europe/Paris')).toBeNull();
    expect(embargoAt('2019-08-27T10:30', 'Mars/Olympus')).toBeNull();
  });

  it('is before the release’s date when its day, on its zone’s clocks, comes first', () => {
    expect(embargoBeforeDate({ at: '2019-08-28T10:30:00+02:00', zone: 'Europe/Paris' }, '2026-12-01')).toBe(true);
    expect(embargoBeforeDate(moscow, '2019-08-27')).toBe(false);
    // 00:30 in Moscow is still the 26th in Paris: the embargo's own zone decides.
    expect(embargoBeforeDate({ at: '2019-08-27T00:30:00+03:00', zone: 'Europe/Moscow' }, '2019-08-27')).toBe(false);
    expect(embargoBeforeDate({ at: '2019-08-27T00:30:00+03:00', zone: 'Europe/Paris' }, '2019-08-27')).toBe(true);
  });

  it('is past once its instant has come', () => {
    expect(embargoIsPast(moscow, new Date('2019-08-27T07:30:00Z'))).toBe(true);
    expect(embargoIsPast(moscow, new Date('2019-08-27T07:29:59Z'))).toBe(false);
  });
});

describe('the zone a release’s place suggests', () => {
  it('knows the places of a space agency’s events, in French, English and Russian', () => {
    expect(suggestedZone('Joukovski', '')).toBe('Europe/Moscow');
    expect(suggestedZone('Жуковский', '')).toBe('Europe/Moscow');
    expect(suggestedZone('Centre spatial guyanais, Kourou', '')).toBe('America/Cayenne');
    expect(suggestedZone('Baïkonour', '')).toBe('Asia/Almaty');
    expect(suggestedZone('ESTEC, Noordwijk', '')).toBe('Europe/Amsterdam');
    expect(suggestedZone('', 'MAKS 2019')).toBe('Europe/Moscow');
  });

  it('prefers the place to the event, and suggests nothing for a place it does not know or a word inside another', () => {
    expect(suggestedZone('Toulouse', 'MAKS 2019')).toBe('Europe/Paris');
    expect(suggestedZone('Lyon', '')).toBeUndefined();
    expect(suggestedZone('Parisienne', '')).toBeUndefined();
  });
});
