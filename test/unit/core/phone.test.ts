import { describe, expect, it } from 'vitest';
import { isUserError } from '../../../main/core/errors';
import { parsePhone, printedPhone, storedPhones } from '../../../main/core/phone';

describe('phone numbers typed in the directory', () => {
  it.each([
    ['01 44 76 75 39', 'FR', '+33144767539', false],
    ['01.44.76.75.39', 'FR', '+33144767539', false],
    ['+33 (0)1 44 76 75 39', 'FR', '+33144767539', false],
    ['0033 1 44 76 75 39', 'FR', '+33144767539', false],
    ['06 12 34 56 78', 'FR', '+33612345678', true],
    ['07 81 23 45 67', 'FR', '+33781234567', true],
    ['8 (495) 123-45-67', 'RU', '+74951234567', false],
    ['+7 916 123-45-67', 'FR', '+79161234567', true],
    ['020 7946 0958', 'GB', '+442079460958', false],
  ])('reads %s typed in %s as %s', (typed, country, number, mobile) => {
    expect(parsePhone(typed, country)).toEqual({ number, mobile });
  });

  it.each(['poste 4242', '12', '01 44 76', ''])('reads « %s » as no number', (typed) => {
    expect(parsePhone(typed, 'FR')).toBeNull();
  });

  it('stores typed phones in E.164, and refuses one that is no number with a sentence quoting it', () => {
    expect(storedPhones([{ type: 'mobile', number: ' 06 12 34 56 78 ' }], 'FR')).toEqual([{ type: 'mobile', number: '+33612345678' }]);
    const refusal = (() => {
      try {
        storedPhones([{ type: 'work', number: ' 01 44 76 ' }], 'FR');
      } catch (error) {
        return error;
      }
    })();
    expect(isUserError(refusal) && refusal.detail).toEqual({ code: 'phone.invalid', params: { number: '01 44 76' } });
    expect((refusal as Error).message).toBe('« 01 44 76 » is not a phone number: type it as it is dialled, e.g. 01 44 76 75 39 or +33 1 44 76 75 39.');
  });
});

describe('phone numbers as a document prints them', () => {
  it('national in the number’s country’s language, international elsewhere', () => {
    expect(printedPhone('+33144767539', 'fr')).toBe('01 44 76 75 39');
    expect(printedPhone('+33144767539', 'en')).toBe('+33 1 44 76 75 39');
    expect(printedPhone('+33144767539', 'ru')).toBe('+33 1 44 76 75 39');
    expect(printedPhone('+74951234567', 'ru')).toBe('8 (495) 123-45-67');
    expect(printedPhone('+74951234567', 'fr')).toBe('+7 495 123 45 67');
    expect(printedPhone('+442079460958', 'en')).toBe('020 7946 0958');
  });
});
