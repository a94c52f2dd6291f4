import type { Brand, Contact, Release } from '../core/schema';
import { layOutRelease, type ImageSize } from './documents/release';
import { composePages } from './layout/compose';
import { pageGeometry } from './layout/geometry';
import { prepareImage, type PreparedImage } from './paint/images';
import { writePdf } from './paint/pdf-writer';
import { layoutReport, type LayoutReport } from './report';

export type { LayoutReport } from './report';

export interface ReleaseDocument {
  release: Release;
  contacts: Contact[];
  brand: Brand;
  /** Image files by their stored name (`<sha256>.png|jpg`). */
  images: ReadonlyMap<string, Uint8Array>;
  /** IANA zone the embargo is printed in; by default the zone written in the embargo instant. */
  timeZone?: string;
}

export interface RenderOptions {
  paper: 'a4' | 'letter';
  bleedMm: number;
  cropMarks: boolean;
}

function prepareImages(doc: ReleaseDocument): Map<string, PreparedImage> {
  const prepared = new Map<string, PreparedImage>();
  const logo = doc.brand.logo;
  const bytes = logo ? doc.images.get(logo) : undefined;
  if (logo && bytes) prepared.set(logo, prepareImage(bytes, 'of the brand logo'));
  return prepared;
}

/** Typesets a communiqué as a print-grade PDF. Same input, same bytes. */
export async function renderRelease(doc: ReleaseDocument, options: RenderOptions): Promise<{ bytes: Uint8Array; report: LayoutReport }> {
  const { release, brand } = doc;
  const g = pageGeometry(options.paper, brand.marginsMm, options.bleedMm, options.cropMarks);
  const images = prepareImages(doc);
  const imageSizes = new Map<string, ImageSize>([...images].map(([name, image]) => [name, { width: image.width, height: image.height }]));
  const laidOut = layOutRelease({ release, contacts: doc.contacts, brand, imageSizes, timeZone: doc.timeZone }, g);
  const composition = composePages([laidOut], g);
  const written = await writePdf({ pages: composition.pages, bookmarks: composition.bookmarks, images }, g, {
    title: release.title,
    author: brand.organisation,
    subject: [release.ref, release.subtitle].filter(Boolean).join(' — '),
    keywords: release.tags,
    language: { fr: 'fr-FR', en: 'en-GB', ru: 'ru-RU' }[release.language],
    creator: 'PressKit Studio',
    created: new Date(release.createdAt),
    modified: new Date(release.updatedAt),
    identity: `${release.id}|${release.updatedAt}`,
  });
  return { bytes: written.bytes, report: layoutReport(composition, written.fonts) };
}
