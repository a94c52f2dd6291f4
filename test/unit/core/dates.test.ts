import { describe, expect, it } from 'vitest';
import { NBSP } from '../../../main/core/typography';
import { longDate, nearestRealDay, parseIsoDate } from '../../../main/core/dates';

describe('long dates in the release language', () => {
  it('writes the model communiqué’s date in French, English and Russian', () => {
    expect(longDate('2019-08-27', 'fr')).toBe(`27${NBSP}août${NBSP}2019`);
    expect(longDate('2019-08-27', 'en')).toBe(`27${NBSP}August${NBSP}2019`);
    expect(longDate('2019-08-27', 'ru')).toBe(`27${NBSP}августа${NBSP}2019${NBSP}г.`);
  });

  it('does not shift the day with the time zone', () => {
    expect(longDate('2019-01-01', 'en')).toBe(`1${NBSP}January${NBSP}2019`);
    expect(longDate('2019-12-31', 'fr')).toBe(`31${NBSP}décembre${NBSP}2019`);
  });

  it('writes the first of the month as a French ordinal, and only in French', () => {
    expect(longDate('2019-12-01', 'fr')).toBe(`1er${NBSP}décembre${NBSP}2019`);
    expect(longDate('2019-12-01', 'en')).toBe(`1${NBSP}December${NBSP}2019`);
    expect(longDate('2019-12-11', 'fr')).toBe(`11${NBSP}décembre${NBSP}2019`);
  });

  it('refuses impossible days', () => {
    expect(() => parseIsoDate('2019-02-30')).toThrow(/No such day/);
    expect(() => parseIsoDate('27/08/2019')).toThrow(/YYYY-MM-DD/);
  });

  it('gives the real day nearest to one past the end of its month, and nothing for what is no date', () => {
    expect(nearestRealDay('2019-02-30')).toBe('2019-02-28');
    expect(nearestRealDay('2020-02-31')).toBe('2020-02-29');
    expect(nearestRealDay('2019-04-31')).toBe('2019-04-30');
    expect(nearestRealDay('2019-08-27')).toBe('2019-08-27');
    for (const text of ['2019-13-01', '2019-02-00', '2019-02-32', '27/08/2019']) expect(nearestRealDay(text), text).toBeUndefined();
  });
});
