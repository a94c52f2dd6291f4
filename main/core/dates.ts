import type { Language } from './language';
import { NBSP } from './typography';

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB', ru: 'ru-RU' };

/** Parses a calendar date `YYYY-MM-DD` as a UTC date, so that printing it never shifts by a time zone. */
export function parseIsoDate(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${iso}`);
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read the years 0 to 99 as 1900 to 1999.
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (date.toISOString().slice(0, 10) !== iso) throw new RangeError(`No such day: ${iso}`);
  return date;
}

/**
 * The real day nearest to a `YYYY-MM-DD` whose day is past the end of its month (2019-02-30 gives
 * 2019-02-28); undefined when the text is not such a date at all (no month 13, no day 0 or 32).
 */
export function nearestRealDay(iso: string): string | undefined {
  const match = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.exec(iso);
  if (!match) return undefined;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const last = new Date(0);
  last.setUTCFullYear(Number(year), Number(month), 0);
  return `${year}-${month}-${String(Math.min(Number(day), last.getUTCDate())).padStart(2, '0')}`;
}

/**
 * Whether `zone` is a time zone the typesetter can print an instant in: an IANA name (any case, old
 * aliases such as Europe/Kiev too) or UTC, exactly as Intl.DateTimeFormat accepts them.
 */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// Building a formatter costs about 0.3 ms, and a kit formats hundreds of dates; the first one of a language
// loads its ICU data (some 7 ms), so each is built when first asked for, not by every command at start.
const longDates = new Map<Language, Intl.DateTimeFormat>();

function longDateFormat(language: Language): Intl.DateTimeFormat {
  let format = longDates.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    longDates.set(language, format);
  }
  return format;
}

/**
 * A printed date's typography: no line break between day, month and year (no-break spaces), and the
 * first of the month as French writes it, an ordinal (« 1er décembre »). A range's dash stays held to
 * the date before it and breakable after it.
 */
function setDate(text: string, language: Language): string {
  // ICU versions space the dash differently (thin spaces or none).
  const held = text
    .split(/\s+–\s+/u)
    .map((part) => part.replace(/[ \u2009]/gu, NBSP))
    .join(`${NBSP}– `);
  return language === 'fr' ? held.replace(/(^|[\s–])1(?=[\s–])/gu, '$11er') : held;
}

/** "27 août 2019", "1er décembre 2019", "27 August 2019", "27 августа 2019 г.", its spaces no-break. */
export function longDate(iso: string, language: Language): string {
  return setDate(longDateFormat(language).format(parseIsoDate(iso)), language);
}

/**
 * Two days in long form, the shared parts written once: « 27 août – 1er septembre 2019 »,
 * "27–29 August 2019", « 27–29 августа 2019 г. ».
 */
export function longDateRange(first: string, last: string, language: Language): string {
  if (first === last) return longDate(first, language);
  return setDate(longDateFormat(language).formatRange(parseIsoDate(first), parseIsoDate(last)), language);
}
