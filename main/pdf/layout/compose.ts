import { offset, type FrameItem, type Frames, type PageGeometry } from '../frame';
import type { FlowItem } from './types';
import { paginate, type PlacedItem } from './paginate';

/** A document ready for pagination: its flow and its page furniture. */
export interface LaidOutDocument {
  flow: FlowItem[];
  /**
   * Footer and running head of a page, in page coordinates. `pageNumber` and `pageCount` count across
   * the whole output (a kit); `pageInDocument` starts at 1 on the document's first page.
   */
  furniture: (pageNumber: number, pageCount: number, pageInDocument: number) => FrameItem[];
  /** What every page shows behind its text (a watermark). */
  backdrop?: FrameItem[];
}

/** Room kept under the text frame for the footer. */
export const FOOTER_RESERVE = 30;

/** The frames of a document, and where each flow item landed (for the layout report). */
export interface Composition {
  frames: Frames;
  placed: PlacedItem[][];
}

/** A document cut into pages, its furniture not drawn yet. */
export interface PaginatedDocument {
  doc: LaidOutDocument;
  pages: PlacedItem[][];
}

export function frameHeight(g: PageGeometry): number {
  return g.height - g.margins.top - g.margins.bottom - FOOTER_RESERVE;
}

export function paginateDocument(doc: LaidOutDocument, g: PageGeometry): PaginatedDocument {
  return { doc, pages: paginate(doc.flow, frameHeight(g)) };
}

/**
 * Puts paginated documents one after the other, each from a new page, and adds the furniture now
 * that the total page count is known: the second pass that resolves "N / M".
 */
export function assemblePages(documents: readonly PaginatedDocument[], g: PageGeometry): Composition {
  const pageCount = documents.reduce((sum, d) => sum + d.pages.length, 0);
  const composition: Composition = { frames: { geometry: g, pages: [], bookmarks: [], anchors: [] }, placed: [] };
  const { pages, bookmarks, anchors } = composition.frames;
  const { placed } = composition;
  for (const { doc, pages: docPages } of documents) {
    docPages.forEach((items, index) => {
      const drawables = items.flatMap((p) => offset(p.item.drawables, g.margins.left, g.margins.top + p.y));
      pages.push({ items: [...(doc.backdrop ?? []), ...drawables, ...doc.furniture(pages.length + 1, pageCount, index + 1)] });
      for (const p of items) {
        const y = g.margins.top + p.y;
        if (p.item.bookmark) bookmarks.push({ ...p.item.bookmark, page: pages.length - 1, y });
        if (p.item.anchor) anchors.push({ name: p.item.anchor, page: pages.length - 1, y });
      }
      placed.push(items);
    });
  }
  return composition;
}
