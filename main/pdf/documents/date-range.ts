import { longDate, parseIsoDate } from '../../core/dates';
import type { Language } from '../../core/language';

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB', ru: 'ru-RU' };

const days = new Map<string, string>();

/** core's longDate, remembered: it builds an Intl formatter per call, a third of a millisecond each. */
export function longDay(iso: string, language: Language): string {
  const key = `${language}:${iso}`;
  let text = days.get(key);
  if (text === undefined) days.set(key, (text = longDate(iso, language)));
  return text;
}

/** French writes the first of the month as an ordinal: « 1er septembre ». */
function frenchFirst(text: string): string {
  return text.replace(/(^|[\s–])1(?=[\s\u2009–])/gu, '$11er');
}

/**
 * An event's dates in long form, the shared parts written once: « 27 août – 1er septembre 2019 »,
 * "27–29 August 2019", « 27–29 августа 2019 г. ». Empty when the event has no dates.
 */
export function dateRange(start: string | null, end: string | null, language: Language): string {
  const first = start ?? end;
  if (!first) return '';
  const last = end && end > first ? end : first;
  const text =
    last === first
      ? longDay(first, language)
      : new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(parseIsoDate(first), parseIsoDate(last));
  // ICU versions space the dash differently (thin spaces or none): a spaced dash is held to the date before it.
  const spaced = text.replace(/\s+–\s+/gu, '\u00A0– ');
  return language === 'fr' ? frenchFirst(spaced) : spaced;
}
