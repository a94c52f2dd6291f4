import { UserError } from '../../core/errors';
import { LABELS, type Language } from '../../core/language';
import type { Brand, Contact, Kit, KitItem, Media, Release, RichText } from '../../core/schema';
import type { Block, Box, DocumentTree, Section } from '../blocks';
import { contactGrid } from './contact-card';
import { dateRange, longDay } from './date-range';
import { pageFurniture } from './furniture';
import { kitPhotos, photoGrid, PHOTOS_TITLE } from './kit-photos';
import { mix, palette, type Palette } from './palette';
import { releaseBlocks } from './release';
import { look, paragraph, richTextBlocks, type ParagraphStyle } from './rich-text';

export interface KitInput {
  kit: Kit;
  /** The kit's releases with their contacts, found by id from the kit's items. */
  releases: readonly { release: Release; contacts: readonly Contact[] }[];
  /** The contacts page, in order. */
  contacts: readonly Contact[];
  brand: Brand;
  /** The media library: a photo's caption and credit in the kit's language. */
  media: readonly Media[];
  /** The names of the images at hand. */
  images: ReadonlySet<string>;
  /** The text column's width, in points. */
  width: number;
}

/** A contents entry: where it leads, what it says. */
interface Entry {
  anchor: string;
  title: string;
  /** A line above the title: the communiqué's kind, reference and date. */
  label: string;
  /** The entry's own language and colours (a kit may hold releases in other languages). */
  language: Language;
  colors: Palette;
}

export function kitTitle(kit: Kit): string {
  return kit.cover.title.trim() || kit.name;
}

function pageTitleStyle(colors: Palette): ParagraphStyle {
  return { look: look('heading', 22, colors.primary, { bold: true }), lineHeight: 27, align: 'left', spaceBefore: 0, keepWithNext: true, keepTogether: true, balance: true };
}

function pageTitle(text: string, colors: Palette, where: string, outline = true): Block {
  return { kind: 'heading', role: 'H1', level: 1, outline, ...paragraph(text, pageTitleStyle(colors), colors, where) };
}

/** A short accent bar under a page title. */
function accentBar(colors: Palette): Block {
  return { kind: 'box', role: 'Artifact', box: { kind: 'rule', width: 42, thickness: 3, color: colors.accent }, spaceBefore: 10, keepWithNext: true };
}

/** A communiqué as the kit prints it: set in its own language, under the kit's running head and footer. */
function releaseSection(input: KitInput, item: Extract<KitItem, { type: 'release' }>, anchor: string, kitColors: Palette): { section: Section; entry: Entry } {
  const found = input.releases.find((r) => r.release.id === item.releaseId);
  if (!found) {
    throw new UserError('kit.releaseGone', { kit: input.kit.name });
  }
  const { repeat } = input.kit;
  // Unless the kit repeats them, the boilerplate and the contacts print once, on the kit's own pages.
  const release = repeat.boilerplate ? found.release : { ...found.release, boilerplate: false };
  const { blocks } = releaseBlocks({ release, contacts: repeat.contacts ? found.contacts : [], brand: input.brand, images: input.images, width: input.width });
  const label = [release.kind || LABELS[release.language].release, release.ref, longDay(release.date, release.language)].join(' · ');
  return {
    section: { language: release.language, blocks, anchor, counted: true, furniture: pageFurniture(input.brand, kitColors, input.kit.language, { left: kitTitle(input.kit), right: release.ref, fromPage: 1 }) },
    entry: { anchor, title: release.title, label, language: release.language, colors: palette(input.brand) },
  };
}

function aboutSection(input: KitInput, item: { title: string; body: RichText }, anchor: string, colors: Palette): { section: Section; entry: Entry } {
  const where = `the page « ${item.title} »`;
  const { language } = input.kit;
  return {
    section: {
      language,
      blocks: [pageTitle(item.title, colors, where), accentBar(colors), ...richTextBlocks(item.body, colors, where, 18)],
      anchor,
      counted: true,
      furniture: pageFurniture(input.brand, colors, language, { left: kitTitle(input.kit), right: item.title, fromPage: 1 }),
    },
    entry: { anchor, title: item.title, label: '', language, colors },
  };
}

function contactsSection(input: KitInput, contacts: readonly Contact[], anchor: string, colors: Palette): { section: Section; entry: Entry } {
  const { language } = input.kit;
  const title = LABELS[language].contacts;
  return {
    section: {
      language,
      blocks: [pageTitle(title, colors, 'the contacts page'), accentBar(colors), contactGrid(contacts, colors, language, input.width, input.brand.organisation, { first: 22, rows: 18 })],
      anchor,
      counted: true,
      furniture: pageFurniture(input.brand, colors, language, { left: kitTitle(input.kit), right: title, fromPage: 1 }),
    },
    entry: { anchor, title, label: '', language, colors },
  };
}

function photosSection(input: KitInput, item: Extract<KitItem, { type: 'photos' }>, anchor: string, colors: Palette): { section: Section; entry: Entry }[] {
  const { language } = input.kit;
  const title = item.title.trim() || PHOTOS_TITLE[language];
  const photos = kitPhotos(kitReleases(input), input.media, language);
  const grid = photoGrid(photos, colors, input.width, `the page « ${title} »`);
  if (!grid) return [];
  return [
    {
      section: {
        language,
        blocks: [pageTitle(title, colors, `the page « ${title} »`), accentBar(colors), grid],
        anchor,
        counted: true,
        furniture: pageFurniture(input.brand, colors, language, { left: kitTitle(input.kit), right: title, fromPage: 1 }),
      },
      entry: { anchor, title, label: '', language, colors },
    },
  ];
}

/** The kit's releases in the order of its items. */
function kitReleases(input: KitInput): Release[] {
  return input.kit.items.flatMap((item) => (item.type === 'release' ? input.releases.filter((r) => r.release.id === item.releaseId).map((r) => r.release) : []));
}

/** The contacts page's cards: the kit's own contacts, else every contact of its releases, each once. */
function pageContacts(input: KitInput): readonly Contact[] {
  if (input.contacts.length > 0) return input.contacts;
  const all = input.releases.flatMap((r) => r.contacts);
  return all.filter((contact, i) => all.findIndex((other) => other.id === contact.id) === i);
}

/**
 * What a kit that prints the boilerplate and contacts once, without an about or contacts page of its
 * own, prints at its end in their stead: the brand's boilerplate in the kit's language (when a release
 * would have printed one) and the releases' contacts.
 */
function closingPages(input: KitInput, colors: Palette, anchor: (n: number) => string): { section: Section; entry: Entry }[] {
  const { kit, brand } = input;
  const has = (type: KitItem['type']) => kit.items.some((item) => item.type === type);
  const pages: { section: Section; entry: Entry }[] = [];
  const boilerplate = brand.boilerplate[kit.language].trim();
  if (!kit.repeat.boilerplate && !has('about') && boilerplate && input.releases.some((r) => r.release.boilerplate)) {
    const body: RichText = boilerplate.split(/\n\s*\n/u).map((text) => ({ type: 'paragraph', content: [{ text }] }));
    pages.push(aboutSection(input, { title: brand.boilerplateTitle[kit.language] || LABELS[kit.language].about, body }, anchor(pages.length), colors));
  }
  const contacts = pageContacts(input);
  if (!kit.repeat.contacts && !has('contacts') && contacts.length > 0) pages.push(contactsSection(input, contacts, anchor(pages.length), colors));
  return pages;
}

const LOGO_HEIGHT = 48;
const LOGO_MAX_WIDTH = 200;

function text(value: string, style: ReturnType<typeof look>, lineHeight: number, width: number, align: 'left' | 'right', where: string, language?: Language): Box {
  return { kind: 'text', texts: [{ text: value, look: style, lineHeight }], width, align, where, ...(language ? { language } : {}) };
}

/** A name as a reader compares two: without accents, case or spaces ("MAKS 2019" and "maks  2019" are one). */
function folded(name: string): string {
  return name.normalize('NFD').replace(/\p{M}|\s/gu, '').toLocaleLowerCase();
}

/** The event's name, unless the cover's title already says it (a kit named after its event). */
function eventNameBesides(title: string, event: string): string {
  const name = folded(event);
  return name && !folded(title).includes(name) ? event : '';
}

/** The cover: logo or name, label, picture, a band of the brand's colour with the title and the event on it. */
function cover(input: KitInput, colors: Palette): Section {
  const { kit, brand, width } = input;
  const soft = mix(colors.white, colors.primary, 0.3);
  const { event } = kit;
  const eventName = eventNameBesides(kitTitle(kit), event.name);
  const where = [event.place, dateRange(event.startDate, event.endDate, kit.language)].filter(Boolean).join(' · ');
  const footer = [brand.organisation, brand.website.trim()].filter(Boolean).join(' · ');
  const mark: Box | undefined =
    brand.logo && input.images.has(brand.logo)
      ? { kind: 'image', image: brand.logo, maxWidth: LOGO_MAX_WIDTH, maxHeight: LOGO_HEIGHT }
      : brand.organisation
        ? text(brand.organisation, look('heading', 18, colors.primary, { bold: true }), 22, width * 0.6, 'left', 'the organisation name')
        : undefined;
  const block: Block = {
    kind: 'cover',
    role: 'Sect',
    ...(mark ? { mark } : {}),
    label: { box: text(LABELS[kit.language].pressKit.toLocaleUpperCase(kit.language), look('heading', 9, colors.accent, { bold: true }), 12, width * 0.4, 'right', 'the cover'), x: width * 0.6 },
    ...(kit.cover.image && input.images.has(kit.cover.image) ? { figure: kit.cover.image } : {}),
    band: colors.primary,
    edge: colors.accent,
    title: {
      kind: 'text',
      texts: [
        { text: kitTitle(kit), look: look('heading', 30, colors.white, { bold: true }), lineHeight: 36 },
        ...(kit.cover.subtitle ? [{ text: kit.cover.subtitle, look: look('heading', 15, soft), lineHeight: 20 }] : []),
      ],
      width,
      align: 'left',
      where: 'the cover title',
    },
    accent: colors.accent,
    event: {
      kind: 'text',
      texts: [...(eventName ? [{ text: eventName, look: look('heading', 13, colors.white, { bold: true }), lineHeight: 18 }] : []), ...(where ? [{ text: where, look: look('heading', 11.5, soft), lineHeight: 16 }] : [])],
      width,
      align: 'left',
      where: 'the cover',
    },
    ...(footer ? { foot: text(footer, look('heading', 9, soft), 12, width, 'left', 'the cover') } : {}),
  };
  return { language: kit.language, blocks: [block] };
}

const NUMBER_COLUMN = 44;

/** A contents entry: label, title and the page it starts on (which layout writes in), both linked; a rule under. */
function entryBlock(entry: Entry, width: number, spaceBefore: number): Block {
  const { colors, language } = entry;
  const href = `#${entry.anchor}`;
  const title = look('heading', 12, colors.text, { bold: true });
  const row: Box = {
    kind: 'row',
    children: [
      { box: { kind: 'text', texts: [{ text: entry.title, look: title, lineHeight: 16, href }], width: width - NUMBER_COLUMN - 12, align: 'left', where: 'the contents', language }, x: 0 },
      { box: { kind: 'text', texts: [{ text: { pageOf: entry.anchor }, look: look('heading', 12, colors.primary, { bold: true }), lineHeight: 16, href }], width: NUMBER_COLUMN, align: 'right', where: 'the contents', language }, x: width - NUMBER_COLUMN },
    ],
  };
  const box: Box = {
    kind: 'stack',
    children: [
      ...(entry.label ? [{ box: text(entry.label, look('heading', 8.5, colors.muted), 13, width - NUMBER_COLUMN, 'left', 'the contents', language) }] : []),
      { box: row, gap: entry.label ? 1 : 0 },
      { box: { kind: 'rule', width, thickness: 0.5, color: mix(colors.muted, colors.white, 0.5) }, gap: 9 },
    ],
  };
  return { kind: 'box', role: 'TOCI', box, spaceBefore };
}

function contents(input: KitInput, entries: readonly Entry[], colors: Palette): Section {
  const { kit, width } = input;
  return {
    language: kit.language,
    blocks: [
      pageTitle(LABELS[kit.language].contents, colors, 'the contents', false),
      accentBar(colors),
      { kind: 'group', role: 'TOC', blocks: entries.map((entry, i) => entryBlock(entry, width, i === 0 ? 22 : 10)) },
    ],
    furniture: pageFurniture(input.brand, colors, kit.language, { left: kitTitle(kit), fromPage: 1 }),
  };
}

/** The press kit as sections: cover, contents (whose page numbers layout resolves), then each item from a new page. */
export function kitBlocks(input: KitInput): DocumentTree {
  const { kit } = input;
  if (kit.items.length === 0) throw new UserError('kit.empty', { kit: kit.name });
  const colors = palette(input.brand);
  const items = kit.items.flatMap((item, index) => {
    const anchor = `item-${index + 1}`;
    if (item.type === 'release') return [releaseSection(input, item, anchor, colors)];
    if (item.type === 'about') return [aboutSection(input, item, anchor, colors)];
    if (item.type === 'photos') return photosSection(input, item, anchor, colors);
    const contacts = pageContacts(input);
    return contacts.length > 0 ? [contactsSection(input, contacts, anchor, colors)] : [];
  });
  const parts = [...items, ...closingPages(input, colors, (n) => `item-${kit.items.length + n + 1}`)];
  return {
    fonts: input.brand.fonts,
    sections: [cover(input, colors), contents(input, parts.map((p) => p.entry), colors), ...parts.map((p) => p.section)],
  };
}
