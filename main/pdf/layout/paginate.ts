import type { FlowItem } from './types';

export interface PlacedItem {
  item: FlowItem;
  /** Top of the item, from the top of the frame. */
  y: number;
}

interface Slot {
  /** The item's index in the flow. */
  index: number;
  placed: PlacedItem;
}

/**
 * Fills pages of `frameHeight` with the flow from `start`. When an item does not fit, the page ends at
 * the last place a break is allowed (which moves a heading down with its text, keeps cards whole and
 * avoids widows, orphans and a hyphen at the foot); only a run with no allowed break taller than a page
 * is cut where it overflows.
 */
function fill(items: readonly FlowItem[], start: number, frameHeight: number): Slot[][] {
  const pages: Slot[][] = [];
  let page: Slot[] = [];
  let y = 0;
  let i = start;
  const endPage = (): void => {
    pages.push(page);
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
      while (k > 0 && !(page[k] as Slot).placed.item.breakBefore) k--;
      if (k > 0) {
        i = (page[k] as Slot).index;
        page = page.slice(0, k);
      }
    }
    endPage();
  }
  if (page.length > 0) endPage();
  return pages;
}

/**
 * A last page that holds only closing matter (the boilerplate, the contacts) takes lines of the text
 * before it along: the page before ends at the latest allowed break that still leaves everything after
 * it on one page with some of that text.
 */
function keepClosingCompany(items: readonly FlowItem[], pages: Slot[][], frameHeight: number): Slot[][] {
  const last = pages.at(-1);
  const before = pages.at(-2);
  if (!last || !before || !last.every((slot) => slot.placed.item.closing)) return pages;
  for (let k = before.length - 1; k > 0; k--) {
    const { item } = (before[k] as Slot).placed;
    if (!item.breakBefore || before.slice(k).every((slot) => slot.placed.item.closing)) continue;
    const rest = fill(items, (before[k] as Slot).index, frameHeight);
    // Pulling more over only makes the rest longer.
    if (rest.length > 1) return pages;
    return [...pages.slice(0, -2), before.slice(0, k), ...rest];
  }
  return pages;
}

/** Fills pages of `frameHeight` with the flow, as `fill` does, and keeps closing matter in company. */
export function paginate(items: readonly FlowItem[], frameHeight: number): PlacedItem[][] {
  return keepClosingCompany(items, fill(items, 0, frameHeight), frameHeight).map((page) => page.map((slot) => slot.placed));
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
