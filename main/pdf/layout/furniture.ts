import type { Furniture, Run } from '../blocks';
import type { FrameItem, Line, PageGeometry } from '../frame';
import { setParagraph, type Align } from '../text/paragraph';
import type { LaidOutDocument } from './compose';
import { FOOTER_RESERVE } from './compose';
import { baselineIn, lookFace, textStyle, type Faces } from './faces';
import { frameWidth } from './geometry';

/**
 * Footer on every page (its text, "page N / M") and the running head. Lines are set once; only the page
 * number is set per page, once the page count is known.
 */
export function setFurniture(furniture: Furniture, faces: Faces, g: PageGeometry): LaidOutDocument['furniture'] {
  const { look, language } = furniture;
  const oneLine = (runs: readonly Run[], width: number, align: Align): Line[] =>
    setParagraph({ spans: runs.map((run) => ({ text: run.text, style: textStyle(faces, look, run) })), language, width, align, hyphenate: false, where: 'the page furniture' }).slice(0, 1);
  const width = frameWidth(g);
  const x = g.margins.left;
  const { head } = furniture;
  const footer = oneLine(furniture.foot, width * 0.75, 'left');
  const top = g.height - g.margins.bottom - FOOTER_RESERVE + 12;
  const face = lookFace(faces, look);
  const baseline = top + 6 + baselineIn(11, face, look.size);
  // 12 pt above the text frame, but never above the trim: a small top margin (the brand allows 5 mm)
  // would put the head's ascenders in the paper the guillotine cuts off. The footer sits 18 pt above the
  // bottom margin, within the page whatever that margin.
  const headBaseline = Math.max(g.margins.top - 12, (face.ascent * look.size) / face.unitsPerEm);
  const headLeft = head.left ? oneLine([{ text: head.left }], width * 0.6, 'left') : [];
  const headRight = head.right ? oneLine([{ text: head.right }], head.left ? width * 0.4 : width, 'right') : [];
  const headRightX = head.left ? x + width * 0.6 : x;
  const at = (lines: Line[], lineX: number, lineBaseline: number): FrameItem[] => lines.map((line) => ({ kind: 'text', x: lineX, baseline: lineBaseline, line }));
  return (page, count, pageInDocument) => [
    ...(pageInDocument >= head.fromPage ? [...at(headLeft, x, headBaseline), ...at(headRight, headRightX, headBaseline)] : []),
    { kind: 'rule', x, y: top, width, thickness: 0.5, color: furniture.rule },
    ...at(footer, x, baseline),
    ...at(oneLine([{ text: `${furniture.page} ${page} / ${count}` }], width * 0.25, 'right'), x + width * 0.75, baseline),
  ];
}
