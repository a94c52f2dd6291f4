/**
 * Business cards ganged up on a sheet: 85 x 55 mm cards in a grid centred on the page, with room round it
 * for the crop marks. The typesetter lays the sheet out with it, and the studio cuts one card out of the
 * typeset sheet for its preview, so both read the same numbers.
 */
export const CARD_WIDTH_MM = 85;
export const CARD_HEIGHT_MM = 55;
/** Room kept round the grid of cards for the crop marks. */
export const SHEET_MARGIN_MM = 10;

export interface CardGrid {
  columns: number;
  rows: number;
  /** The grid's top-left corner, in the unit of the page size. */
  x: number;
  y: number;
}

/** How many cards fit across and down a page of this size, given how many of its units make a millimetre. */
export function cardGrid(pageWidth: number, pageHeight: number, unitsPerMm: number): CardGrid {
  const cardWidth = CARD_WIDTH_MM * unitsPerMm;
  const cardHeight = CARD_HEIGHT_MM * unitsPerMm;
  const margin = SHEET_MARGIN_MM * unitsPerMm;
  const columns = Math.max(1, Math.floor((pageWidth - 2 * margin) / cardWidth));
  const rows = Math.max(1, Math.floor((pageHeight - 2 * margin) / cardHeight));
  return { columns, rows, x: (pageWidth - columns * cardWidth) / 2, y: (pageHeight - rows * cardHeight) / 2 };
}
