import type { LoadedFont } from './fonts/registry';
import type { ShapedText } from './fonts/shaper';

/**
 * Frames: what layout hands to paint, and all that paint sees (as Typst's frames stand between its
 * layout and its PDF export). Plain data, in points, y growing downwards from the top of the trimmed
 * page; only the painter knows about PDF's upward y, the bleed and the crop-mark room.
 */

/** How a line sits in its measure. */
export type Align = 'justify' | 'left' | 'center' | 'right';

/** A colour with components in 0..1. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** The style of a glyph run: a loaded face (its program is what paint embeds), size, colour, link. */
export interface TextStyle {
  font: LoadedFont;
  size: number;
  color: Rgb;
  /** The target of a link (https:, mailto:, tel:, or `#anchor` inside the document). */
  href?: string;
}

/** A run of shaped glyphs in one style at a horizontal offset of its line. */
export interface Piece {
  x: number;
  width: number;
  text: string;
  style: TextStyle;
  shaped: ShapedText;
}

/** A set line: positioned glyph runs, and how it was set (for the layout report). */
export interface Line {
  pieces: Piece[];
  /** Width actually covered by ink and spaces. */
  width: number;
  justified: boolean;
  /** Actual word space over natural word space (1 on lines that are not justified). */
  spaceRatio: number;
  hyphenated: boolean;
  overfull: boolean;
}

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A page's trimmed size and its surroundings, in points. */
export interface PageGeometry {
  width: number;
  height: number;
  margins: Margins;
  bleed: number;
  cropMarks: boolean;
  /** Distance from the media edge to the trim edge. */
  outset: number;
}

/**
 * The semantic role of what an item shows, named as PDF's standard structure types (ISO 32000 14.8.4)
 * so that tagging can map it one to one; 'Artifact' for what a reader skips (furniture, rules, marks).
 */
export type Role = 'Document' | 'Sect' | 'H1' | 'H2' | 'H3' | 'P' | 'Span' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'BlockQuote' | 'Div' | 'Figure' | 'Caption' | 'TOC' | 'TOCI' | 'Link' | 'Artifact';

/**
 * An element of the structure tree a tagged PDF carries (ISO 32000 14.7): its role, its parent (none:
 * a child of the document), its language, its alternative text. Elements are known by identity; paint
 * orders them by where their content first appears, which is the reading order.
 */
export interface StructureElement {
  role: Exclude<Role, 'Artifact'>;
  parent?: StructureElement;
  language?: string;
  alt?: string;
}

/**
 * What a page shows, each item at its place on the trimmed page (or in its box, before it is placed).
 * A text with no element is an artifact (furniture); shapes, marks, QR codes and images are decoration, but for a
 * figure's picture, whose element is its Figure.
 */
export type FrameItem = Shown & {
  element?: StructureElement;
};

type Shown =
  /** A line of text; `angle` (radians, counter-clockwise about the line's start) turns it (a watermark). */
  | { kind: 'text'; x: number; baseline: number; line: Line; angle?: number }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: Rgb }
  | { kind: 'rule'; x: number; y: number; width: number; thickness: number; color: Rgb }
  /** A picture; `pixels` asks for it resampled to that size (a figure, at most 300 dpi as printed). */
  | { kind: 'image'; image: string; x: number; y: number; width: number; height: number; pixels?: { width: number; height: number } }
  /** A printer's mark: a hairline in registration colour (crop marks). */
  | { kind: 'mark'; x1: number; y1: number; x2: number; y2: number }
  /** A QR code: `modules[row][column]` dark or light, each module `module` points square. */
  | { kind: 'qr'; x: number; y: number; module: number; modules: readonly (readonly boolean[])[] };

/** The picture an image item embeds: its stored name, or that name at the size it is resampled to. */
export function imageKey(item: Extract<FrameItem, { kind: 'image' }>): string {
  return item.pixels ? `${item.image}@${item.pixels.width}x${item.pixels.height}` : item.image;
}

export interface FramePage {
  items: FrameItem[];
}

export interface Bookmark {
  title: string;
  /** 1 for a document's title, 2 and 3 for its headings. */
  level: number;
}

/** An outline entry once its page (from 0) and position (y down from the top of the trimmed page) are known. */
export interface PlacedBookmark extends Bookmark {
  page: number;
  y: number;
}

/** Where a link target (`#name`) landed: its page (from 0) and y down from the top of the trimmed page. */
export interface PlacedAnchor {
  name: string;
  page: number;
  y: number;
}

/** A whole document set: its pages, in one geometry, with its outline and link targets. */
export interface Frames {
  geometry: PageGeometry;
  pages: FramePage[];
  bookmarks: PlacedBookmark[];
  anchors: PlacedAnchor[];
}

/** Moves items down and right. */
export function offset(items: readonly FrameItem[], dx: number, dy: number): FrameItem[] {
  return items.map((d) => {
    switch (d.kind) {
      case 'text':
        return { ...d, x: d.x + dx, baseline: d.baseline + dy };
      case 'rect':
      case 'rule':
      case 'image':
      case 'qr':
        return { ...d, x: d.x + dx, y: d.y + dy };
      case 'mark':
        return { ...d, x1: d.x1 + dx, y1: d.y1 + dy, x2: d.x2 + dx, y2: d.y2 + dy };
    }
  });
}

function rootOf(element: StructureElement): StructureElement {
  let root = element;
  while (root.parent) root = root.parent;
  return root;
}

/**
 * Puts the texts among `items` under `element`: an untagged text becomes its content, an element set
 * inside (a list item, a span in another language) hangs its topmost ancestor under it. Only parents
 * are written, and only on elements made while this block is set.
 */
export function tagged(items: readonly FrameItem[], element: StructureElement | undefined): FrameItem[] {
  if (!element) return [...items];
  const top = rootOf(element);
  return items.map((item) => {
    // Decoration stays an artifact; a picture that is a Figure is tagged as texts are.
    if (item.kind !== 'text' && !item.element) return item;
    if (!item.element) return { ...item, element };
    const root = rootOf(item.element);
    if (root !== top) root.parent = element;
    return item;
  });
}

/** The element of a block's role; none for what a reader skips. */
export function elementOf(role: Role, language?: string): StructureElement | undefined {
  if (role === 'Artifact') return undefined;
  return language ? { role, language } : { role };
}

/** The element a cell of a list's grid (a contact card) goes under: the body of an item of its own. */
export function cellElement(role: Role): StructureElement | undefined {
  return role === 'L' ? { role: 'LBody', parent: { role: 'LI' } } : undefined;
}
