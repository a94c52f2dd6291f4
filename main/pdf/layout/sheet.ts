import { cardGrid, type CardGrid } from '../../core/card-sheet';
import { MM, type Block } from '../blocks';
import { cellElement, offset, tagged, type FrameItem, type PageGeometry } from '../frame';
import { setBox } from './boxes';
import type { LayoutContext } from './context';
import type { FlowBlock } from './flow';

/** How many cards fit across and down a sheet, leaving room for the marks. */
export function sheetGrid(g: PageGeometry): CardGrid {
  return cardGrid(g.width, g.height, MM);
}

/** Crop marks on every cut line of a grid of cards, outside the grid (the cards touch, one cut serves two). */
function cropMarks(block: Extract<Block, { kind: 'sheet' }>, grid: CardGrid, rows: number): FrameItem[] {
  const { width, height } = block.card;
  const { gap, length } = block.marks;
  const marks: FrameItem[] = [];
  const right = grid.x + grid.columns * width;
  const bottom = grid.y + rows * height;
  for (let k = 0; k <= grid.columns; k++) {
    const x = grid.x + k * width;
    marks.push({ kind: 'mark', x1: x, y1: grid.y - gap, x2: x, y2: grid.y - gap - length });
    marks.push({ kind: 'mark', x1: x, y1: bottom + gap, x2: x, y2: bottom + gap + length });
  }
  for (let k = 0; k <= rows; k++) {
    const y = grid.y + k * height;
    marks.push({ kind: 'mark', x1: grid.x - gap, y1: y, x2: grid.x - gap - length, y2: y });
    marks.push({ kind: 'mark', x1: right + gap, y1: y, x2: right + gap + length, y2: y });
  }
  return marks;
}

/** Cards ganged up row by row, as many sheets as needed, each sheet a page: a card is never split. */
export function setSheets(block: Extract<Block, { kind: 'sheet' }>, ctx: LayoutContext): FlowBlock[] {
  const grid = sheetGrid(ctx.page);
  const perPage = grid.columns * grid.rows;
  const sheets: FlowBlock[] = [];
  for (let first = 0; first < block.cards.length; first += perPage) {
    const cards = block.cards.slice(first, first + perPage);
    const items = cards.flatMap((card, i) =>
      offset(tagged(setBox(card, ctx).items, cellElement(block.role)), grid.x + (i % grid.columns) * block.card.width, grid.y + Math.floor(i / grid.columns) * block.card.height),
    );
    // As tall as the page: each sheet is a page of its own.
    sheets.push({ items: [{ height: ctx.page.height, spaceBefore: 0, breakBefore: true, drawables: [...items, ...cropMarks(block, grid, Math.ceil(cards.length / grid.columns))] }], keepWithNext: false });
  }
  return sheets;
}
