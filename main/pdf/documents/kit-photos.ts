import type { Language } from '../../core/language';
import type { Media, Release, RichText } from '../../core/schema';
import type { Block, FigureBlock } from '../blocks';
import type { Palette } from './palette';
import { richTextBlocks } from './rich-text';

/** The photos page's title when the item has none of its own. */
export const PHOTOS_TITLE: Record<Language, string> = { fr: 'Photos', en: 'Photos', ru: 'Фотографии' };

/** Photos abreast on the page, and the share of a cell's width a picture may be tall (a landscape 4:3 box). */
const COLUMNS = 2;
const PICTURE_RATIO = 0.75;
const GAP = 18;
const ROW_GAP = 20;

type Figure = Extract<RichText[number], { type: 'figure' }>;

/**
 * The photos the releases show, each once (the first time it appears), with its words in `language`: the
 * media library's for that language, else those of a figure of a release in that language, else those
 * of the release that shows it first, field by field.
 */
export function kitPhotos(releases: readonly Release[], media: readonly Media[], language: Language): Figure[] {
  const shown = releases.flatMap((release) => release.body.flatMap((block) => (block.type === 'figure' ? [{ figure: block, language: release.language }] : [])));
  const images = [...new Set(shown.map(({ figure }) => figure.image))];
  return images.map((image) => {
    const all = shown.filter(({ figure }) => figure.image === image);
    const own = all.find((entry) => entry.language === language)?.figure;
    const first = (all[0] as (typeof all)[number]).figure;
    const stored = media.find((photo) => photo.image === image)?.text[language];
    const word = (field: 'caption' | 'credit' | 'alt'): string => stored?.[field].trim() || own?.[field].trim() || first[field].trim();
    return { type: 'figure', image, caption: word('caption'), credit: word('credit'), alt: word('alt'), width: 'column' };
  });
}

/** The photos as a grid of figures `width` wide; none when the releases show no photo. */
export function photoGrid(photos: readonly Figure[], colors: Palette, width: number, where: string): Block | undefined {
  if (photos.length === 0) return undefined;
  const figures = richTextBlocks([...photos], colors, where).filter((block): block is FigureBlock => block.kind === 'figure');
  const cell = (width - GAP * (COLUMNS - 1)) / COLUMNS;
  return { kind: 'figures', role: 'Div', columns: COLUMNS, gap: GAP, rowGap: ROW_GAP, pictureHeight: cell * PICTURE_RATIO, figures, spaceBefore: 22 };
}
