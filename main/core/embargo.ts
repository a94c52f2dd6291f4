/**
 * An embargo is an instant and the IANA zone it is said in (`{ at, zone }`): the instant decides when it
 * lifts, the zone how the banner says it, with the offset in force at that instant (UTC+2 in a Paris
 * summer, UTC+1 in its winter). Pure: Intl only.
 */
import { isTimeZone, longDate } from './dates';
import { namedZone } from './embargo-zones';
import type { Language } from './language';
import type { Embargo } from './schema';
import { NBSP } from './typography';

interface WallTime {
  /** `YYYY-MM-DD` */
  date: string;
  hour: number;
  minute: number;
}

const WALL = new Map<string, Intl.DateTimeFormat>();

/** The calendar day and time an instant shows on the clocks of `zone`. */
function wallTime(epochMs: number, zone: string): WallTime {
  let format = WALL.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    WALL.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(epochMs).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), minute: Number(parts.minute) };
}

/** The zone's offset from UTC at that instant, in minutes (180 for Moscow, 120 for a Paris summer). */
export function offsetMinutes(epochMs: number, zone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(epochMs)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/u.exec(name ?? '');
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isoOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * `2019-08-27T10:30` on the clocks of `Europe/Moscow` -> `2019-08-27T10:30:00+03:00`; null when the text
 * is not such a wall time, or names a time the zone's clocks skip (a spring-forward hour).
 */
export function wallTimeToInstant(local: string, zone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/u.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The zone's offset at the guessed instant, checked once more in case the guess crossed a change of offset.
  let offset = offsetMinutes(asUtc, zone);
  offset = offsetMinutes(asUtc - offset * 60_000, zone);
  const instant = `${local}:00${isoOffset(offset)}`;
  return instantToWallTime(instant, zone) === local ? instant : null;
}

/** The wall time of an instant on the clocks of `zone`, as `YYYY-MM-DDTHH:mm` (what datetime-local shows). */
export function instantToWallTime(instant: string, zone: string): string {
  const wall = wallTime(Date.parse(instant), zone);
  return `${wall.date}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** The embargo's instant written with the offset of its zone, as it is stored; null for no wall time or no zone. */
export function embargoAt(local: string, zone: string): Embargo | null {
  const at = isTimeZone(zone) ? wallTimeToInstant(local, zone) : null;
  return at ? { at, zone } : null;
}

/** "UTC+3", "UTC+5:30", "UTC−3" (a true minus sign), "UTC+0". */
export function utcOffset(epochMs: number, zone: string): string {
  const minutes = offsetMinutes(epochMs, zone);
  const abs = Math.abs(minutes);
  return `UTC${minutes < 0 ? '\u2212' : '+'}${Math.floor(abs / 60)}${abs % 60 ? `:${pad(abs % 60)}` : ''}`;
}

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB', ru: 'ru-RU' };

/** Intl's name of a zone that our table does not name, when it is a name and not an offset. */
function intlZoneName(epochMs: number, zone: string, language: Language): string | undefined {
  const name = new Intl.DateTimeFormat(LOCALES[language], { timeZone: zone, timeZoneName: 'longGeneric' })
    .formatToParts(epochMs)
    .find((part) => part.type === 'timeZoneName')?.value;
  return name && !/^(UTC|GMT)([+\-\u2212]|$)/u.test(name) ? name : undefined;
}

const isUtc = (zone: string): boolean => ['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu'].includes(zone);

/** The hour as each language prints it: « 10 h 30 » and « 10 h » in French (no-break spaces), 10:30 elsewhere. */
function clock(wall: WallTime, language: Language): string {
  if (language === 'fr') return `${wall.hour}${NBSP}h${wall.minute ? `${NBSP}${pad(wall.minute)}` : ''}`;
  return `${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** What follows the hour: its zone's time and the offset, or "UTC" for UTC itself. */
function zoneWords(epochMs: number, zone: string, language: Language): string {
  if (isUtc(zone)) return `${NBSP}UTC`;
  const offset = `(${utcOffset(epochMs, zone)})`;
  const named = namedZone(zone)?.time[language];
  if (named) return language === 'fr' ? `, ${named} ${offset}` : ` ${named} ${offset}`;
  const intl = intlZoneName(epochMs, zone, language);
  if (!intl) return ` ${offset}`;
  if (language === 'fr') return `, ${intl} ${offset}`;
  // Intl's Russian names are regions ("Центральная Европа"), which read as an aside, not after "по … времени".
  return language === 'ru' ? ` (${intl}, ${offset.slice(1, -1)})` : ` ${intl} ${offset}`;
}

/**
 * The banner's words: « Sous embargo jusqu’au 27 août 2019 à 10 h 30, heure de Moscou (UTC+3) »,
 * "Embargoed until 27 August 2019, 10:30 Moscow time (UTC+3)", « Эмбарго до 27 августа 2019 г., 10:30
 * по московскому времени (UTC+3) ». The date and the hour never break inside (no-break spaces).
 */
export function embargoLine(embargo: Embargo, language: Language): string {
  const epochMs = Date.parse(embargo.at);
  const wall = wallTime(epochMs, embargo.zone);
  const date = longDate(wall.date, language);
  const when = `${clock(wall, language)}${zoneWords(epochMs, embargo.zone, language)}`;
  switch (language) {
    case 'fr':
      return `Sous embargo jusqu’au ${date} à ${when}`;
    case 'en':
      return `Embargoed until ${date}, ${when}`;
    case 'ru':
      return `Эмбарго до ${date}, ${when}`;
  }
}

const IMMEDIATE: Record<Language, string> = { fr: 'Diffusion immédiate', en: 'For immediate release', ru: 'Для немедленной публикации' };

/** What the banner says of a release without an embargo, where the brand asks for it. */
export function immediateReleaseLine(language: Language): string {
  return IMMEDIATE[language];
}

/** The embargo as the refusals and warnings name it, the same in every language: `2019-08-27 10:30 Europe/Moscow`. */
export function embargoLabel(embargo: Embargo): string {
  return `${instantToWallTime(embargo.at, embargo.zone).replace('T', ' ')} ${embargo.zone}`;
}

/** Whether the embargo lifts on a day before the release's own date, as the clocks of its zone read it. */
export function embargoBeforeDate(embargo: Embargo, date: string): boolean {
  return wallTime(Date.parse(embargo.at), embargo.zone).date < date;
}

/** Whether the embargo has already lifted at `now`. */
export function embargoIsPast(embargo: Embargo, now: Date): boolean {
  return Date.parse(embargo.at) <= now.getTime();
}

/** The fixed zone of an instant's written offset (`+02:00` -> `Etc/GMT-2`), UTC for one Etc has no zone for. */
function zoneOfOffset(instant: string): string {
  const match = /([+-])(\d{2}):(\d{2})$/u.exec(instant);
  if (!match || match[3] !== '00' || Number(match[2]) === 0) return 'UTC';
  // Etc zones are named the POSIX way, their sign reversed.
  return `Etc/GMT${match[1] === '+' ? '-' : '+'}${Number(match[2])}`;
}

/**
 * A release as bundles made before embargoes had a zone wrote it (`embargo` an instant alone) with its
 * embargo given the zone of its offset, so that it prints the hour it was written with; anything else as it is.
 */
export function withZonedEmbargo(release: unknown): unknown {
  if (typeof release !== 'object' || release === null) return release;
  const { embargo } = release as { embargo?: unknown };
  return typeof embargo === 'string' ? { ...release, embargo: { at: embargo, zone: zoneOfOffset(embargo) } } : release;
}
