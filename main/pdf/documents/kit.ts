import { UserError } from '../../core/errors';
import { LABELS } from '../../core/language';
import type { Brand, Contact, Kit, KitItem, Release } from '../../core/schema';
import { assemblePages, FOOTER_RESERVE, frameHeight, paginateDocument, type Composition, type LaidOutDocument, type PaginatedDocument } from '../layout/compose';
import { joinBlocks, solidBlock, type FlowBlock } from '../layout/flow';
import { frameWidth, type PageGeometry } from '../layout/geometry';
import { offset, type FrameItem } from '../frame';
import type { FlowItem } from '../layout/types';
import type { RenderProgress } from '../progress';
import { contactRows } from './contact-card';
import { dateRange, longDay } from './date-range';
import { pageFurniture } from './furniture';
import { layOutRelease } from './release';
import { fitImage, type ImageSize } from './fit-image';
import { plainBlock, richTextBlocks, type ParagraphLook } from './text-blocks';
import { textStack } from './text-stack';
import { makeTheme, mix, style, type Theme } from './theme';

export interface KitInput {
  kit: Kit;
  /** The kit's releases with their contacts, found by id from the kit's items. */
  releases: readonly { release: Release; contacts: readonly Contact[] }[];
  /** The contacts page, in order. */
  contacts: readonly Contact[];
  brand: Brand;
  imageSizes: ReadonlyMap<string, ImageSize>;
  timeZone: string | undefined;
}

/** A contents entry: where it leads, what it says. */
interface Entry {
  anchor: string;
  title: string;
  /** A line above the title: the communiqué's kind, reference and date. */
  label: string;
  /** The theme of the entry's own language (a kit may hold releases in other languages). */
  theme: Theme;
}

interface Section {
  entry: Entry;
  doc: LaidOutDocument;
}

export function kitTitle(kit: Kit): string {
  return kit.cover.title.trim() || kit.name;
}

function withAnchor(flow: FlowItem[], anchor: string): FlowItem[] {
  const [first, ...rest] = flow;
  return first ? [{ ...first, anchor }, ...rest] : flow;
}

function pageTitleLook(theme: Theme): ParagraphLook {
  return { faces: theme.heading, bold: true, size: 22, lineHeight: 27, color: theme.colors.primary, align: 'left', spaceBefore: 0, keepWithNext: true, keepTogether: true, balance: true, outline: 1 };
}

/** A short accent bar under a page title. */
function accentBar(theme: Theme): FlowBlock {
  return solidBlock(3, [{ kind: 'rect', x: 0, y: 0, width: 42, height: 3, fill: theme.colors.accent }], 10, true);
}

/** A communiqué as the kit prints it: set in its own language, under the kit's running head and footer. */
function releaseSection(input: KitInput, item: Extract<KitItem, { type: 'release' }>, anchor: string, kitTheme: Theme, g: PageGeometry): Section {
  const found = input.releases.find((r) => r.release.id === item.releaseId);
  if (!found) {
    throw new UserError(`The kit « ${input.kit.name} » lists a release that is no longer in the archive; remove it from the kit and export again.`);
  }
  const { release } = found;
  const theme = makeTheme(input.brand, release.language);
  const laidOut = layOutRelease({ release, contacts: found.contacts, brand: input.brand, imageSizes: input.imageSizes, timeZone: input.timeZone }, g);
  const label = [release.kind || LABELS[release.language].release, release.ref, longDay(release.date, release.language)].join(' · ');
  return {
    entry: { anchor, title: release.title, label, theme },
    doc: { flow: withAnchor(laidOut.flow, anchor), furniture: pageFurniture(input.brand, kitTheme, g, { left: kitTitle(input.kit), right: release.ref, fromPage: 1 }) },
  };
}

function aboutSection(input: KitInput, item: Extract<KitItem, { type: 'about' }>, anchor: string, theme: Theme, g: PageGeometry): Section {
  const width = frameWidth(g);
  const where = `the page « ${item.title} »`;
  const blocks = [plainBlock(item.title, pageTitleLook(theme), theme, { x: 0, width, where }), accentBar(theme), ...richTextBlocks(item.body, theme, 0, width, where)];
  const first = blocks[2]?.items[0];
  if (first) first.spaceBefore = Math.max(first.spaceBefore, 18);
  return {
    entry: { anchor, title: item.title, label: '', theme },
    doc: { flow: withAnchor(joinBlocks(blocks), anchor), furniture: pageFurniture(input.brand, theme, g, { left: kitTitle(input.kit), right: item.title, fromPage: 1 }) },
  };
}

function contactsSection(input: KitInput, anchor: string, theme: Theme, g: PageGeometry): Section {
  const width = frameWidth(g);
  const title = LABELS[theme.language].contacts;
  const rows = contactRows(input.contacts, theme, width, input.brand.organisation, 18);
  const firstRow = rows[0]?.items[0];
  if (firstRow) firstRow.spaceBefore = 22;
  const blocks = [plainBlock(title, pageTitleLook(theme), theme, { x: 0, width, where: 'the contacts page' }), accentBar(theme), ...rows];
  return {
    entry: { anchor, title, label: '', theme },
    doc: { flow: withAnchor(joinBlocks(blocks), anchor), furniture: pageFurniture(input.brand, theme, g, { left: kitTitle(input.kit), right: title, fromPage: 1 }) },
  };
}

const LOGO_HEIGHT = 48;
const LOGO_MAX_WIDTH = 200;

/** The cover, drawn in frame coordinates; its band of colour runs into the bleed on three sides. */
function coverDocument(input: KitInput, theme: Theme, g: PageGeometry): LaidOutDocument {
  const { kit, brand } = input;
  const c = theme.colors;
  const h = theme.heading;
  const width = frameWidth(g);
  const drawables: FrameItem[] = [];
  let logoBottom = 0;
  const logo = brand.logo ? input.imageSizes.get(brand.logo) : undefined;
  if (brand.logo && logo) {
    const mark = fitImage(brand.logo, logo, LOGO_MAX_WIDTH, LOGO_HEIGHT);
    drawables.push(mark);
    logoBottom = mark.height;
  } else if (brand.organisation) {
    const name = textStack([{ text: brand.organisation, style: style(h.bold, 18, c.primary), lineHeight: 22 }], theme, width * 0.6, 'left', 'the organisation name');
    drawables.push(...name.drawables);
    logoBottom = name.height;
  }
  const label = textStack([{ text: LABELS[kit.language].pressKit.toLocaleUpperCase(kit.language), style: style(h.bold, 9, c.accent), lineHeight: 12 }], theme, width * 0.4, 'right', 'the cover');
  drawables.push(...offset(label.drawables, width * 0.6, 0));

  const image = kit.cover.image ? input.imageSizes.get(kit.cover.image) : undefined;
  const pageBottom = g.height - g.margins.top;
  const bandTop = (image ? 0.58 : 0.42) * g.height - g.margins.top;
  if (kit.cover.image && image) {
    const top = logoBottom + 28;
    const room = { width, height: bandTop - 28 - top };
    const scale = Math.min(room.width / image.width, room.height / image.height);
    const w = image.width * scale;
    const ih = image.height * scale;
    drawables.push({ kind: 'image', image: kit.cover.image, x: (width - w) / 2, y: top + (room.height - ih) / 2, width: w, height: ih });
  }
  drawables.push({ kind: 'rect', x: -g.margins.left - g.bleed, y: bandTop, width: g.width + 2 * g.bleed, height: pageBottom - bandTop + g.bleed, fill: c.primary });
  drawables.push({ kind: 'rect', x: -g.margins.left - g.bleed, y: bandTop, width: g.width + 2 * g.bleed, height: 4, fill: c.accent });

  const soft = mix(c.white, c.primary, 0.3);
  const { event } = kit;
  const dates = dateRange(event.startDate, event.endDate, kit.language);
  const where = [event.place, dates].filter(Boolean).join(' · ');
  const title = textStack(
    [
      { text: kitTitle(kit), style: style(h.bold, 30, c.white), lineHeight: 36 },
      ...(kit.cover.subtitle ? [{ text: kit.cover.subtitle, style: style(h.regular, 15, soft), lineHeight: 20 }] : []),
    ],
    theme,
    width,
    'left',
    'the cover title',
  );
  let y = bandTop + 52;
  drawables.push(...offset(title.drawables, 0, y));
  y += title.height + 22;
  drawables.push({ kind: 'rect', x: 0, y, width: 42, height: 3, fill: c.accent });
  y += 20;
  const eventStack = textStack(
    [
      ...(event.name ? [{ text: event.name, style: style(h.bold, 13, c.white), lineHeight: 18 }] : []),
      ...(where ? [{ text: where, style: style(h.regular, 11.5, soft), lineHeight: 16 }] : []),
    ],
    theme,
    width,
    'left',
    'the cover',
  );
  drawables.push(...offset(eventStack.drawables, 0, y));
  const footer = [brand.organisation, brand.website.trim()].filter(Boolean).join(' · ');
  if (footer) {
    const foot = textStack([{ text: footer, style: style(h.regular, 9, soft), lineHeight: 12 }], theme, width, 'left', 'the cover');
    drawables.push(...offset(foot.drawables, 0, frameHeight(g) + FOOTER_RESERVE - foot.height));
  }
  return { flow: [{ height: 1, spaceBefore: 0, breakBefore: true, drawables }], furniture: () => [] };
}

const NUMBER_COLUMN = 44;

function entryBlock(entry: Entry, page: number, width: number): FlowBlock {
  const { theme } = entry;
  const c = theme.colors;
  const h = theme.heading;
  const href = `#${entry.anchor}`;
  const label = entry.label ? textStack([{ text: entry.label, style: style(h.regular, 8.5, c.muted), lineHeight: 13 }], theme, width - NUMBER_COLUMN, 'left', 'the contents') : undefined;
  const top = label ? label.height + 1 : 0;
  const title = textStack([{ text: entry.title, style: style(h.bold, 12, c.text, href), lineHeight: 16 }], theme, width - NUMBER_COLUMN - 12, 'left', 'the contents');
  const number = textStack([{ text: String(page), style: style(h.bold, 12, c.primary, href), lineHeight: 16 }], theme, NUMBER_COLUMN, 'right', 'the contents');
  const ruleY = top + title.height + 9;
  return solidBlock(
    ruleY + 0.5,
    [...(label?.drawables ?? []), ...offset(title.drawables, 0, top), ...offset(number.drawables, width - NUMBER_COLUMN, top), { kind: 'rule', x: 0, y: ruleY, width, thickness: 0.5, color: mix(c.muted, c.white, 0.5) }],
    10,
  );
}

function contentsDocument(input: KitInput, entries: readonly Entry[], pages: readonly number[], theme: Theme, g: PageGeometry): LaidOutDocument {
  const width = frameWidth(g);
  const title = LABELS[theme.language].contents;
  const blocks = [plainBlock(title, { ...pageTitleLook(theme), outline: undefined }, theme, { x: 0, width, where: 'the contents' }), accentBar(theme)];
  entries.forEach((entry, i) => blocks.push(entryBlock(entry, pages[i] ?? 0, width)));
  const firstEntry = blocks[2]?.items[0];
  if (firstEntry) firstEntry.spaceBefore = 22;
  return { flow: joinBlocks(blocks), furniture: pageFurniture(input.brand, theme, g, { left: kitTitle(input.kit), fromPage: 1 }) };
}

/** Page numbers (from 1) where each section starts, after the cover and the contents. */
function sectionStarts(sections: readonly PaginatedDocument[], before: number): number[] {
  const starts: number[] = [];
  let page = before + 1;
  for (const section of sections) {
    starts.push(page);
    page += section.pages.length;
  }
  return starts;
}

/**
 * The press kit as pages: cover, contents, then each item from a new page. The contents' page numbers
 * are known only once everything is paginated, so the contents are set a second time with them (their
 * length does not depend on the numbers, which sit in a column of their own).
 */
export async function composeKit(input: KitInput, g: PageGeometry, step: (p: RenderProgress) => Promise<void>): Promise<Composition> {
  const { kit } = input;
  if (kit.items.length === 0) throw new UserError(`The kit « ${kit.name} » is empty: add releases to it before exporting.`);
  const theme = makeTheme(input.brand, kit.language);
  const total = kit.items.length;
  const sections: PaginatedDocument[] = [];
  const entries: Entry[] = [];
  for (const [index, item] of kit.items.entries()) {
    await step({ phase: 'layout', done: index, total });
    const anchor = `item-${index + 1}`;
    let section: Section | undefined;
    if (item.type === 'release') section = releaseSection(input, item, anchor, theme, g);
    else if (item.type === 'about') section = aboutSection(input, item, anchor, theme, g);
    else if (input.contacts.length > 0) section = contactsSection(input, anchor, theme, g);
    if (section) {
      sections.push(paginateDocument(section.doc, g));
      entries.push(section.entry);
    }
  }
  await step({ phase: 'layout', done: total, total });
  const cover = paginateDocument(coverDocument(input, theme, g), g);
  let contents = paginateDocument(contentsDocument(input, entries, [], theme, g), g);
  for (;;) {
    const starts = sectionStarts(sections, cover.pages.length + contents.pages.length);
    const numbered = paginateDocument(contentsDocument(input, entries, starts, theme, g), g);
    const settled = numbered.pages.length === contents.pages.length;
    contents = numbered;
    if (settled) break;
  }
  return assemblePages([cover, contents, ...sections], g);
}
