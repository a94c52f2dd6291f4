import type { Block, ParagraphSpec } from '../blocks';
import { cellElement, elementOf, offset, tagged, type FrameItem, type Line, type StructureElement } from '../frame';
import { IDEAL_SPACE_RATIO } from '../text/items';
import { setParagraphCached as setParagraph } from './paragraph-cache';
import { setBox } from './boxes';
import { setCover } from './cover';
import { FIGURE_GUTTER, setFigure, stacked, type SetFigure } from './figure';
import { setSheets } from './sheet';
import type { LayoutContext } from './context';
import { baselineIn, lookFace, textStyle } from './faces';
import { linesBlock, solidBlock, taggedBlocks, type FlowBlock } from './flow';

/** Sets the paragraph's text in `width`, aligned as `align`. */
function setLines(spec: ParagraphSpec, ctx: LayoutContext, width: number, align: ParagraphSpec['align']): Line[] {
  const spans = spec.runs.map((run) => ({ text: run.text, style: textStyle(ctx.faces, spec.look, run) }));
  return setParagraph({ spans, language: ctx.language, width, align, hyphenate: spec.hyphenate ?? align === 'justify', where: spec.where, balance: spec.balance });
}

/** Whether a line before the last is spaced wider than the body's ideal breaks allow, or could not be justified at all. */
function looser(lines: readonly Line[]): boolean {
  return lines.slice(0, -1).some((line) => !line.justified || line.spaceRatio > IDEAL_SPACE_RATIO);
}

/**
 * Sets a paragraph in the column (less its indent) as lines of the flow. Bold justified text (a lead)
 * shows wide spaces most: held to the body's ideal spacing, it is set ragged when that cannot be had.
 */
function setParagraphBlock(spec: ParagraphSpec, ctx: LayoutContext, extras?: { firstLine?: FrameItem[]; outline?: number }): FlowBlock {
  const indent = spec.indent ?? 0;
  const width = ctx.width - indent;
  const set = setLines(spec, ctx, width, spec.align);
  const lines = spec.align === 'justify' && spec.look.bold && looser(set) ? setLines(spec, ctx, width, 'left') : set;
  const outline = extras?.outline;
  return linesBlock(lines, {
    lineHeight: spec.lineHeight,
    ascent: baselineIn(spec.lineHeight, lookFace(ctx.faces, spec.look), spec.look.size),
    x: indent,
    spaceBefore: spec.spaceBefore,
    keepWithNext: spec.keepWithNext,
    keepTogether: spec.keepTogether,
    firstLineExtras: extras?.firstLine,
    bookmark: outline ? { title: spec.runs.map((r) => r.text).join('').replace(/\s+/gu, ' ').trim(), level: outline } : undefined,
  });
}

/** A list item's marker, right-aligned in the indent less `gap`, on the baseline of the item's first line. */
function marker(text: string, block: Extract<Block, { kind: 'list' }>, ctx: LayoutContext): FrameItem[] {
  const { look, lineHeight, indent = 0 } = block.item;
  const upright = { ...look, bold: false, italic: false };
  const style = textStyle(ctx.faces, upright, { color: block.markerColor });
  const lines = setParagraph({ spans: [{ text, style }], language: ctx.language, width: indent - block.markerGap, align: 'right', hyphenate: false, where: 'a list' });
  return lines.slice(0, 1).map((line) => ({ kind: 'text', x: 0, baseline: baselineIn(lineHeight, style.font, look.size), line }));
}

/** Boxes `columns` abreast, one unbreakable flow item per row. */
function setGrid(block: Extract<Block, { kind: 'grid' }>, ctx: LayoutContext): FlowBlock[] {
  const cellWidth = (ctx.width - block.gap * (block.columns - 1)) / block.columns;
  const rows: FlowBlock[] = [];
  for (let i = 0; i < block.cells.length; i += block.columns) {
    const row = block.cells.slice(i, i + block.columns).map((cell) => setBox(cell, ctx));
    const items = row.flatMap((cell, j) => offset(tagged(cell.items, cellElement(block.role)), j * (cellWidth + block.gap), 0));
    rows.push(solidBlock(Math.max(...row.map((cell) => cell.height)), items, i === 0 ? block.spaceBefore : block.rowGap));
  }
  return rows;
}

/**
 * Figures `columns` abreast, each set as a figure of its cell's measure (the same picture sizing,
 * resolution cap and tagging as in the flow), one unbreakable flow item per row.
 */
function setFigureGrid(block: Extract<Block, { kind: 'figures' }>, ctx: LayoutContext): FlowBlock[] {
  const cellWidth = (ctx.width - block.gap * (block.columns - 1)) / block.columns;
  const cell = { ...ctx, width: cellWidth };
  const rows: FlowBlock[] = [];
  for (let i = 0; i < block.figures.length; i += block.columns) {
    const row = block.figures.slice(i, i + block.columns).flatMap((figure) => {
      const set = setFigure({ ...figure, width: 'column' }, cell, (spec, width) => setParagraphBlock(spec, { ...ctx, width }), block.pictureHeight);
      return set ? [{ set, role: figure.role }] : [];
    });
    if (row.length === 0) continue;
    // The pictures of a row stand on one line, so that their captions start level.
    const picture = (set: SetFigure) => set.items.find((item) => item.kind === 'image')?.height ?? 0;
    const tallest = Math.max(...row.map(({ set }) => picture(set)));
    const items = row.flatMap(({ set, role }, j) => offset(tagged(set.items, elementOf(role)), j * (cellWidth + block.gap), tallest - picture(set)));
    rows.push(solidBlock(Math.max(...row.map(({ set }) => tallest - picture(set) + set.height)), items, rows.length === 0 ? block.spaceBefore : block.rowGap));
  }
  return rows;
}

/** A list's items: each a body behind its label, under one list item. */
function setList(block: Extract<Block, { kind: 'list' }>, ctx: LayoutContext): FlowBlock[] {
  return block.items.flatMap((item, i) => {
    const li: StructureElement = { role: 'LI' };
    const label = tagged(marker(item.marker, block, ctx), { role: 'Lbl', parent: li });
    const body = setParagraphBlock({ ...block.item, runs: item.runs, spaceBefore: i === 0 ? block.item.spaceBefore : block.itemSpace }, ctx, { firstLine: label });
    return taggedBlocks([body], { role: 'LBody', parent: li });
  });
}

/** Sets a block of the flow, its texts under the element of its role, its items marked as closing matter when the block is. */
export function setBlock(block: Block, ctx: LayoutContext): FlowBlock[] {
  const set = taggedBlocks(setUntagged(block, ctx), elementOf(block.role));
  if ('closing' in block && block.closing) for (const flowBlock of set) for (const item of flowBlock.items) item.closing = true;
  return set;
}

/** Sets a block: paragraphs into lines, boxes whole, a cover or a sheet of cards as a page of its own. */
function setUntagged(block: Block, ctx: LayoutContext): FlowBlock[] {
  switch (block.kind) {
    case 'paragraph':
      return [setParagraphBlock(block, ctx)];
    case 'heading':
      return [setParagraphBlock(block, ctx, { outline: block.outline ? block.level : undefined })];
    case 'list':
      return setList(block, ctx);
    case 'quote': {
      const quote = setParagraphBlock(block.text, ctx);
      for (const item of quote.items) item.drawables.push({ kind: 'rect', x: 0, y: 0, width: block.bar.width, height: item.height, fill: block.bar.color });
      return block.attribution ? [quote, ...taggedBlocks([setParagraphBlock(block.attribution, ctx)], { role: 'P' })] : [quote];
    }
    case 'group':
      return block.blocks.flatMap((child) => setBlock(child, ctx));
    case 'figure': {
      const set = setFigure(block, ctx, (spec, width) => setParagraphBlock(spec, { ...ctx, width }));
      return set ? [solidBlock(set.height, set.items, block.spaceBefore, block.keepWithNext)] : [];
    }
    case 'box': {
      const set = setBox(block.box, ctx);
      return [solidBlock(set.height, set.items, block.spaceBefore, block.keepWithNext)];
    }
    case 'grid':
      return setGrid(block, ctx);
    case 'figures':
      return setFigureGrid(block, ctx);
    case 'cover':
      return [setCover(block, ctx)];
    case 'sheet':
      return setSheets(block, ctx);
  }
}

/**
 * A half-width figure with the paragraphs after it set beside it, in the rest of the column, as long as
 * each fits whole beside the picture; the next one goes on below at the full measure. The figure and
 * its paragraphs are one unit of the flow, never split. Returns the unit and how many paragraphs it took.
 */
function setFigureBeside(figure: Extract<Block, { kind: 'figure' }>, after: readonly Block[], ctx: LayoutContext): { blocks: FlowBlock[]; taken: number } {
  const set = setFigure(figure, ctx, (spec, width) => setParagraphBlock(spec, { ...ctx, width }));
  if (!set) return { blocks: [], taken: 0 };
  const beside = { ...ctx, width: ctx.width - set.width - FIGURE_GUTTER };
  let texts: FlowBlock[] = [];
  let taken = 0;
  for (const block of after) {
    if (block.kind !== 'paragraph') break;
    const more = [...texts, ...setBlock(block, beside)];
    if (stacked(more).height > set.height) break;
    texts = more;
    taken++;
  }
  const text = stacked(texts);
  const items = [...tagged(set.items, elementOf(figure.role)), ...offset(text.items, set.width + FIGURE_GUTTER, 0)];
  return { blocks: [solidBlock(Math.max(set.height, text.height), items, figure.spaceBefore, figure.keepWithNext)], taken };
}

/** Sets a section's blocks in order; a half-width figure takes the paragraphs that fit beside it. */
export function setBlocks(blocks: readonly Block[], ctx: LayoutContext): FlowBlock[] {
  const set: FlowBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.kind === 'figure' && block.width === 'half') {
      const { blocks: unit, taken } = setFigureBeside(block, blocks.slice(i + 1), ctx);
      set.push(...unit);
      i += taken;
    } else {
      set.push(...setBlock(block, ctx));
    }
  }
  return set;
}
