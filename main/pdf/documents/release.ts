import { longDateTime } from '../../core/dates';
import { LABELS } from '../../core/language';
import type { Brand, Contact, Release } from '../../core/schema';
import type { LaidOutDocument } from '../layout/compose';
import { joinBlocks, solidBlock, type FlowBlock } from '../layout/flow';
import { frameWidth, type PageGeometry } from '../layout/geometry';
import { offset, type FrameItem } from '../frame';
import { contactRows } from './contact-card';
import { fitImage, type ImageSize } from './fit-image';
import { longDay } from './date-range';
import { pageFurniture } from './furniture';
import { textStack } from './text-stack';
import { inlineSpans, paragraphBlock, plainBlock, richTextBlocks, type ParagraphLook } from './text-blocks';
import { baselineIn, makeTheme, style, type Theme } from './theme';

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
const LABEL_SIZE = 11;
const LABEL_LEADING = 15;

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
  const date = longDay(release.date, release.language);
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
  const drawables: FrameItem[] = offset(right.drawables, width * 0.5, 0);
  let leftHeight = 0;
  const logo = brand.logo ? input.imageSizes.get(brand.logo) : undefined;
  if (brand.logo && logo) {
    const mark = fitImage(brand.logo, logo, LOGO_MAX_WIDTH, LOGO_HEIGHT);
    drawables.push(mark);
    leftHeight = mark.height;
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

function contactBlocks(input: ReleaseInput, theme: Theme, width: number): FlowBlock[] {
  if (input.contacts.length === 0) return [];
  const heading: ParagraphLook = { faces: theme.heading, bold: true, size: 11, lineHeight: 15, color: theme.colors.primary, align: 'left', spaceBefore: 22, keepWithNext: true, keepTogether: true };
  return [
    plainBlock(LABELS[input.release.language].contacts.toLocaleUpperCase(input.release.language), heading, theme, { x: 0, width, where: 'the contacts heading' }),
    ...contactRows(input.contacts, theme, width, input.brand.organisation),
  ];
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
    plainBlock(brand.boilerplateTitle[release.language] || labels.about, title, theme, { x: 0, width, where: 'the About heading' }),
    ...text.split(/\n\s*\n/u).map((paragraph) => plainBlock(paragraph, body, theme, { x: 0, width, where: 'the About text' })),
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
  const labels = LABELS[release.language];
  return { flow: joinBlocks(blocks), furniture: pageFurniture(input.brand, theme, g, { right: `${release.kind || labels.release} · ${release.ref}`, fromPage: 2 }) };
}
