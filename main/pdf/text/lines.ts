import type { Align, Line, Piece, TextStyle } from '../frame';
import { shape, type ShapedText } from '../fonts/shaper';
import { SPACE_SHRINK, type Built } from './items';
import type { Item } from './knuth-plass';
import { sameStyle } from './style';

/** How far past the measure a line may reach before it counts as overfull. */
export const OVERFULL = 0.5;

/** A justified line that would stretch its spaces further than this is set ragged instead. */
const MAX_SPACE_RATIO = 2;

const softHyphens = new WeakMap<TextStyle['font'], ShapedText>();

/** The hyphen that ends a hyphenated line extracts as U+00AD, so copied text rejoins the word. */
function softHyphen(font: TextStyle['font']): ShapedText {
  let shaped = softHyphens.get(font);
  if (!shaped) {
    shaped = { ...shape(font, '-'), texts: ['\u00AD'] };
    softHyphens.set(font, shaped);
  }
  return shaped;
}

function lineStart(items: readonly Item[], from: number, to: number): number {
  let i = from;
  while (i < to && items[i]?.type !== 'box') i++;
  return i;
}

/** The items from `from` to the break at `to` as a line of shaped pieces, justified or aligned in `width`. */
export function assembleLine(built: Built, from: number, to: number, spec: { width: number; align: Align }, isLast: boolean): Line {
  const raw: { text: string; style: TextStyle; space: boolean }[] = [];
  for (let i = lineStart(built.items, from, to); i < to; i++) {
    const meta = built.meta[i];
    if (meta?.kind === 'text') {
      const previous = raw.at(-1);
      if (previous && !previous.space && sameStyle(previous.style, meta.style)) previous.text += meta.text;
      else raw.push({ text: meta.text, style: meta.style, space: false });
    } else if (meta?.kind === 'space') raw.push({ text: ' ', style: meta.style, space: true });
  }
  const end = built.meta[to];
  const hyphenated = end?.kind === 'hyphen';
  const pieces: Piece[] = raw.map((r) => {
    const shaped = shape(r.style.font, r.text);
    return { x: 0, width: (shaped.width * r.style.size) / r.style.font.unitsPerEm, text: r.text, style: r.style, shaped };
  });
  if (end?.kind === 'hyphen') {
    const shaped = softHyphen(end.style.font);
    pieces.push({ x: 0, width: (shaped.width * end.style.size) / end.style.font.unitsPerEm, text: '\u00AD', style: end.style, shaped });
  }
  const natural = pieces.reduce((sum, p) => sum + p.width, 0);
  const spaces = pieces.filter((p) => p.text === ' ');
  const spaceWidth = spaces.reduce((sum, p) => sum + p.width, 0);
  let justified = false;
  let spaceRatio = 1;
  const gap = spec.width - natural;
  // The last line keeps its natural spaces, unless the breaker fitted it by counting on their shrink.
  if (spec.align === 'justify' && (!isLast || gap < 0) && spaceWidth > 0) {
    const ratio = 1 + gap / spaceWidth;
    // A hair of slack below full shrink: the breaker measured syllables apart, the line is shaped whole.
    if (ratio >= 1 - SPACE_SHRINK - 0.05 && ratio <= MAX_SPACE_RATIO) {
      justified = true;
      spaceRatio = ratio;
      for (const space of spaces) space.width *= ratio;
    }
  }
  const width = pieces.reduce((sum, p) => sum + p.width, 0);
  const offset = spec.align === 'center' ? (spec.width - width) / 2 : spec.align === 'right' ? spec.width - width : 0;
  let x = offset;
  for (const piece of pieces) {
    piece.x = x;
    x += piece.width;
  }
  // A line that ended at a space keeps it, taking no room: text extraction and screen readers read a word
  // break from a space character, not from where the next line starts (Tagged PDF, ISO 32000 14.8.2.5).
  if (end?.kind === 'space') pieces.push(wordBreak(x, end.style));
  return { pieces, width, justified, spaceRatio, hyphenated, overfull: width > spec.width + OVERFULL };
}

function wordBreak(x: number, style: TextStyle): Piece {
  return { x, width: 0, text: ' ', style, shaped: shape(style.font, ' ') };
}

/**
 * The line, ending in a space that takes no room unless it ends in one already: a short text stacked on
 * another (a label over a date) then reads apart from it, as a paragraph's lines do.
 */
export function endedBySpace(line: Line): Line {
  const last = line.pieces.at(-1);
  if (!last || /\s$/u.test(last.text)) return line;
  return { ...line, pieces: [...line.pieces, wordBreak(last.x + last.width, last.style)] };
}
