import type { FrameItem } from '../frame';
import { setParagraph, type Align } from '../text/paragraph';
import type { TextStyle } from '../text/style';
import { baselineIn, type Theme } from './theme';

export interface StackEntry {
  text: string;
  style: TextStyle;
  lineHeight: number;
}

/** Lines of short texts set one under the other in a box, as drawables with their total height. */
export function textStack(entries: readonly StackEntry[], theme: Theme, width: number, align: Align, where: string): { drawables: FrameItem[]; height: number } {
  const drawables: FrameItem[] = [];
  let y = 0;
  for (const entry of entries) {
    const lines = setParagraph({ spans: [{ text: entry.text, style: entry.style }], language: theme.language, width, align, hyphenate: false, where });
    for (const line of lines) {
      drawables.push({ kind: 'text', x: 0, baseline: y + baselineIn(entry.lineHeight, entry.style.font, entry.style.size), line });
      y += entry.lineHeight;
    }
  }
  return { drawables, height: y };
}
