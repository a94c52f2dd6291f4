/**
 * Phone numbers as the directory keeps them (E.164, what any phone in the world can dial) and as a
 * document prints them: national where its readers share the number's country's language, else
 * international ("01 44 76 75 39" in a French release, "+33 1 44 76 75 39" in English and Russian).
 */
import { getCountries, isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { UserError } from './errors';
import type { Language } from './language';

/** The language a country's own press reads; a country missing here always gets the international form. */
const COUNTRY_LANGUAGE: Partial<Record<CountryCode, Language>> = {
  FR: 'fr', MC: 'fr', BE: 'fr', LU: 'fr', CH: 'fr', GF: 'fr', GP: 'fr', MQ: 'fr', RE: 'fr', YT: 'fr', PF: 'fr', NC: 'fr',
  GB: 'en', IE: 'en', US: 'en', CA: 'en', AU: 'en', NZ: 'en',
  RU: 'ru', BY: 'ru', KZ: 'ru', KG: 'ru',
};

/** Every country a contact's numbers can be typed in, by code. */
export const PHONE_COUNTRIES: readonly string[] = getCountries();

/** A country code libphonenumber knows ("FR", "RU"). */
export function isPhoneCountry(code: string): code is CountryCode {
  return isSupportedCountry(code);
}

/**
 * A number typed in any common form ("01 44 76 75 39", "+33 (0)1 44 76 75 39", "0033 1…") read in the
 * contact's country: its E.164 form and whether it is a mobile, or null when it is no phone number.
 */
export function parsePhone(typed: string, country: string): { number: string; mobile: boolean } | null {
  const found = parsePhoneNumberFromString(typed.trim(), isPhoneCountry(country) ? country : 'FR');
  if (!found?.isValid()) return null;
  return { number: found.number, mobile: found.getType() === 'MOBILE' };
}

/** Phones as typed (studio, CLI) to phones as stored: each number in E.164, or a refusal that quotes it. */
export function storedPhones<T extends { number: string }>(phones: readonly T[], country: string): T[] {
  return phones.map((phone) => {
    const parsed = parsePhone(phone.number, country);
    if (!parsed) throw new UserError('phone.invalid', { number: phone.number.trim() }, 'bad-input');
    return { ...phone, number: parsed.number };
  });
}

/** An E.164 number as a document in `language` prints it. */
export function printedPhone(number: string, language: Language): string {
  const found = parsePhoneNumberFromString(number);
  if (!found) return number;
  return found.country && COUNTRY_LANGUAGE[found.country] === language ? found.formatNational() : found.formatInternational();
}
