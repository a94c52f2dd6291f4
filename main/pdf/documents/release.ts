import { embargoLine, immediateReleaseLine } from '../../core/embargo';
import { LABELS } from '../../core/language';
import type { Brand, Contact, Release } from '../../core/schema';
import type { Block, Box, Furniture } from '../blocks';
import { contactGrid } from './contact-card';
import { longDay } from './date-range';
import { pageFurniture } from './furniture';
import { palette, type Palette } from './palette';
import { look, paragraph, richTextBlocks, type ParagraphStyle } from './rich-text';

export interface ReleaseInput {
  release: Release;
  contacts: readonly Contact[];
  brand: Brand;
  /** The names of the images at hand. */
  images: ReadonlySet<string>;
  /** The text column's width, in points. */
  width: number;
}

/** The communiqué's flow, and the furniture it has when printed on its own. */
export interface ReleaseBlocks {
  blocks: Block[];
  furniture: Furniture;
}

const LOGO_HEIGHT = 40;
const LOGO_MAX_WIDTH = 170;

/** The logo (or the organisation's name on the baseline of the label opposite), kind, place and date, reference; a rule under. */
function header(input: ReleaseInput, colors: Palette): Block {
  const { release, brand, width } = input;
  const labels = LABELS[release.language];
  const date = longDay(release.date, release.language);
  const details = look('heading', 9.5, colors.text);
  const right: Box = {
    kind: 'text',
    texts: [
      { text: release.kind || labels.release, look: look('heading', 11, colors.primary, { bold: true }), lineHeight: 15 },
      { text: release.place ? `${release.place}, ${date}` : date, look: details, lineHeight: 13 },
      { text: release.ref, look: look('heading', 9.5, colors.muted), lineHeight: 13 },
    ],
    width: width * 0.5,
    align: 'right',
    where: 'the header',
  };
  const mark: { box: Box; x: number; baselineOf?: number }[] =
    brand.logo && input.images.has(brand.logo)
      ? [{ box: { kind: 'image', image: brand.logo, maxWidth: LOGO_MAX_WIDTH, maxHeight: LOGO_HEIGHT }, x: 0 }]
      : brand.organisation
        ? [{ box: { kind: 'text', texts: [{ text: brand.organisation, look: look('heading', 15, colors.primary, { bold: true }), lineHeight: 18 }], width: width * 0.45, align: 'left', where: 'the organisation name' }, x: 0, baselineOf: 0 }]
        : [];
  const box: Box = {
    kind: 'stack',
    children: [{ box: { kind: 'row', children: [{ box: right, x: width * 0.5 }, ...mark] } }, { box: { kind: 'rule', width, thickness: 1.2, color: colors.primary }, gap: 10 }],
  };
  return { kind: 'box', role: 'Sect', box, spaceBefore: 0 };
}

/**
 * The embargo's banner, in the release's language and the embargo's zone; without an embargo, "For
 * immediate release" where the brand asks for it, else none.
 */
function embargo(input: ReleaseInput, colors: Palette): Block | undefined {
  const { embargo: until, language } = input.release;
  if (!until && !input.brand.immediateRelease) return undefined;
  const pad = 7;
  const text: Box = {
    kind: 'text',
    texts: [{ text: until ? embargoLine(until, language) : immediateReleaseLine(language), look: look('heading', 9.5, colors.white, { bold: true }), lineHeight: 13 }],
    width: input.width - 2 * pad,
    align: 'left',
    where: 'the embargo',
  };
  return { kind: 'box', role: 'P', box: { kind: 'panel', width: input.width, fill: colors.accent, padding: { top: pad, left: pad, bottom: pad }, child: text }, spaceBefore: 16, keepWithNext: true };
}

function contacts(input: ReleaseInput, colors: Palette): Block[] {
  if (input.contacts.length === 0) return [];
  const { language } = input.release;
  const heading: ParagraphStyle = { look: look('heading', 11, colors.primary, { bold: true }), lineHeight: 15, align: 'left', spaceBefore: 22, keepWithNext: true, keepTogether: true, closing: true };
  return [
    { kind: 'heading', role: 'H2', level: 2, outline: false, ...paragraph(LABELS[language].contacts.toLocaleUpperCase(language), heading, colors, 'the contacts heading') },
    { ...contactGrid(input.contacts, colors, language, input.width, input.brand.organisation, { first: 6, rows: 12 }), closing: true },
  ];
}

function about(input: ReleaseInput, colors: Palette): Block[] {
  const { release, brand } = input;
  const text = brand.boilerplate[release.language].trim();
  if (!release.boilerplate || !text) return [];
  const title: ParagraphStyle = { look: look('heading', 10, colors.primary, { bold: true }), lineHeight: 14, align: 'left', spaceBefore: 20, keepWithNext: true, keepTogether: true, closing: true };
  const body: ParagraphStyle = { look: look('body', 9, colors.text), lineHeight: 13, align: 'justify', spaceBefore: 4, closing: true };
  return [
    { kind: 'heading', role: 'H2', level: 2, outline: false, ...paragraph(brand.boilerplateTitle[release.language] || LABELS[release.language].about, title, colors, 'the About heading') },
    ...text.split(/\n\s*\n/u).map((p): Block => ({ kind: 'paragraph', role: 'P', ...paragraph(p, body, colors, 'the About text') })),
  ];
}

/** The communiqué as blocks: header, embargo, title, subtitle, lead, body, boilerplate, contacts. */
export function releaseBlocks(input: ReleaseInput): ReleaseBlocks {
  const { release } = input;
  const colors = palette(input.brand);
  const banner = embargo(input, colors);
  const title: ParagraphStyle = { look: look('heading', 20, colors.primary, { bold: true }), lineHeight: 25, align: 'left', spaceBefore: banner ? 12 : 18, keepWithNext: true, keepTogether: true, balance: true };
  const subtitle: ParagraphStyle = { look: look('heading', 13, colors.text), lineHeight: 17, align: 'left', spaceBefore: 6, keepWithNext: true, keepTogether: true, balance: true };
  const lead: ParagraphStyle = { look: look('body', 11, colors.text, { bold: true }), lineHeight: 16, align: 'justify', spaceBefore: 14 };
  const blocks: Block[] = [
    header(input, colors),
    ...(banner ? [banner] : []),
    { kind: 'heading', role: 'H1', level: 1, outline: true, ...paragraph(release.title, title, colors, 'the title') },
    ...(release.subtitle ? [{ kind: 'paragraph', role: 'P', ...paragraph(release.subtitle, subtitle, colors, 'the subtitle') } as const] : []),
    ...(release.lead ? [{ kind: 'paragraph', role: 'P', ...paragraph(release.lead, lead, colors, 'the lead') } as const] : []),
    ...richTextBlocks(release.body, colors, 'the body', release.lead ? 0 : 14),
    ...about(input, colors),
    ...contacts(input, colors),
  ];
  const labels = LABELS[release.language];
  return { blocks, furniture: pageFurniture(input.brand, colors, release.language, { right: `${release.kind || labels.release} · ${release.ref}`, fromPage: 2 }) };
}
