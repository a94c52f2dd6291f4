import type { Language } from '../core/language';
import type { FigureWidth } from '../core/schema';
import type { Align, Rgb, Role } from './frame';

export type { Align, Rgb, Role } from './frame';

/**
 * Blocks: what documents declare and layout sets. Plain data, in points, with no fonts and no lines:
 * a look names a family by its role in the brand ('body', 'heading'), and layout resolves the face.
 */

/** Points per millimetre: blocks measure in points. */
export const MM = 72 / 25.4;

/** How a text looks: the brand's family for its role, weight, style, size and colour. */
export interface TextLook {
  family: 'body' | 'heading';
  bold?: boolean;
  italic?: boolean;
  size: number;
  color: Rgb;
}

/** A run of text in a paragraph; what it leaves unset comes from the paragraph's look. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  color?: Rgb;
  /** A link: https:, mailto:, tel:, or `#anchor` inside the document. */
  href?: string;
}

/** A text that layout writes in: the number of the page an anchor lands on. */
export interface PageOf {
  pageOf: string;
}

/** One short text of a stack of texts (a name, a role, a phone number), each set on its own lines. */
export interface StackedText {
  text: string | PageOf;
  look: TextLook;
  lineHeight: number;
  href?: string;
}

/** A paragraph of running text. */
export interface ParagraphSpec {
  runs: Run[];
  look: TextLook;
  lineHeight: number;
  align: Align;
  /** Space above the first line, dropped at the top of a page. */
  spaceBefore: number;
  /** Hyphenate (by default, when justified). */
  hyphenate?: boolean;
  keepWithNext?: boolean;
  /** All lines on one page (titles, headings). */
  keepTogether?: boolean;
  /** Even out the lines of a ragged title, so that it does not end with a lone word. */
  balance?: boolean;
  /** Indent from the column's left edge. */
  indent?: number;
  /** Closing matter (the boilerplate, the contacts): a page never holds it alone, lines of the text before come with it. */
  closing?: boolean;
  /** Where the text comes from, for a refusal: "the title", "paragraph 3 of the body". */
  where: string;
}

/** Boxes: fixed arrangements inside a block (a card, a banner, the contents' entries), never split. */
export type Box =
  /** Short texts one under the other, in the section's language unless it says its own. */
  | { kind: 'text'; texts: StackedText[]; width: number; align: Align; where: string; language?: Language }
  /** A picture as large as fits, proportions kept; nothing when the image is not at hand. */
  | { kind: 'image'; image: string; maxWidth: number; maxHeight: number }
  | { kind: 'rule'; width: number; thickness: number; color: Rgb }
  /** A QR code: `modules[row][column]` dark or light, each module `module` points square. */
  | { kind: 'qr'; module: number; modules: readonly (readonly boolean[])[] }
  /** Boxes one under the other, each `gap` below the one before, at `x`. */
  | { kind: 'stack'; children: { box: Box; gap?: number; x?: number }[] }
  /**
   * Boxes side by side, tops aligned, each at its `x`; `baselineOf` moves a box so that its first baseline
   * sits on that of the box at that index (a name beside a label).
   */
  | { kind: 'row'; children: { box: Box; x: number; baselineOf?: number }[] }
  /** A box on a fill (the full width, or a bar of `fillWidth` at the left), inset by `padding`. */
  | { kind: 'panel'; width: number; fill: Rgb; fillWidth?: number; padding: { top: number; left: number; bottom: number }; child: Box }
  /** Boxes placed in a box of fixed size, from its top or bottom and its left or right edges. */
  | { kind: 'place'; width: number; height: number; children: Placed[] };

/** A box in a `place`: `right` / `bottom` measure from those edges; `clear` keeps it that far below an earlier box. */
export interface Placed {
  box: Box;
  x: { left: number } | { right: number };
  y: { top: number } | { below: number; gap: number } | { bottom: number; clear?: { below: number; gap: number } };
}

/** Everything a block may carry for the flow: its role for tagging, space above, and keep rules. */
interface Flowing {
  role: Role;
  spaceBefore: number;
  keepWithNext?: boolean;
  /** Closing matter (the boilerplate, the contacts): a page never holds it alone, lines of the text before come with it. */
  closing?: boolean;
}

/**
 * A picture with its caption and credit, never split, moved whole to the next page when it does not fit.
 * `full` is the page's live area, which is the column in every document we set, so the same as `column`;
 * `half` is half the column, aligned left, with the paragraphs after it set beside it.
 * Tagged as a Div over a Figure (its /Alt) and a Caption; without alternative text or caption, the
 * picture is decoration (an artifact), as PDF/UA allows, rather than a Figure no reader can describe.
 */
export type FigureBlock = { kind: 'figure'; image: string; alt: string; width: FigureWidth; caption?: ParagraphSpec; credit?: ParagraphSpec; gap: number } & Flowing;

export type Block =
  | ({ kind: 'paragraph'; role: Role } & ParagraphSpec)
  /** A title or heading: `outline` makes it an entry of the PDF outline at its level. */
  | ({ kind: 'heading'; role: Role; level: 1 | 2 | 3; outline: boolean } & ParagraphSpec)
  /** A list: each item a paragraph behind its marker (•, 1.) set right-aligned in the indent. */
  | { kind: 'list'; role: 'L'; items: { marker: string; runs: Run[] }[]; item: Omit<ParagraphSpec, 'runs'>; markerColor: Rgb; markerGap: number; itemSpace: number }
  /** A quotation: its lines beside a bar, then the attribution. */
  | { kind: 'quote'; role: 'BlockQuote'; text: ParagraphSpec; bar: { width: number; color: Rgb }; attribution?: ParagraphSpec }
  /** Blocks that belong together under one role (the contents: TOC over its TOCI entries). */
  | { kind: 'group'; role: Role; blocks: Block[] }
  /** A box that stays whole in the flow. */
  | ({ kind: 'box'; box: Box } & Flowing)
  /** A figure (above). */
  | FigureBlock
  /** Figures `columns` abreast, each set in its cell's measure, its picture no taller than `pictureHeight`; each row kept whole on its page. */
  | ({ kind: 'figures'; columns: number; gap: number; rowGap: number; pictureHeight: number; figures: FigureBlock[] } & Flowing)
  /** Boxes `columns` abreast in the column's width, each row kept whole on its page. */
  | ({ kind: 'grid'; columns: number; gap: number; rowGap: number; cells: Box[] } & Flowing)
  /**
   * A cover page: the brand's mark (a logo or the name) with a label beside it at the top, a picture
   * below, a band of colour with an edge from lower on the page into the bleed, a title, an accent bar
   * and the event on the band, and a foot at the bottom of the frame.
   */
  | { kind: 'cover'; role: Role; mark?: Box; label: { box: Box; x: number }; figure?: string; band: Rgb; edge: Rgb; title: Box; accent: Rgb; event: Box; foot?: Box }
  /** Cards ganged up on sheets, row by row, with crop marks on every cut line: a card is never split. */
  | { kind: 'sheet'; role: Role; card: { width: number; height: number }; cards: Box[]; marks: { gap: number; length: number } };

/** Footer on every page (a text, "page N / M") and a running head from a page of the section on. */
export interface Furniture {
  language: Language;
  look: TextLook;
  rule: Rgb;
  foot: Run[];
  /** The word before "N / M". */
  page: string;
  head: { left?: string; right?: string; fromPage: number };
  /** A word set large and light across every page, behind the text ("PROJET" on a draft). */
  watermark?: { text: string; color: Rgb };
}

/** A part of a document that starts on a new page, in its own language, under its own furniture. */
export interface Section {
  language: Language;
  blocks: Block[];
  furniture?: Furniture;
  /** The name internal links to this section lead to. */
  anchor?: string;
  /** A section of the document's body: layout reports its progress over these. */
  counted?: boolean;
}

/** A document as its blocks: the brand's families and its sections in order. */
export interface DocumentTree {
  fonts: { body: string; heading: string };
  sections: Section[];
}
