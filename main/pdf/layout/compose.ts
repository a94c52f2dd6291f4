import type { PageGeometry } from './geometry';
import { offset, type Drawable, type FlowItem, type Page, type PlacedBookmark } from './types';
import { paginate, type PlacedItem } from './paginate';

/** A document ready for pagination: its flow and its page furniture. */
export interface LaidOutDocument {
  flow: FlowItem[];
  /**
   * Footer and running head of a page, in page coordinates. `pageNumber` and `pageCount` count across
   * the whole output (a kit); `pageInDocument` starts at 1 on the document's first page.
   */
  furniture: (pageNumber: number, pageCount: number, pageInDocument: number) => Drawable[];
}

/** Room kept under the text frame for the footer. */
export const FOOTER_RESERVE = 30;

export interface Composition {
  pages: Page[];
  placed: PlacedItem[][];
  bookmarks: PlacedBookmark[];
}

/**
 * Paginates documents one after the other, each from a new page (a kit is several documents), then
 * adds the furniture once the total page count is known: the second pass that resolves "N / M".
 */
export function composePages(documents: readonly LaidOutDocument[], g: PageGeometry): Composition {
  const frameHeight = g.height - g.margins.top - g.margins.bottom - FOOTER_RESERVE;
  const perDocument = documents.map((doc) => ({ doc, pages: paginate(doc.flow, frameHeight) }));
  const pageCount = perDocument.reduce((sum, d) => sum + d.pages.length, 0);
  const pages: Page[] = [];
  const placed: PlacedItem[][] = [];
  const bookmarks: PlacedBookmark[] = [];
  for (const { doc, pages: docPages } of perDocument) {
    docPages.forEach((items, index) => {
      const drawables = items.flatMap((p) => offset(p.item.drawables, g.margins.left, g.margins.top + p.y));
      pages.push({ drawables: [...drawables, ...doc.furniture(pages.length + 1, pageCount, index + 1)] });
      for (const p of items) {
        if (p.item.bookmark) bookmarks.push({ ...p.item.bookmark, page: pages.length - 1, y: g.margins.top + p.y });
      }
      placed.push(items);
    });
  }
  return { pages, placed, bookmarks };
}
