/** The figures of a release's body, as the export checks them. Pure: the studio and the CLI share it. */
import type { Language } from './language';
import type { Media, MediaText, RichText } from './schema';

export interface FigureWithoutAlt {
  /** Its place among the body's figures, from 1, as the user counts them. */
  number: number;
  image: string;
  caption: string;
}

/** The figures a screen reader could say nothing of: no alt text, or only spaces. */
export function figuresWithoutAlt(body: RichText): FigureWithoutAlt[] {
  const figures = body.flatMap((block) => (block.type === 'figure' ? [block] : []));
  return figures.flatMap((figure, at) => (figure.alt.trim() ? [] : [{ number: at + 1, image: figure.image, caption: figure.caption }]));
}

/** The stored images the body's figures show. */
export function figureImages(body: RichText): string[] {
  return body.flatMap((block) => (block.type === 'figure' ? [block.image] : []));
}

const WORDS = ['caption', 'credit', 'alt'] as const;

/**
 * The library learns a photo's words from where they are written: each of caption, credit and alt text
 * the record lacks in `language` (empty or spaces only) is taken from `words`; what it has is never
 * overwritten, so the library's own words win. True when the record changed.
 */
export function learnWords(media: Media, language: Language, words: MediaText): boolean {
  const known: MediaText = media.text[language] ?? { caption: '', credit: '', alt: '' };
  const missing = WORDS.filter((field) => known[field].trim() === '' && words[field].trim() !== '');
  if (missing.length === 0) return false;
  media.text[language] = { ...known, ...Object.fromEntries(missing.map((field) => [field, words[field]])) };
  return true;
}

/** The figures of `body` teach the library the words it lacks in the release's language; the records changed are stamped. */
export function learnFigureWords(media: readonly Media[], body: RichText, language: Language, stamp: string): void {
  for (const block of body) {
    if (block.type !== 'figure') continue;
    const record = media.find((known) => known.image === block.image);
    if (record && learnWords(record, language, block)) record.updatedAt = stamp;
  }
}
