import type { Language } from '../core/language';
import type { Brand, Contact, Kit, Release } from '../core/schema';
import { layOutCards } from './documents/cards';
import { composeKit, kitTitle } from './documents/kit';
import { layOutRelease } from './documents/release';
import type { ImageSize } from './documents/fit-image';
import { composePages } from './layout/compose';
import { pageGeometry } from './layout/geometry';
import { preparedImage, type ImageRole, type PreparedImage } from './paint/images';
import { writePdf } from './paint/pdf-writer';
import { progressSteps, type RenderHooks } from './progress';
import { layoutReport, type LayoutReport } from './report';

export type { LayoutReport } from './report';
export { ExportCancelled, isExportCancelled, type RenderHooks, type RenderProgress } from './progress';

export interface ReleaseDocument {
  release: Release;
  contacts: Contact[];
  brand: Brand;
  /** Image files by their stored name (`<sha256>.png|jpg`). */
  images: ReadonlyMap<string, Uint8Array>;
  /** IANA zone the embargo is printed in; by default the zone written in the embargo instant. */
  timeZone?: string;
}

export interface KitDocument {
  kit: Kit;
  /** The kit's releases, each with its contacts (matched to the kit's items by release id). */
  releases: ReleaseDocument[];
  /** The kit's contacts page, in order. */
  contacts: Contact[];
  brand: Brand;
  images: ReadonlyMap<string, Uint8Array>;
  timeZone?: string;
}

export interface CardsDocument {
  contacts: Contact[];
  brand: Brand;
  images: ReadonlyMap<string, Uint8Array>;
  language: Language;
}

export interface RenderOptions {
  paper: 'a4' | 'letter';
  bleedMm: number;
  cropMarks: boolean;
}

export interface Rendered {
  bytes: Uint8Array;
  report: LayoutReport;
}

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB', ru: 'ru-RU' };

/** The named images that are at hand, checked and rewritten for embedding. */
function prepareImages(wanted: readonly { name: string | null; role: ImageRole }[], images: ReadonlyMap<string, Uint8Array>): Map<string, PreparedImage> {
  const prepared = new Map<string, PreparedImage>();
  for (const { name, role } of wanted) {
    const bytes = name ? images.get(name) : undefined;
    if (name && bytes && !prepared.has(name)) prepared.set(name, preparedImage(name, bytes, role));
  }
  return prepared;
}

function sizes(images: ReadonlyMap<string, PreparedImage>): Map<string, ImageSize> {
  return new Map([...images].map(([name, image]) => [name, { width: image.width, height: image.height }]));
}

/** Typesets a communiqué as a print-grade PDF. Same input, same bytes. */
export async function renderRelease(doc: ReleaseDocument, options: RenderOptions): Promise<Rendered> {
  const { release, brand } = doc;
  const g = pageGeometry(options.paper, brand.marginsMm, options.bleedMm, options.cropMarks);
  const images = prepareImages([{ name: brand.logo, role: 'logo' }], doc.images);
  const laidOut = layOutRelease({ release, contacts: doc.contacts, brand, imageSizes: sizes(images), timeZone: doc.timeZone }, g);
  const composition = composePages([laidOut], g);
  const written = await writePdf({ pages: composition.pages, bookmarks: composition.bookmarks, images }, g, {
    title: release.title,
    author: brand.organisation,
    subject: [release.ref, release.subtitle].filter(Boolean).join(' — '),
    keywords: release.tags,
    language: LOCALES[release.language],
    creator: 'PressKit Studio',
    created: new Date(release.createdAt),
    modified: new Date(release.updatedAt),
    identity: `${release.id}|${release.updatedAt}`,
  });
  return { bytes: written.bytes, report: layoutReport(composition, written.fonts) };
}

/**
 * Typesets a press kit: cover, linked contents, each item from a new page, outline, "page N / M" over
 * the whole kit. Reports progress and stops with ExportCancelled once `hooks.signal` is aborted.
 */
export async function renderKit(doc: KitDocument, options: RenderOptions, hooks?: RenderHooks): Promise<Rendered> {
  const { kit, brand } = doc;
  const step = progressSteps(hooks);
  const g = pageGeometry(options.paper, brand.marginsMm, options.bleedMm, options.cropMarks);
  const images = prepareImages(
    [
      { name: brand.logo, role: 'logo' },
      { name: kit.cover.image, role: 'cover' },
    ],
    doc.images,
  );
  const composition = await composeKit(
    { kit, releases: doc.releases, contacts: doc.contacts, brand, imageSizes: sizes(images), timeZone: doc.timeZone },
    g,
    step,
  );
  const keywords = [...new Set(doc.releases.flatMap((r) => r.release.tags))];
  const written = await writePdf(
    { pages: composition.pages, bookmarks: composition.bookmarks, anchors: composition.anchors, images },
    g,
    {
      title: kitTitle(kit),
      author: brand.organisation,
      subject: kit.event.name || kit.name,
      keywords,
      language: LOCALES[kit.language],
      creator: 'PressKit Studio',
      created: new Date(kit.createdAt),
      modified: new Date(kit.updatedAt),
      identity: `${kit.id}|${kit.updatedAt}`,
    },
    (done, total) => step({ phase: 'paint', done, total }),
  );
  return { bytes: written.bytes, report: layoutReport(composition, written.fonts) };
}

/** Prints contacts as 85 x 55 mm business cards, ganged up on A4 or Letter sheets with crop marks. */
export async function renderCards(doc: CardsDocument, options: RenderOptions): Promise<Rendered> {
  const images = prepareImages([{ name: doc.brand.logo, role: 'logo' }], doc.images);
  const { composition, geometry } = layOutCards({ contacts: doc.contacts, brand: doc.brand, language: doc.language, imageSizes: sizes(images) }, options.paper);
  const written = await writePdf({ pages: composition.pages, bookmarks: [], images }, geometry, {
    title: `${doc.brand.organisation ? `${doc.brand.organisation} — ` : ''}${CARDS_TITLE[doc.language]}`,
    author: doc.brand.organisation,
    subject: doc.contacts.map((c) => c.name).join(', '),
    keywords: [],
    language: LOCALES[doc.language],
    creator: 'PressKit Studio',
    identity: `cards|${doc.contacts.map((c) => `${c.id}:${c.name}:${c.email}`).join('|')}`,
  });
  return { bytes: written.bytes, report: layoutReport(composition, written.fonts) };
}

const CARDS_TITLE: Record<Language, string> = { fr: 'Cartes de visite', en: 'Business cards', ru: 'Визитные карточки' };
