import { longDate, longDateTime } from '../../core/dates';
import { LABELS } from '../../core/language';
import type { Brand, Contact, Release } from '../../core/schema';
import { FOOTER_RESERVE, type LaidOutDocument } from '../layout/compose';
import { joinBlocks, solidBlock, type FlowBlock } from '../layout/flow';
import { frameWidth, type PageGeometry } from '../layout/geometry';
import { offset, type Drawable } from '../layout/types';
import { setParagraph, type Align, type Line } from '../text/paragraph';
import type { TextStyle } from '../text/style';
import { inlineSpans, paragraphBlock, plainBlock, richTextBlocks, type ParagraphLook } from './text-blocks';
import { baselineIn, makeTheme, style, type Theme } from './theme';

export interface ImageSize {
  width: number;
  height: number;
}

export interface ReleaseInput {
  release: Release;
  contacts: readonly Contact[];
  brand: Brand;
  /** Sizes of the images at hand, by name. */
  imageSizes: ReadonlyMap<string, ImageSize>;
  timeZone: string | undefined;
}

const LOGO_HEIGHT = 40;
const LOGO_MAX_WIDTH = 170;
const CARD_GAP = 18;
const LABEL_SIZE = 11;
const LABEL_LEADING = 15;

/** Lines of one short text set in a box, as drawables with their total height. */
function textStack(
  entries: readonly { text: string; style: TextStyle; lineHeight: number }[],
  theme: Theme,
  width: number,
  align: Align,
  where: string,
): { drawables: Drawable[]; height: number } {
  const drawables: Drawable[] = [];
  let y = 0;
  for (const entry of entries) {
    const lines = setParagraph({ spans: [{ text: entry.text, style: entry.style }], language: theme.language, width, align, hyphenate: false, where });
    for (const line of lines) {
      drawables.push({ kind: 'text', x: 0, baseline: y + baselineIn(entry.lineHeight, entry.style.font, entry.style.size), line });
      y += entry.lineHeight;
    }
  }
  return { drawables, height: y };
}

/** The offset of an ISO instant as an IANA zone, so an embargo prints in the time it was written in. */
function zoneOf(instant: string): string {
  const match = /([+-])(\d{2}):(\d{2})$/.exec(instant);
  if (!match || match[3] !== '00') return 'UTC';
  const hours = Number(match[2]);
  if (hours === 0) return 'UTC';
  return `Etc/GMT${match[1] === '+' ? '-' : '+'}${hours}`;
}

function headerBlock(input: ReleaseInput, theme: Theme, width: number): FlowBlock {
  const { release, brand } = input;
  const labels = LABELS[release.language];
  const c = theme.colors;
  const h = theme.heading;
  const date = longDate(release.date, release.language);
  const right = textStack(
    [
      { text: release.kind || labels.release, style: style(h.bold, LABEL_SIZE, c.primary), lineHeight: LABEL_LEADING },
      { text: release.place ? `${release.place}, ${date}` : date, style: style(h.regular, 9.5, c.text), lineHeight: 13 },
      { text: release.ref, style: style(h.regular, 9.5, c.muted), lineHeight: 13 },
    ],
    theme,
    width * 0.5,
    'right',
    'the header',
  );
  const drawables: Drawable[] = offset(right.drawables, width * 0.5, 0);
  let leftHeight = 0;
  const logo = brand.logo ? input.imageSizes.get(brand.logo) : undefined;
  if (brand.logo && logo) {
    const scale = Math.min(LOGO_HEIGHT / logo.height, LOGO_MAX_WIDTH / logo.width);
    drawables.push({ kind: 'image', image: brand.logo, x: 0, y: 0, width: logo.width * scale, height: logo.height * scale });
    leftHeight = logo.height * scale;
  } else if (brand.organisation) {
    const name = textStack([{ text: brand.organisation, style: style(h.bold, 15, c.primary), lineHeight: 18 }], theme, width * 0.45, 'left', 'the organisation name');
    // Sit the name on the same baseline as the label opposite.
    const rise = baselineIn(18, h.bold, 15) - baselineIn(LABEL_LEADING, h.bold, LABEL_SIZE);
    drawables.push(...offset(name.drawables, 0, -rise));
    leftHeight = name.height - rise;
  }
  const height = Math.max(leftHeight, right.height) + 10;
  drawables.push({ kind: 'rule', x: 0, y: height, width, thickness: 1.2, color: c.primary });
  return solidBlock(height + 1.2, drawables, 0);
}

function embargoBlock(input: ReleaseInput, theme: Theme, width: number): FlowBlock | undefined {
  const { embargo, language } = input.release;
  if (!embargo) return undefined;
  const when = longDateTime(embargo, language, input.timeZone ?? zoneOf(embargo));
  const pad = 7;
  const text = textStack(
    [{ text: `${LABELS[language].embargo} ${when}`, style: style(theme.heading.bold, 9.5, theme.colors.white), lineHeight: 13 }],
    theme,
    width - 2 * pad,
    'left',
    'the embargo',
  );
  const height = text.height + 2 * pad;
  return solidBlock(height, [{ kind: 'rect', x: 0, y: 0, width, height, fill: theme.colors.accent }, ...offset(text.drawables, pad, pad)], 16, true);
}

function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/gu, '')}`;
}

function contactCard(contact: Contact, input: ReleaseInput, theme: Theme, width: number): { drawables: Drawable[]; height: number } {
  const h = theme.heading;
  const c = theme.colors;
  const labels = LABELS[input.release.language];
  const pad = 10;
  const entries = [
    { text: contact.name, style: style(h.bold, 10, c.text), lineHeight: 14 },
    ...(contact.role ? [{ text: contact.role, style: style(h.regular, 9, c.muted), lineHeight: 12.5 }] : []),
    ...(contact.organisation && contact.organisation !== input.brand.organisation ? [{ text: contact.organisation, style: style(h.regular, 9, c.muted), lineHeight: 12.5 }] : []),
    ...contact.phones.map((phone) => ({
      text: `${phone.label || labels.tel} ${phone.number}`,
      style: style(h.regular, 9, c.text, telHref(phone.number)),
      lineHeight: 12.5,
    })),
    { text: contact.email, style: style(h.regular, 9, c.primary, `mailto:${contact.email}`), lineHeight: 12.5 },
  ];
  const stack = textStack(entries, theme, width - pad, 'left', `the contact card of ${contact.name}`);
  const height = stack.height + 4;
  return { drawables: [{ kind: 'rect', x: 0, y: 0, width: 2, height, fill: c.accent }, ...offset(stack.drawables, pad, 2)], height };
}

function contactBlocks(input: ReleaseInput, theme: Theme, width: number): FlowBlock[] {
  if (input.contacts.length === 0) return [];
  const heading: ParagraphLook = { faces: theme.heading, bold: true, size: 11, lineHeight: 15, color: theme.colors.primary, align: 'left', spaceBefore: 22, keepWithNext: true, keepTogether: true };
  const blocks = [plainBlock(LABELS[input.release.language].contacts.toLocaleUpperCase(input.release.language), heading, theme, { x: 0, width, where: 'the contacts heading' })];
  const cardWidth = (width - CARD_GAP) / 2;
  for (let i = 0; i < input.contacts.length; i += 2) {
    const row = input.contacts.slice(i, i + 2).map((contact) => contactCard(contact, input, theme, cardWidth));
    const drawables = row.flatMap((card, j) => offset(card.drawables, j * (cardWidth + CARD_GAP), 0));
    blocks.push(solidBlock(Math.max(...row.map((card) => card.height)), drawables, i === 0 ? 6 : 12));
  }
  return blocks;
}

function aboutBlocks(input: ReleaseInput, theme: Theme, width: number): FlowBlock[] {
  const { release, brand } = input;
  const text = brand.boilerplate[release.language].trim();
  if (!release.boilerplate || !text) return [];
  const c = theme.colors;
  const title: ParagraphLook = { faces: theme.heading, bold: true, size: 10, lineHeight: 14, color: c.primary, align: 'left', spaceBefore: 20, keepWithNext: true, keepTogether: true };
  const body: ParagraphLook = { faces: theme.body, size: 9, lineHeight: 13, color: c.text, align: 'justify', spaceBefore: 4 };
  const labels = LABELS[release.language];
  return [
    plainBlock(brand.organisation ? `${labels.about} ${brand.organisation}` : labels.about, title, theme, { x: 0, width, where: 'the About heading' }),
    ...text.split(/\n\s*\n/u).map((paragraph) => plainBlock(paragraph, body, theme, { x: 0, width, where: 'the About text' })),
  ];
}

function oneLine(text: string, textStyle: TextStyle, width: number, align: Align, language: ReleaseInput['release']['language']): Line[] {
  return setParagraph({ spans: [{ text, style: textStyle }], language, width, align, hyphenate: false, where: 'the footer' }).slice(0, 1);
}

/** Footer on every page (website, "page N / M"); from the second page on, a running head with the reference. */
function furniture(input: ReleaseInput, theme: Theme, g: PageGeometry): LaidOutDocument['furniture'] {
  const { brand, release } = input;
  const language = release.language;
  const labels = LABELS[language];
  const c = theme.colors;
  const width = frameWidth(g);
  const x = g.margins.left;
  const small = style(theme.heading.regular, 8, c.muted);
  const website = brand.website.trim();
  const websiteHref = website ? `https://${website.replace(/^https?:\/\//u, '')}` : undefined;
  const leftSpans = [
    ...(brand.footerText ? [{ text: website ? `${brand.footerText} · ` : brand.footerText, style: small }] : []),
    ...(website ? [{ text: website, style: style(theme.heading.bold, 8, c.primary, websiteHref) }] : []),
  ];
  const left = setParagraph({ spans: leftSpans, language, width: width * 0.75, align: 'left', hyphenate: false, where: 'the footer' }).slice(0, 1);
  const top = g.height - g.margins.bottom - FOOTER_RESERVE + 12;
  const baseline = top + 6 + baselineIn(11, theme.heading.regular, 8);
  const head = oneLine(`${release.kind || labels.release} · ${release.ref}`, small, width, 'right', language);
  const headBaseline = g.margins.top - 12;
  return (page, count, pageInDocument) => [
    ...(pageInDocument > 1 ? head.map((line): Drawable => ({ kind: 'text', x, baseline: headBaseline, line })) : []),
    { kind: 'rule', x, y: top, width, thickness: 0.5, color: c.muted },
    ...left.map((line): Drawable => ({ kind: 'text', x, baseline, line })),
    ...oneLine(`${labels.page} ${page} / ${count}`, small, width * 0.25, 'right', language).map((line): Drawable => ({ kind: 'text', x: x + width * 0.75, baseline, line })),
  ];
}

/** The communiqué as a flow of blocks plus its footer. */
export function layOutRelease(input: ReleaseInput, g: PageGeometry): LaidOutDocument {
  const { release } = input;
  const theme = makeTheme(input.brand, release.language);
  const width = frameWidth(g);
  const c = theme.colors;
  const title: ParagraphLook = { faces: theme.heading, bold: true, size: 20, lineHeight: 25, color: c.primary, align: 'left', spaceBefore: 18, keepWithNext: true, keepTogether: true, balance: true, outline: 1 };
  const subtitle: ParagraphLook = { faces: theme.heading, size: 13, lineHeight: 17, color: c.text, align: 'left', spaceBefore: 6, keepWithNext: true, keepTogether: true, balance: true };
  const lead: ParagraphLook = { faces: theme.body, bold: true, size: 11, lineHeight: 16, color: c.text, align: 'justify', spaceBefore: 14 };
  const full = { x: 0, width };
  const embargo = embargoBlock(input, theme, width);
  const body = richTextBlocks(release.body, theme, 0, width, 'the body');
  const opening = body[0]?.items[0];
  if (opening && !release.lead) opening.spaceBefore = Math.max(opening.spaceBefore, 14);
  const blocks: FlowBlock[] = [
    headerBlock(input, theme, width),
    ...(embargo ? [embargo] : []),
    plainBlock(release.title, { ...title, spaceBefore: embargo ? 12 : title.spaceBefore }, theme, { ...full, where: 'the title' }),
    ...(release.subtitle ? [plainBlock(release.subtitle, subtitle, theme, { ...full, where: 'the subtitle' })] : []),
    ...(release.lead ? [paragraphBlock(inlineSpans([{ text: release.lead }], lead, theme), lead, theme, { ...full, where: 'the lead' })] : []),
    ...body,
    ...aboutBlocks(input, theme, width),
    ...contactBlocks(input, theme, width),
  ];
  return { flow: joinBlocks(blocks), furniture: furniture(input, theme, g) };
}
