import type { Box, StackedText } from '../blocks';
import { offset, tagged, type FrameItem } from '../frame';
import { endedBySpace } from '../text/lines';
import { setParagraph } from '../text/paragraph';
import type { LayoutContext } from './context';
import { baselineIn, textStyle } from './faces';

/** A box set: its items from its top left, its size, and its first baseline (to line boxes up by). */
export interface SetBox {
  items: FrameItem[];
  width: number;
  height: number;
  firstBaseline?: number;
}

function textOf(entry: StackedText, ctx: LayoutContext): string {
  return typeof entry.text === 'string' ? entry.text : String(ctx.pageOf(entry.text.pageOf));
}

/** Short texts set one under the other. */
function setTexts(box: Extract<Box, { kind: 'text' }>, ctx: LayoutContext): SetBox {
  const items: FrameItem[] = [];
  let y = 0;
  let firstBaseline: number | undefined;
  for (const entry of box.texts) {
    const style = textStyle(ctx.faces, entry.look, entry.href ? { href: entry.href } : {});
    const set = setParagraph({ spans: [{ text: textOf(entry, ctx), style }], language: box.language ?? ctx.language, width: box.width, align: box.align, hyphenate: false, where: box.where });
    // Each text reads apart from the next (a label, a date, a reference), not as one run of words.
    const lines = set.map((line, i) => (i === set.length - 1 ? endedBySpace(line) : line));
    for (const line of lines) {
      const baseline = y + baselineIn(entry.lineHeight, style.font, style.size);
      firstBaseline ??= baseline;
      items.push({ kind: 'text', x: 0, baseline, line });
      y += entry.lineHeight;
    }
  }
  // Text in another language than the section's is a span that says its own (a name in Cyrillic).
  const own = box.language && box.language !== ctx.language ? { role: 'Span' as const, language: box.language } : undefined;
  return { items: tagged(items, own), width: box.width, height: y, firstBaseline };
}

/** The image as large as fits, proportions kept, at the top left. */
function setImage(box: Extract<Box, { kind: 'image' }>, ctx: LayoutContext): SetBox {
  const size = ctx.imageSizes.get(box.image);
  if (!size) return { items: [], width: 0, height: 0 };
  const scale = Math.min(box.maxHeight / size.height, box.maxWidth / size.width);
  const width = size.width * scale;
  const height = size.height * scale;
  return { items: [{ kind: 'image', image: box.image, x: 0, y: 0, width, height }], width, height };
}

function setStack(box: Extract<Box, { kind: 'stack' }>, ctx: LayoutContext): SetBox {
  const items: FrameItem[] = [];
  let y = 0;
  let width = 0;
  let firstBaseline: number | undefined;
  for (const child of box.children) {
    const set = setBox(child.box, ctx);
    y += child.gap ?? 0;
    items.push(...offset(set.items, child.x ?? 0, y));
    if (set.firstBaseline !== undefined) firstBaseline ??= y + set.firstBaseline;
    width = Math.max(width, (child.x ?? 0) + set.width);
    y += set.height;
  }
  return { items, width, height: y, firstBaseline };
}

function setRow(box: Extract<Box, { kind: 'row' }>, ctx: LayoutContext): SetBox {
  const set = box.children.map((child) => setBox(child.box, ctx));
  const items: FrameItem[] = [];
  let height = 0;
  let width = 0;
  box.children.forEach((child, i) => {
    const own = set[i] as SetBox;
    const reference = child.baselineOf === undefined ? undefined : set[child.baselineOf]?.firstBaseline;
    const dy = reference !== undefined && own.firstBaseline !== undefined ? reference - own.firstBaseline : 0;
    items.push(...offset(own.items, child.x, dy));
    height = Math.max(height, dy + own.height);
    width = Math.max(width, child.x + own.width);
  });
  return { items, width, height, firstBaseline: set[0]?.firstBaseline };
}

function setPanel(box: Extract<Box, { kind: 'panel' }>, ctx: LayoutContext): SetBox {
  const child = setBox(box.child, ctx);
  const { top, left, bottom } = box.padding;
  const height = child.height + top + bottom;
  return {
    items: [{ kind: 'rect', x: 0, y: 0, width: box.fillWidth ?? box.width, height, fill: box.fill }, ...offset(child.items, left, top)],
    width: box.width,
    height,
    firstBaseline: child.firstBaseline === undefined ? undefined : top + child.firstBaseline,
  };
}

function setPlaced(box: Extract<Box, { kind: 'place' }>, ctx: LayoutContext): SetBox {
  const placed: { y: number; height: number }[] = [];
  const items: FrameItem[] = [];
  const bottomOf = (index: number): number => {
    const earlier = placed[index] as { y: number; height: number };
    return earlier.y + earlier.height;
  };
  for (const child of box.children) {
    const set = setBox(child.box, ctx);
    const x = 'left' in child.x ? child.x.left : box.width - child.x.right - set.width;
    const { y: at } = child;
    let y: number;
    if ('top' in at) y = at.top;
    else if ('below' in at) y = bottomOf(at.below) + at.gap;
    else y = at.clear ? Math.max(box.height - at.bottom - set.height, bottomOf(at.clear.below) + at.clear.gap) : box.height - at.bottom - set.height;
    placed.push({ y, height: set.height });
    items.push(...offset(set.items, x, y));
  }
  return { items, width: box.width, height: box.height };
}

/** Sets a box: texts measured and broken into lines, pictures scaled, parts placed. */
export function setBox(box: Box, ctx: LayoutContext): SetBox {
  switch (box.kind) {
    case 'text':
      return setTexts(box, ctx);
    case 'image':
      return setImage(box, ctx);
    case 'rule':
      return { items: [{ kind: 'rule', x: 0, y: 0, width: box.width, thickness: box.thickness, color: box.color }], width: box.width, height: box.thickness };
    case 'qr': {
      const size = box.modules.length * box.module;
      return { items: [{ kind: 'qr', x: 0, y: 0, module: box.module, modules: box.modules }], width: size, height: size };
    }
    case 'stack':
      return setStack(box, ctx);
    case 'row':
      return setRow(box, ctx);
    case 'panel':
      return setPanel(box, ctx);
    case 'place':
      return setPlaced(box, ctx);
  }
}
