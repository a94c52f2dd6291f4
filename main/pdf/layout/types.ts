import type { Line } from '../text/paragraph';
import type { Rgb } from '../text/style';

/**
 * What a page shows, in points, with y growing downwards from the top of the item (in a flow) or of
 * the trimmed page (once placed). The painter alone knows about PDF's upward y and the bleed.
 */
export type Drawable =
  | { kind: 'text'; x: number; baseline: number; line: Line }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: Rgb }
  | { kind: 'rule'; x: number; y: number; width: number; thickness: number; color: Rgb }
  | { kind: 'image'; image: string; x: number; y: number; width: number; height: number }
  /** A printer's mark: a hairline in registration colour (crop marks). */
  | { kind: 'mark'; x1: number; y1: number; x2: number; y2: number }
  /** A QR code: `modules[row][column]` dark or light, each module `module` points square. */
  | { kind: 'qr'; x: number; y: number; module: number; modules: readonly (readonly boolean[])[] };

/** Which paragraph a flow item is a line of, to enforce and report widows and orphans. */
export interface LineOf {
  /** Shared by the lines of one paragraph (compared by identity). */
  paragraph: object;
  index: number;
  count: number;
}

/** One unit of vertical flow: a line, a rule, an unbreakable card. */
export interface FlowItem {
  height: number;
  /** Space above, dropped at the top of a page. */
  spaceBefore: number;
  /** May a page end just before this item? */
  breakBefore: boolean;
  drawables: Drawable[];
  lineOf?: LineOf;
  /** An entry of the PDF outline that points here. */
  bookmark?: Bookmark;
  /** A name internal links (`#name`) lead to. */
  anchor?: string;
}

export interface Bookmark {
  title: string;
  /** 1 for a document's title, 2 and 3 for its headings. */
  level: number;
}

/** A bookmark once its page and position are known (y down from the top of the trimmed page). */
export interface PlacedBookmark extends Bookmark {
  page: number;
  y: number;
}

/** Where an anchor landed: its page (from 0) and y down from the top of the trimmed page. */
export interface PlacedAnchor {
  name: string;
  page: number;
  y: number;
}

export interface Page {
  drawables: Drawable[];
}

/** Moves drawables down and right. */
export function offset(drawables: readonly Drawable[], dx: number, dy: number): Drawable[] {
  return drawables.map((d) => {
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
