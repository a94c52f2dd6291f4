import { tagged, type Bookmark, type FrameItem, type Line, type StructureElement } from '../frame';
import type { FlowItem } from './types';

/** A block turned into flow items, and whether it must stay on the page of the block after it. */
export interface FlowBlock {
  items: FlowItem[];
  keepWithNext: boolean;
}

export interface LinesOptions {
  lineHeight: number;
  /** Distance from the top of a line box to the baseline. */
  ascent: number;
  x: number;
  spaceBefore: number;
  keepWithNext?: boolean;
  /** Keep all lines on one page (headings, titles). */
  keepTogether?: boolean;
  /** Drawables for the first line only (a list bullet). */
  firstLineExtras?: FrameItem[];
  /** Makes the paragraph an entry of the outline. */
  bookmark?: Bookmark;
}

/**
 * The lines of a paragraph as flow items; a page may break only where no widow or orphan results, and
 * never after a hyphenated line (a word is not cut across pages).
 */
export function linesBlock(lines: readonly Line[], options: LinesOptions): FlowBlock {
  const paragraph = {};
  const items = lines.map((line, index): FlowItem => {
    const text: FrameItem = { kind: 'text', x: options.x, baseline: options.ascent, line };
    return {
      height: options.lineHeight,
      spaceBefore: index === 0 ? options.spaceBefore : 0,
      breakBefore: index === 0 || (!options.keepTogether && index >= 2 && lines.length - index >= 2 && !lines[index - 1]?.hyphenated),
      drawables: index === 0 && options.firstLineExtras ? [...options.firstLineExtras, text] : [text],
      lineOf: { paragraph, index, count: lines.length },
      ...(index === 0 && options.bookmark ? { bookmark: options.bookmark } : {}),
    };
  });
  return { items, keepWithNext: options.keepWithNext ?? false };
}

/** One unbreakable item (a card, a banner, a logo). */
export function solidBlock(height: number, drawables: FrameItem[], spaceBefore: number, keepWithNext = false): FlowBlock {
  return { items: [{ height, spaceBefore, breakBefore: true, drawables }], keepWithNext };
}

/** Joins blocks into one flow, forbidding a page break after a block that keeps with the next. */
export function joinBlocks(blocks: readonly FlowBlock[]): FlowItem[] {
  const items: FlowItem[] = [];
  blocks.forEach((block, i) => {
    const keep = blocks[i - 1]?.keepWithNext ?? false;
    block.items.forEach((item, j) => items.push(j === 0 && keep ? { ...item, breakBefore: false } : item));
  });
  return items;
}

/** Puts a block's texts under its structure element. */
export function taggedBlocks(blocks: readonly FlowBlock[], element: StructureElement | undefined): FlowBlock[] {
  return blocks.map((block) => ({ ...block, items: block.items.map((item) => ({ ...item, drawables: tagged(item.drawables, element) })) }));
}
