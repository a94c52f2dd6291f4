import type { Language } from '../core/language';
import { UserError } from '../core/errors';
import { excessMegapixels, MAX_IMAGE_MEGAPIXELS } from '../core/import/image-size';
import type { Brand, Contact, Kit, Media, Release, RichText } from '../core/schema';
import type { DocumentTree } from './blocks';
import { imageKey, type Frames, type PageGeometry } from './frame';
import { cardsBlocks } from './documents/cards';
import { markDraft } from './documents/draft-marking';
import { kitBlocks, kitTitle } from './documents/kit';
import { releaseBlocks } from './documents/release';
import type { ImageSize } from './layout/context';
import { layOutDocument } from './layout/document';
import { frameWidth, pageGeometry } from './layout/geometry';
import { pageKeys } from './layout/page-keys';
import { preparedImage, type ImageRole, type PreparedImage } from './paint/images';
import type { DocumentInfo } from './paint/metadata';
import { writePdf } from './paint/pdf-writer';
import { pictureSize, resampledImage } from './paint/resample';
import { progressSteps, type RenderHooks } from './progress';
import { layoutReport, type LayoutReport } from './report';

export type { LayoutReport } from './report';
export { ExportCancelled, isExportCancelled, type RenderHooks, type RenderProgress } from './progress';
export { clearParagraphCache } from './layout/paragraph-cache';

export interface ReleaseDocument {
  release: Release;
  contacts: Contact[];
  brand: Brand;
  /** Image files by their stored name (`<sha256>.png|jpg`). */
  images: ReadonlyMap<string, Uint8Array>;
  /** Not approved: every page carries the draft watermark and the footer's warning. */
  draft?: boolean;
}

export interface KitDocument {
  kit: Kit;
  /** The kit's releases, each with its contacts (matched to the kit's items by release id). */
  releases: ReleaseDocument[];
  /** The kit's contacts page, in order. */
  contacts: Contact[];
  brand: Brand;
  images: ReadonlyMap<string, Uint8Array>;
  /** The media library, for the photos page's words in the kit's language (none: the figures' own). */
  media?: Media[];
  /** Holds a release that is not approved: every page carries the draft watermark and the footer's warning. */
  draft?: boolean;
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

/** What to typeset: a document of one kind, and the print options; `pageKeys` for the preview's (see Rendered). */
export type RenderJob = (
  | { kind: 'release'; document: ReleaseDocument; options: RenderOptions }
  | { kind: 'kit'; document: KitDocument; options: RenderOptions }
  | { kind: 'cards'; document: CardsDocument; options: RenderOptions }
) & { pageKeys?: boolean };

export interface Rendered {
  bytes: Uint8Array;
  report: LayoutReport;
  /** When the job asked: a key per page that changes only with what the page shows (the preview repaints by it). */
  pageKeys?: string[];
}

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB', ru: 'ru-RU' };
const CREATOR = 'PressKit Studio';
const CARDS_TITLE: Record<Language, string> = { fr: 'Cartes de visite', en: 'Business cards', ru: 'Визитные карточки' };

/** A job's document kind as the stages need it: the images it may show, its pages, its blocks, its description. */
interface Plan {
  images: readonly { name: string | null; role: ImageRole }[];
  /** The pictures of the figures, each with the document that shows it (a release's reference, a page's title), for a refusal. */
  figures: readonly Figure[];
  geometry: PageGeometry;
  /** The document's blocks, given the names of the images at hand. */
  declare: (images: ReadonlySet<string>) => DocumentTree;
  info: DocumentInfo;
}

const NO_MARGINS = { top: 0, right: 0, bottom: 0, left: 0 };

interface Figure {
  name: string;
  document: string;
}

function figuresOf(body: RichText, document: string): Figure[] {
  return body.flatMap((block) => (block.type === 'figure' ? [{ name: block.image, document }] : []));
}

function plan(job: RenderJob): Plan {
  const { options } = job;
  switch (job.kind) {
    case 'release': {
      const { release, brand } = job.document;
      const g = pageGeometry(options.paper, brand.marginsMm, options.bleedMm, options.cropMarks);
      return {
        images: [{ name: brand.logo, role: 'logo' }],
        figures: figuresOf(release.body, release.ref),
        geometry: g,
        declare: (images) => {
          const { blocks, furniture } = releaseBlocks({ release, contacts: job.document.contacts, brand, images, width: frameWidth(g) });
          const tree = { fonts: brand.fonts, sections: [{ language: release.language, blocks, furniture }] };
          return job.document.draft ? markDraft(tree, brand) : tree;
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
        figures: [
          ...doc.releases.flatMap(({ release }) => figuresOf(release.body, release.ref)),
          ...kit.items.flatMap((item) => (item.type === 'about' ? figuresOf(item.body, item.title) : [])),
        ],
        geometry: g,
        declare: (images) => {
          const tree = kitBlocks({ kit, releases: doc.releases, contacts: doc.contacts, brand, media: doc.media ?? [], images, width: frameWidth(g) });
          return doc.draft ? markDraft(tree, brand) : tree;
        },
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
        images: [{ name: brand.logo, role: 'logo' }, ...contacts.map((contact) => ({ name: contact.photo, role: 'photo' as const }))],
        figures: [],
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
 * The pixel size of each figure's picture at hand as it shows, read from its header alone (layout needs
 * no more), within the pixel budget; a picture whose header says nothing is refused as damaged.
 */
async function figureSizes(figures: readonly Figure[], images: ReadonlyMap<string, Uint8Array>): Promise<Map<string, ImageSize>> {
  const found = new Map<string, ImageSize>();
  for (const { name, document } of figures) {
    const bytes = images.get(name);
    if (!bytes || found.has(name)) continue;
    const megapixels = excessMegapixels(bytes);
    if (megapixels !== null) throw new UserError('figure.imageTooLarge', { document, megapixels, limit: MAX_IMAGE_MEGAPIXELS });
    const size = await pictureSize(bytes).catch(() => undefined);
    if (!size || size.width === 0 || size.height === 0) throw new UserError('figure.imageDamaged', { document });
    found.set(name, size);
  }
  return found;
}

/** Each figure's picture at the size layout printed it, resampled once per size (libvips runs off this thread). */
async function resampleFigures(frames: Frames, figures: readonly Figure[], images: ReadonlyMap<string, Uint8Array>, into: Map<string, PreparedImage>): Promise<void> {
  for (const item of frames.pages.flatMap((page) => page.items)) {
    if (item.kind !== 'image' || !item.pixels) continue;
    const bytes = images.get(item.image);
    const key = imageKey(item);
    if (!bytes || into.has(key)) continue;
    try {
      into.set(key, await resampledImage(key, bytes, item.pixels));
    } catch {
      // libvips' own words mean nothing to a press officer.
      throw new UserError('figure.imageDamaged', { document: figures.find((figure) => figure.name === item.image)?.document ?? '' });
    }
  }
}

/**
 * Typesets a release, a press kit or a sheet of contact cards as a print-grade PDF: the document declares
 * its blocks, layout sets them into frames, paint writes the frames. Same input, same bytes. Reports progress and stops with ExportCancelled once
 * `hooks.signal` is aborted.
 */
export async function render(job: RenderJob, hooks?: RenderHooks): Promise<Rendered> {
  const step = progressSteps(hooks);
  const { images: wanted, figures, geometry, declare, info } = plan(job);
  const images = prepareImages(wanted, job.document.images);
  const pictures = await figureSizes(figures, job.document.images);
  const composition = await layOutDocument(declare(new Set(images.keys())), geometry, new Map([...sizes(images), ...pictures]), step);
  await resampleFigures(composition.frames, figures, job.document.images, images);
  const written = await writePdf(composition.frames, images, info, (done, total) => step({ phase: 'paint', done, total }));
  return { bytes: written.bytes, report: layoutReport(composition, written.fonts), ...(job.pageKeys ? { pageKeys: pageKeys(composition.frames) } : {}) };
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
