import type { FigureBlock, ParagraphSpec } from '../blocks';
import { offset, type FrameItem, type StructureElement } from '../frame';
import { frameHeight } from './compose';
import type { ImageSize, LayoutContext } from './context';
import { taggedBlocks, type FlowBlock } from './flow';

/** The finest resolution a figure is printed and embedded at: beyond it, a press photo only weighs more. */
export const FIGURE_DPI = 300;

/** Between a half-width figure and the text beside it. */
export const FIGURE_GUTTER = 12;

/** A figure as set: its items from its top left, its height, and the measure it takes. */
export interface SetFigure {
  items: FrameItem[];
  width: number;
  height: number;
}

/** Sets a paragraph of the figure (its caption, its credit) in a given measure. */
export type SetText = (spec: ParagraphSpec, width: number) => FlowBlock;

/** The measure a figure is set in: the live area is the column in every document we set, so full is column. */
export function figureMeasure(width: FigureBlock['width'], ctx: LayoutContext): number {
  return width === 'half' ? (ctx.width - FIGURE_GUTTER) / 2 : ctx.width;
}

/** Blocks set one under the other from y 0, the first one's space above dropped. */
export function stacked(blocks: readonly FlowBlock[]): { items: FrameItem[]; height: number } {
  const items: FrameItem[] = [];
  let y = 0;
  for (const [index, item] of blocks.flatMap((block) => block.items).entries()) {
    if (index > 0) y += item.spaceBefore;
    items.push(...offset(item.drawables, 0, y));
    y += item.height;
  }
  return { items, height: y };
}

/**
 * The printed size of a picture: as wide as the measure, but never more than its pixels at 300 dpi
 * (never upscaled), and no taller than the page leaves beside its caption.
 */
export function printedSize(pixels: ImageSize, measure: number, maxHeight: number): ImageSize {
  const width = Math.min(measure, (pixels.width / FIGURE_DPI) * 72);
  const height = (width * pixels.height) / pixels.width;
  if (height <= maxHeight) return { width, height };
  return { width: (maxHeight * pixels.width) / pixels.height, height: maxHeight };
}

/** The pixels to embed for a printed size: at most 300 dpi of it, never more than the original's. */
export function embeddedPixels(pixels: ImageSize, printed: ImageSize): ImageSize {
  const scale = Math.min(1, (printed.width / 72) * FIGURE_DPI / pixels.width, (printed.height / 72) * FIGURE_DPI / pixels.height);
  return { width: Math.max(1, Math.floor(pixels.width * scale)), height: Math.max(1, Math.floor(pixels.height * scale)) };
}

/**
 * A figure: the picture at the top left of its measure, then its caption and its credit. The picture is
 * a Figure described by its alternative text, the caption and credit its Caption; a picture with neither
 * alternative text nor caption is decoration, and its credit a paragraph. Nothing when the image is not at hand.
 * `maxHeight` holds the picture lower than the page would (a cell of a grid of photos).
 */
export function setFigure(block: FigureBlock, ctx: LayoutContext, setText: SetText, maxHeight = Infinity): SetFigure | undefined {
  const pixels = ctx.imageSizes.get(block.image);
  if (!pixels) return undefined;
  const measure = figureMeasure(block.width, ctx);
  const figure: StructureElement | undefined = block.alt ? { role: 'Figure', alt: block.alt } : undefined;
  const caption: StructureElement = { role: figure ? 'Caption' : 'P' };
  // The credit is a span of the caption of its own, so that it reads apart from the caption's last word.
  const words = stacked([
    ...(block.caption ? taggedBlocks([setText(block.caption, measure)], caption) : []),
    ...(block.credit ? taggedBlocks([setText(block.credit, measure)], block.caption ? { role: 'Span', parent: caption } : caption) : []),
  ]);
  const gap = words.items.length > 0 ? block.gap : 0;
  const printed = printedSize(pixels, measure, Math.min(maxHeight, frameHeight(ctx.page) - words.height - gap));
  const image: FrameItem = { kind: 'image', image: block.image, x: 0, y: 0, ...printed, pixels: embeddedPixels(pixels, printed), ...(figure ? { element: figure } : {}) };
  return { items: [image, ...offset(words.items, 0, printed.height + gap)], width: measure, height: printed.height + gap + words.height };
}
