import { defaultRangeExtractor, measureElement, observeElementRect, useVirtualizer, type Range, type VirtualItem } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/** A row with a one-line title and a line of chips; rows are measured once drawn, this only places the unseen ones. */
const ROW_ESTIMATE_PX = 62;
/** Rows drawn beyond each edge of the viewport, so that fast scrolling and Tab never meet a blank. */
const OVERSCAN = 8;
/** A row revealed at the bottom stops a little above the edge rather than flush with it (or a pixel under). */
const SCROLL_PADDING_END_PX = 12;

/** A row to draw, and the height of the rows not drawn just above it. */
export interface DrawnRow {
  item: VirtualItem;
  gapBefore: number;
}

export interface VirtualRows {
  /** The rows to draw, in order, each with the blank space standing in for the undrawn rows above it. */
  rows: DrawnRow[];
  /** The blank space standing in for the rows below the last drawn one. */
  after: number;
  /** Given as the ref of each drawn row (which carries data-index): its real height replaces the estimate. */
  measure: (row: HTMLTableRowElement | null) => void;
  /** Scrolls the list just enough to show the row, below the sticky header. */
  reveal: (index: number) => void;
  /** Keeps the row drawn wherever the list scrolls (the one holding focus, which would be lost with it), or none. */
  pin: (index: number | null) => void;
}

/**
 * Virtualises a table's rows inside `scroller`. `body` is the table's tbody and `header` its thead: the rows
 * start below the header, and the header, sticky, hides the top of the viewport.
 */
export function useVirtualRows(
  count: number,
  keyOf: (index: number) => string,
  scroller: RefObject<HTMLElement | null>,
  body: RefObject<HTMLTableSectionElement | null>,
  header: RefObject<HTMLTableSectionElement | null>,
): VirtualRows {
  const [offsets, setOffsets] = useState({ rowsTop: 0, headerHeight: 0 });
  const [pinned, pin] = useState<number | null>(null);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return pinned === null || pinned >= range.count || indexes.includes(pinned) ? indexes : [...indexes, pinned].sort((a, b) => a - b);
    },
    [pinned],
  );
  useLayoutEffect(() => {
    const scrollElement = scroller.current;
    if (!scrollElement || !body.current || !header.current) return;
    const rowsTop = body.current.getBoundingClientRect().top - scrollElement.getBoundingClientRect().top + scrollElement.scrollTop;
    setOffsets({ rowsTop, headerHeight: header.current.getBoundingClientRect().height });
  }, [scroller, body, header]);

  const virtualizer = useVirtualizer<HTMLElement, HTMLTableRowElement>({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    getItemKey: keyOf,
    overscan: OVERSCAN,
    rangeExtractor,
    scrollMargin: offsets.rowsTop,
    scrollPaddingStart: offsets.headerHeight,
    scrollPaddingEnd: SCROLL_PADDING_END_PX,
    // Without layout (not yet laid out, or a DOM without layout such as the component tests') the list
    // measures 0 high and would draw no row: until it is measured, assume it fills the window.
    observeElementRect: (instance, report) => observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : { ...rect, height: window.innerHeight })),
    // Likewise a row measured 0 keeps its estimate, or every row would seem to fit on screen.
    measureElement: (row, entry, instance) => measureElement(row, entry, instance) || ROW_ESTIMATE_PX,
  });
  const items = virtualizer.getVirtualItems();
  const last = items.at(-1);
  const reveal = useCallback((index: number) => virtualizer.scrollToIndex(index), [virtualizer]);
  return {
    // A pinned row far from the viewport leaves a gap on each side of it, not only above the first row.
    rows: items.map((item, at) => ({ item, gapBefore: item.start - (items[at - 1]?.end ?? offsets.rowsTop) })),
    after: last ? virtualizer.getTotalSize() - (last.end - offsets.rowsTop) : 0,
    measure: virtualizer.measureElement,
    reveal,
    pin,
  };
}
