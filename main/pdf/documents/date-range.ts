import { longDate, longDateRange } from '../../core/dates';
import type { Language } from '../../core/language';

const days = new Map<string, string>();

/** core's longDate, remembered: a kit prints the same few dates hundreds of times. */
export function longDay(iso: string, language: Language): string {
  const key = `${language}:${iso}`;
  let text = days.get(key);
  if (text === undefined) days.set(key, (text = longDate(iso, language)));
  return text;
}

/** An event's dates in long form (core's longDateRange); empty when the event has no dates. */
export function dateRange(start: string | null, end: string | null, language: Language): string {
  const first = start ?? end;
  if (!first) return '';
  return longDateRange(first, end && end > first ? end : first, language);
}
