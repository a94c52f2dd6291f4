import type { Block } from '../blocks';
import { offset, type FrameItem } from '../frame';
import { setBox } from './boxes';
import { FOOTER_RESERVE, frameHeight } from './compose';
import type { LayoutContext } from './context';
import type { FlowBlock } from './flow';

/** Share of the page's height above the band, with a picture and without. */
const BAND_TOP = { figure: 0.58, plain: 0.42 };
const FIGURE_GAP = 28;

/** A cover, drawn in frame coordinates; its band of colour runs into the bleed on three sides. */
export function setCover(block: Extract<Block, { kind: 'cover' }>, ctx: LayoutContext): FlowBlock {
  const g = ctx.page;
  const { width } = ctx;
  const items: FrameItem[] = [];
  let markBottom = 0;
  if (block.mark) {
    const mark = setBox(block.mark, ctx);
    items.push(...mark.items);
    markBottom = mark.height;
  }
  items.push(...offset(setBox(block.label.box, ctx).items, block.label.x, 0));

  const image = block.figure ? ctx.imageSizes.get(block.figure) : undefined;
  const pageBottom = g.height - g.margins.top;
  const bandTop = (image ? BAND_TOP.figure : BAND_TOP.plain) * g.height - g.margins.top;
  if (block.figure && image) {
    const top = markBottom + FIGURE_GAP;
    const room = { width, height: bandTop - FIGURE_GAP - top };
    const scale = Math.min(room.width / image.width, room.height / image.height);
    const w = image.width * scale;
    const h = image.height * scale;
    items.push({ kind: 'image', image: block.figure, x: (width - w) / 2, y: top + (room.height - h) / 2, width: w, height: h });
  }
  items.push({ kind: 'rect', x: -g.margins.left - g.bleed, y: bandTop, width: g.width + 2 * g.bleed, height: pageBottom - bandTop + g.bleed, fill: block.band });
  items.push({ kind: 'rect', x: -g.margins.left - g.bleed, y: bandTop, width: g.width + 2 * g.bleed, height: 4, fill: block.edge });

  const title = setBox(block.title, ctx);
  let y = bandTop + 52;
  items.push(...offset(title.items, 0, y));
  y += title.height + 22;
  items.push({ kind: 'rect', x: 0, y, width: 42, height: 3, fill: block.accent });
  y += 20;
  items.push(...offset(setBox(block.event, ctx).items, 0, y));
  if (block.foot) {
    const foot = setBox(block.foot, ctx);
    items.push(...offset(foot.items, 0, frameHeight(g) + FOOTER_RESERVE - foot.height));
  }
  return { items: [{ height: 1, spaceBefore: 0, breakBefore: true, drawables: items }], keepWithNext: false };
}
