/**
 * The time zones a space agency's press office embargoes in, named as a reader says them ("heure de
 * Moscou", "Moscow time", "по московскому времени"): Intl names zones by region ("heure normale de
 * Moscou", "Moscow Standard Time", "Москва, стандартное время"), which no communiqué writes. Other zones
 * are named by Intl (see embargo.ts). `places` are the words of a release's place or event that suggest
 * the zone, compared as foldKey compares them.
 */
import type { Language } from './language';

export interface NamedZone {
  zone: string;
  /** The city, for the zone picker. */
  city: Record<Language, string>;
  /** The time of the zone, as the banner writes it after the hour. */
  time: Record<Language, string>;
  places: readonly string[];
}

export const NAMED_ZONES: readonly NamedZone[] = [
  {
    zone: 'Europe/Paris',
    city: { fr: 'Paris, Toulouse', en: 'Paris, Toulouse', ru: 'Париж, Тулуза' },
    time: { fr: 'heure de Paris', en: 'Paris time', ru: 'по парижскому времени' },
    places: ['paris', 'toulouse', 'évry', 'evry', 'les mureaux', 'париж', 'тулуза'],
  },
  {
    zone: 'Europe/Moscow',
    city: { fr: 'Moscou', en: 'Moscow', ru: 'Москва' },
    time: { fr: 'heure de Moscou', en: 'Moscow time', ru: 'по московскому времени' },
    places: ['moscou', 'moscow', 'москва', 'joukovski', 'zhukovsky', 'жуковский', 'korolev', 'королёв', 'королев', 'maks', 'макс'],
  },
  {
    zone: 'America/Cayenne',
    city: { fr: 'Kourou, Cayenne', en: 'Kourou, Cayenne', ru: 'Куру, Кайенна' },
    time: { fr: 'heure de Kourou', en: 'Kourou time', ru: 'по времени Куру' },
    places: ['kourou', 'куру', 'cayenne', 'кайенна', 'guyane', 'french guiana', 'гвиана'],
  },
  {
    zone: 'Asia/Almaty',
    city: { fr: 'Baïkonour', en: 'Baikonur', ru: 'Байконур' },
    time: { fr: 'heure de Baïkonour', en: 'Baikonur time', ru: 'по времени Байконура' },
    places: ['baïkonour', 'baikonour', 'baikonur', 'байконур'],
  },
  {
    zone: 'America/Chicago',
    city: { fr: 'Houston', en: 'Houston', ru: 'Хьюстон' },
    time: { fr: 'heure de Houston', en: 'Houston time', ru: 'по времени Хьюстона' },
    places: ['houston', 'хьюстон'],
  },
  {
    zone: 'America/New_York',
    city: { fr: 'Washington', en: 'Washington', ru: 'Вашингтон' },
    time: { fr: 'heure de Washington', en: 'Washington time', ru: 'по вашингтонскому времени' },
    places: ['washington', 'вашингтон', 'cap canaveral', 'cape canaveral', 'мыс канаверал'],
  },
  {
    zone: 'Asia/Tokyo',
    city: { fr: 'Tokyo', en: 'Tokyo', ru: 'Токио' },
    time: { fr: 'heure de Tokyo', en: 'Tokyo time', ru: 'по токийскому времени' },
    places: ['tokyo', 'токио', 'tsukuba', 'цукуба'],
  },
  {
    zone: 'Europe/Berlin',
    city: { fr: 'Berlin, Cologne, Darmstadt', en: 'Berlin, Cologne, Darmstadt', ru: 'Берлин, Кёльн, Дармштадт' },
    time: { fr: 'heure de Berlin', en: 'Berlin time', ru: 'по берлинскому времени' },
    places: ['berlin', 'берлин', 'cologne', 'köln', 'koln', 'кёльн', 'кельн', 'darmstadt', 'дармштадт'],
  },
  {
    zone: 'Europe/Amsterdam',
    city: { fr: 'Amsterdam, Noordwijk', en: 'Amsterdam, Noordwijk', ru: 'Амстердам, Нордвейк' },
    time: { fr: 'heure d’Amsterdam', en: 'Amsterdam time', ru: 'по амстердамскому времени' },
    places: ['amsterdam', 'амстердам', 'noordwijk', 'нордвейк'],
  },
];

export function namedZone(zone: string): NamedZone | undefined {
  return NAMED_ZONES.find((named) => named.zone === zone);
}

/** Whether `word` stands in `text` as a word of its own (not inside another), letters compared case-blind. */
function hasWord(text: string, word: string): boolean {
  const at = text.indexOf(word);
  if (at < 0) return false;
  const letter = /[\p{L}\p{N}]/u;
  const before = text[at - 1];
  const after = text[at + word.length];
  return (before === undefined || !letter.test(before)) && (after === undefined || !letter.test(after));
}

/** The zone a release's place ("Joukovski"), else its event ("MAKS 2019"), suggests; undefined when neither does. */
export function suggestedZone(place: string, event: string): string | undefined {
  for (const text of [place, event]) {
    const folded = text.normalize('NFC').toLowerCase();
    const found = NAMED_ZONES.find((named) => named.places.some((word) => hasWord(folded, word)));
    if (found) return found.zone;
  }
  return undefined;
}
