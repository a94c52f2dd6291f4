import { measureElement, observeElementRect, useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/** A row with a one-line title and a line of chips; rows are measured once drawn, this only places the unseen ones. */
const ROW_ESTIMATE_PX = 62;
/** Rows drawn beyond each edge of the viewport, so that fast scrolling and Tab never meet a blank. */
const OVERSCAN = 8;
/** A row revealed at the bottom stops a little above the edge rather than flush with it (or a pixel under). */
const SCROLL_PADDING_END_PX = 12;

export interface VirtualRows {
  /** The rows to draw, in order: their index in the whole list and their key. */
  items: VirtualItem[];
  /** Heights of the blank space standing in for the rows not drawn, above and below the drawn ones. */
  before: number;
  after: number;
  /** Given as the ref of each drawn row (which carries data-index): its real height replaces the estimate. */
  measure: (row: HTMLTableRowElement | null) => void;
  /** Scrolls the list just enough to show the row, below the sticky header. */
  reveal: (index: number) => void;
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
  const first = items[0];
  const last = items.at(-1);
  const reveal = useCallback((index: number) => virtualizer.scrollToIndex(index), [virtualizer]);
  return {
    items,
    before: first ? first.start - offsets.rowsTop : 0,
    after: last ? virtualizer.getTotalSize() - (last.end - offsets.rowsTop) : 0,
    measure: virtualizer.measureElement,
    reveal,
  };
}
