import { describe, expect, it } from 'vitest';
import { longDate } from '../../../main/core/dates';
import { embargoLine } from '../../../main/core/embargo';
import { Embargo, IsoDate, IsoInstant, Settings } from '../../../main/core/schema';

describe('what the schemas accept, the typesetter can print', () => {
  it('accepts only real days of the calendar', () => {
    for (const day of ['2019-02-30', '2019-02-29', '1900-02-29', '2019-04-31', '2019-13-01', '2019-00-10', '2019-08-00', '2019-8-27']) {
      expect(IsoDate.safeParse(day).success, day).toBe(false);
    }
    for (const day of ['2019-08-27', '2020-02-29', '2000-02-29', '0019-03-01', '9999-12-31']) {
      expect(IsoDate.safeParse(day).success, day).toBe(true);
      expect(() => longDate(day, 'fr'), day).not.toThrow();
    }
  });

  it('prints the years 0 to 99 as themselves', () => {
    expect(longDate('0019-03-01', 'en')).toBe('1\u00A0March\u00A019');
  });

  it('accepts only real instants with an offset', () => {
    for (const instant of ['2019-02-30T10:00:00Z', '2019-08-27T24:00:00Z', '2019-08-27T10:60:00Z', '2019-08-27T10:00:00+25:00', '2019-08-27T10:00:00']) {
      expect(IsoInstant.safeParse(instant).success, instant).toBe(false);
    }
    for (const instant of ['2019-08-27T10:00:00+02:00', '2020-02-29T23:59:59.999Z', '9999-12-31T23:59:59-23:59']) {
      expect(IsoInstant.safeParse(instant).success, instant).toBe(true);
    }
  });

  it('accepts an embargo only in years every zone prints with four digits', () => {
    for (const at of ['2019-08-27T10:00:00+02:00', '2020-02-29T23:59:59.999Z', '9998-12-31T23:59:59-12:00']) {
      expect(Embargo.safeParse({ at, zone: 'UTC' }).success, at).toBe(true);
      expect(() => embargoLine({ at, zone: 'Pacific/Kiritimati' }, 'en'), at).not.toThrow();
    }
    for (const at of ['9999-12-31T23:59:59-23:59', '1899-12-31T23:59:59Z']) expect(Embargo.safeParse({ at, zone: 'UTC' }).success, at).toBe(false);
  });

  it('accepts only time zones an embargo can be printed in', () => {
    for (const timeZone of ['Mars/Olympus', '', 'Paris', '+02:00']) {
      expect(Settings.safeParse({ timeZone }).success, timeZone).toBe(false);
    }
    for (const timeZone of ['Europe/Paris', 'UTC', 'Europe/Kiev', 'America/New_York']) {
      expect(Settings.safeParse({ timeZone }).success, timeZone).toBe(true);
      expect(() => embargoLine({ at: '2019-08-27T08:00:00Z', zone: timeZone }, 'fr'), timeZone).not.toThrow();
    }
  });
});
