import { LABELS, type Language } from '../language';

/** The words that mark the parts of a communiqué, in the three release languages. */

/** Header labels ("kinds") as a press office writes them; the first of each language is the standard one. */
const KINDS: Record<Language, string[]> = {
  fr: [LABELS.fr.release, 'Communiqué', 'Information presse', 'Invitation presse', 'Note aux rédactions', 'Avis aux médias', 'Dossier de presse'],
  en: [LABELS.en.release, 'News Release', 'Media Release', 'Media Advisory', 'Press Invitation', 'Press Kit'],
  ru: [LABELS.ru.release, 'Информационное сообщение', 'Сообщение для СМИ', 'Приглашение для прессы', 'Пресс-кит'],
};

const CONTACT_MARKERS = [
  'contacts', 'contact', 'contacts presse', 'contact presse', 'contacts médias', 'press contacts', 'press contact',
  'media contacts', 'media contact', 'контакты', 'контакт', 'контакты для прессы', 'контакты для сми',
];

/** The text without the trailing spaces, colons and full stops ("Contacts :"), in one pass from the end. */
function trimTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && ' :.'.includes(text[end - 1] ?? '')) end -= 1;
  return text.slice(0, end);
}

/**
 * Compares labels whatever their case, spacing, hyphens, apostrophes and a trailing colon. Spaces are
 * collapsed first, so that no pattern below meets a long run of them (where `\s*-\s*` would be quadratic).
 */
export function labelKey(text: string): string {
  const key = text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[‐‑–—-]/g, '-')
    .replace(/ ?- ?/g, '-')
    .replace(/[’']/g, "'");
  return trimTrailingPunctuation(key).trim();
}

const KIND_LOOKUP = new Map<string, { kind: string; language: Language }>();
for (const language of ['fr', 'en', 'ru'] as const) {
  for (const kind of KINDS[language]) KIND_LOOKUP.set(labelKey(kind), { kind, language });
}
const CONTACT_KEYS = new Set(CONTACT_MARKERS.map(labelKey));

/** "Communiqué de Presse" gives the label in its usual casing and its language. */
export function matchKind(line: string): { kind: string; language: Language } | null {
  return KIND_LOOKUP.get(labelKey(line)) ?? null;
}

export function isContactsMarker(line: string): boolean {
  return CONTACT_KEYS.has(labelKey(line));
}

/** "CP124-2019", "Réf. : CP 124/2019", "№ ПР-12-2019": a reference needs a number and a year part. */
const REFERENCE = /^(?:(?:[Rr]éf|RÉF|[Rr]ef|REF|[Рр]еф|РЕФ)\.?\s*:?\s*|[Nn]°\s*|№\s*)?(\p{Lu}{1,6}[\s-]?\d{1,5}[-/]\d{2,4})$/u;

/** Spaces collapsed first: `\s*:?\s*` would otherwise try every split of a long run of them. */
export function matchReference(line: string): string | null {
  return REFERENCE.exec(line.trim().replace(/\s+/g, ' '))?.[1] ?? null;
}
