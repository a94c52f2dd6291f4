import type { Language } from '../language';
import { parseIsoDate } from '../dates';

/** A date line of a communiqué's header, read back: "Paris, le mardi 27 août 2019" gives 2019-08-27, fr, Paris. */
export interface FoundDate {
  iso: string;
  /** The language the month name is in; null for numeric dates. */
  language: Language | null;
  place: string;
}

const MONTHS: Record<Language, string[][]> = {
  fr: [
    ['janvier', 'janv'], ['février', 'fevrier', 'févr', 'fevr'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août', 'aout'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'],
    ['décembre', 'decembre', 'déc', 'dec'],
  ],
  en: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'],
    ['december', 'dec'],
  ],
  // Russian dates put the month in the genitive: "27 августа".
  ru: [
    ['января'], ['февраля'], ['марта'], ['апреля'], ['мая'], ['июня'], ['июля'], ['августа'], ['сентября'],
    ['октября'], ['ноября'], ['декабря'],
  ],
};

const WEEKDAYS = [
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье',
];

/** Languages in order of precedence for names spelled alike ("mars", "oct" are read as French). */
const MONTH_LOOKUP = new Map<string, { month: number; language: Language }>();
for (const language of ['fr', 'en', 'ru'] as const) {
  MONTHS[language].forEach((names, index) => {
    for (const name of names) if (!MONTH_LOOKUP.has(name)) MONTH_LOOKUP.set(name, { month: index + 1, language });
  });
}

const PREFIX = `^(?:([^,\\d]{1,40}),\\s*)?(?:(?:le|the)\\s+)?(?:(?:${WEEKDAYS.join('|')}),?\\s+)?`;
const DAY_FIRST = new RegExp(`${PREFIX}(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})(?:\\s*(?:года|г\\.?))?\\.?$`, 'iu');
const MONTH_FIRST = new RegExp(`${PREFIX}(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\.?$`, 'iu');
const NUMERIC = new RegExp(`${PREFIX}(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})[./](\\d{1,2})[./](\\d{4}))$`, 'iu');

function isoOf(year: string, month: number, day: string): string | null {
  const iso = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  try {
    parseIsoDate(iso);
    return iso;
  } catch {
    return null;
  }
}

function found(iso: string | null, language: Language | null, place: string | undefined): FoundDate | null {
  return iso ? { iso, language, place: place?.trim() ?? '' } : null;
}

/** Reads a whole line as a date, or returns null. */
export function parseLongDate(line: string): FoundDate | null {
  const text = line.trim().replace(/\s+/g, ' ');
  const dayFirst = DAY_FIRST.exec(text);
  const dayFirstMonth = MONTH_LOOKUP.get(dayFirst?.[3]?.toLowerCase() ?? '');
  if (dayFirst && dayFirstMonth) {
    return found(isoOf(dayFirst[4] ?? '', dayFirstMonth.month, dayFirst[2] ?? ''), dayFirstMonth.language, dayFirst[1]);
  }
  const monthFirst = MONTH_FIRST.exec(text);
  const monthFirstMonth = MONTH_LOOKUP.get(monthFirst?.[2]?.toLowerCase() ?? '');
  if (monthFirst && monthFirstMonth) {
    return found(isoOf(monthFirst[4] ?? '', monthFirstMonth.month, monthFirst[3] ?? ''), monthFirstMonth.language, monthFirst[1]);
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, place, year, month, day, dayDotted, monthDotted, yearDotted] = numeric;
    const iso = year ? isoOf(year, Number(month), day ?? '') : isoOf(yearDotted ?? '', Number(monthDotted), dayDotted ?? '');
    return found(iso, null, place);
  }
  return null;
}
