import type { Language } from '../core/language';
import type { Brand, Contact, Kit, Release } from '../core/schema';
import type { DocumentTree } from './blocks';
import type { PageGeometry } from './frame';
import { cardsBlocks } from './documents/cards';
import { kitBlocks, kitTitle } from './documents/kit';
import { releaseBlocks } from './documents/release';
import type { ImageSize } from './layout/context';
import { layOutDocument } from './layout/document';
import { frameWidth, pageGeometry } from './layout/geometry';
import { preparedImage, type ImageRole, type PreparedImage } from './paint/images';
import type { DocumentInfo } from './paint/metadata';
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
}

export interface KitDocument {
  kit: Kit;
  /** The kit's releases, each with its contacts (matched to the kit's items by release id). */
  releases: ReleaseDocument[];
  /** The kit's contacts page, in order. */
  contacts: Contact[];
  brand: Brand;
  images: ReadonlyMap<string, Uint8Array>;
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

/** What to typeset: a document of one kind, and the print options. */
export type RenderJob =
  | { kind: 'release'; document: ReleaseDocument; options: RenderOptions }
  | { kind: 'kit'; document: KitDocument; options: RenderOptions }
  | { kind: 'cards'; document: CardsDocument; options: RenderOptions };

export interface Rendered {
  bytes: Uint8Array;
  report: LayoutReport;
}

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB', ru: 'ru-RU' };
const CREATOR = 'PressKit Studio';
const CARDS_TITLE: Record<Language, string> = { fr: 'Cartes de visite', en: 'Business cards', ru: 'Визитные карточки' };

/** A job's document kind as the stages need it: the images it may show, its pages, its blocks, its description. */
interface Plan {
  images: readonly { name: string | null; role: ImageRole }[];
  geometry: PageGeometry;
  /** The document's blocks, given the names of the images at hand. */
  declare: (images: ReadonlySet<string>) => DocumentTree;
  info: DocumentInfo;
}

const NO_MARGINS = { top: 0, right: 0, bottom: 0, left: 0 };

function plan(job: RenderJob): Plan {
  const { options } = job;
  switch (job.kind) {
    case 'release': {
      const { release, brand } = job.document;
      const g = pageGeometry(options.paper, brand.marginsMm, options.bleedMm, options.cropMarks);
      return {
        images: [{ name: brand.logo, role: 'logo' }],
        geometry: g,
        declare: (images) => {
          const { blocks, furniture } = releaseBlocks({ release, contacts: job.document.contacts, brand, images, width: frameWidth(g) });
          return { fonts: brand.fonts, sections: [{ language: release.language, blocks, furniture }] };
        },
        info: {
          title: release.title,
          author: brand.organisation,
          subject: [release.ref, release.subtitle].filter(Boolean).join(' — '),
          keywords: release.tags,
          language: LOCALES[release.language],
          creator: CREATOR,
          created: new Date(release.createdAt),
          modified: new Date(release.updatedAt),
          identity: `${release.id}|${release.updatedAt}`,
        },
      };
    }
    case 'kit': {
      const doc = job.document;
      const { kit, brand } = doc;
      const g = pageGeometry(options.paper, brand.marginsMm, options.bleedMm, options.cropMarks);
      return {
        images: [
          { name: brand.logo, role: 'logo' },
          { name: kit.cover.image, role: 'cover' },
        ],
        geometry: g,
        declare: (images) => kitBlocks({ kit, releases: doc.releases, contacts: doc.contacts, brand, images, width: frameWidth(g) }),
        info: {
          title: kitTitle(kit),
          author: brand.organisation,
          subject: kit.event.name || kit.name,
          keywords: [...new Set(doc.releases.flatMap((r) => r.release.tags))],
          language: LOCALES[kit.language],
          creator: CREATOR,
          created: new Date(kit.createdAt),
          modified: new Date(kit.updatedAt),
          identity: `${kit.id}|${kit.updatedAt}`,
        },
      };
    }
    case 'cards': {
      const { contacts, brand, language } = job.document;
      return {
        images: [{ name: brand.logo, role: 'logo' }],
        // The sheet carries its own crop marks, on every cut line.
        geometry: pageGeometry(options.paper, NO_MARGINS, 0, false),
        declare: (images) => cardsBlocks({ contacts, brand, language, images }),
        info: {
          title: `${brand.organisation ? `${brand.organisation} — ` : ''}${CARDS_TITLE[language]}`,
          author: brand.organisation,
          subject: contacts.map((c) => c.name).join(', '),
          keywords: [],
          language: LOCALES[language],
          creator: CREATOR,
          identity: `cards|${contacts.map((c) => `${c.id}:${c.name}:${c.email}`).join('|')}`,
        },
      };
    }
  }
}

/** The named images that are at hand, checked and rewritten for embedding. */
function prepareImages(wanted: Plan['images'], images: ReadonlyMap<string, Uint8Array>): Map<string, PreparedImage> {
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

/**
 * Typesets a release, a press kit or a sheet of contact cards as a print-grade PDF: the document declares
 * its blocks, layout sets them into frames, paint writes the frames. Same input, same bytes. Reports progress and stops with ExportCancelled once
 * `hooks.signal` is aborted.
 */
export async function render(job: RenderJob, hooks?: RenderHooks): Promise<Rendered> {
  const step = progressSteps(hooks);
  const { images: wanted, geometry, declare, info } = plan(job);
  const images = prepareImages(wanted, job.document.images);
  const composition = await layOutDocument(declare(new Set(images.keys())), geometry, sizes(images), step);
  const written = await writePdf(composition.frames, images, info, (done, total) => step({ phase: 'paint', done, total }));
  return { bytes: written.bytes, report: layoutReport(composition, written.fonts) };
}

/** A communiqué: header, title, body, boilerplate, contacts, "page N / M". */
export function renderRelease(document: ReleaseDocument, options: RenderOptions, hooks?: RenderHooks): Promise<Rendered> {
  return render({ kind: 'release', document, options }, hooks);
}

/** A press kit: cover, linked contents, each item from a new page, outline, "page N / M" over the whole kit. */
export function renderKit(document: KitDocument, options: RenderOptions, hooks?: RenderHooks): Promise<Rendered> {
  return render({ kind: 'kit', document, options }, hooks);
}

/** Contacts as 85 x 55 mm business cards, ganged up on A4 or Letter sheets with crop marks. */
export function renderCards(document: CardsDocument, options: RenderOptions, hooks?: RenderHooks): Promise<Rendered> {
  return render({ kind: 'cards', document, options }, hooks);
}
