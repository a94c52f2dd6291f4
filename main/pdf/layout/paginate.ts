import type { FlowItem } from './types';

export interface PlacedItem {
  item: FlowItem;
  /** Top of the item, from the top of the frame. */
  y: number;
}

/**
 * Fills pages of `frameHeight` with the flow. When an item does not fit, the page ends at the last
 * place a break is allowed (which moves a heading down with its text, keeps cards whole and avoids
 * widows and orphans); only a run with no allowed break taller than a page is cut where it overflows.
 */
export function paginate(items: readonly FlowItem[], frameHeight: number): PlacedItem[][] {
  const pages: PlacedItem[][] = [];
  let page: { index: number; placed: PlacedItem }[] = [];
  let y = 0;
  let i = 0;
  const endPage = (): void => {
    pages.push(page.map((p) => p.placed));
    page = [];
    y = 0;
  };
  while (i < items.length) {
    const item = items[i] as FlowItem;
    const gap = page.length > 0 ? item.spaceBefore : 0;
    if (page.length === 0 || y + gap + item.height <= frameHeight + 0.01) {
      page.push({ index: i, placed: { item, y: y + gap } });
      y += gap + item.height;
      i++;
      continue;
    }
    if (!item.breakBefore) {
      let k = page.length - 1;
      while (k > 0 && !(page[k] as { placed: PlacedItem }).placed.item.breakBefore) k--;
      if (k > 0) {
        i = (page[k] as { index: number }).index;
        page = page.slice(0, k);
      }
    }
    endPage();
  }
  if (page.length > 0) endPage();
  return pages;
}

export interface SplitCounts {
  widows: number;
  orphans: number;
}

/** Counts paragraphs left with a single line at the foot (orphan) or head (widow) of a page. */
export function countSplits(pages: readonly (readonly PlacedItem[])[]): SplitCounts {
  let widows = 0;
  let orphans = 0;
  pages.slice(1).forEach((page, p) => {
    const previous = pages[p] ?? [];
    const first = page[0]?.item.lineOf;
    const last = previous.at(-1)?.item.lineOf;
    if (!first || !last || first.paragraph !== last.paragraph) return;
    if (last.index === 0) orphans++;
    if (first.index === first.count - 1) widows++;
  });
  return { widows, orphans };
}
