import type { Language } from '../../core/language';
import { assertPrintable } from '../fonts/registry';
import { breakGreedy } from './greedy';
import { buildItems, type Built, type ItemOptions } from './items';
import { breakLines, type LineBreak } from './knuth-plass';
import type { Align, Line } from '../frame';
import { assembleLine } from './lines';
import type { TextStyle } from '../frame';
import { applyTypography, type Span } from './typography';

export type { Align, Line, Piece } from '../frame';

export interface ParagraphSpec {
  spans: readonly Span<TextStyle>[];
  language: Language;
  width: number;
  align: Align;
  hyphenate: boolean;
  /** Where the text comes from, for error messages: "the title", "paragraph 3". */
  where: string;
  /** Even out the lines of a ragged heading, so that it does not end with a lone word. */
  balance?: boolean;
}

function itemOptions(spec: ParagraphSpec, emergency: boolean): ItemOptions {
  return { language: spec.language, width: spec.width, justify: spec.align === 'justify', hyphenate: spec.hyphenate, emergency };
}

function chooseBreaks(spans: readonly Span<TextStyle>[], spec: ParagraphSpec): { built: Built; breaks: LineBreak[] } {
  const fits = (built: Built, breaks: LineBreak[]): boolean => {
    let from = 0;
    return breaks.every((b) => {
      const line = assembleLine(built, from, b.position, spec, false);
      from = b.position + 1;
      return !line.overfull;
    });
  };
  if (spec.align === 'justify') {
    // Looser and looser: the ideal, then with address breaks, then wider spaces, then first-fit.
    // The rescue items are built only when the ideal fails: most paragraphs never need them.
    const plain = buildItems(spans, itemOptions(spec, false));
    const ideal = breakLines(plain.items, { lineWidth: spec.width, tolerance: 1 });
    if (ideal) return { built: plain, breaks: ideal };
    const rescue = buildItems(spans, itemOptions(spec, true));
    for (const tolerance of [1, 2]) {
      const breaks = breakLines(rescue.items, { lineWidth: spec.width, tolerance });
      if (breaks) return { built: rescue, breaks };
    }
    return { built: rescue, breaks: breakGreedy(rescue.items, spec.width) };
  }
  const built = buildItems(spans, itemOptions(spec, false));
  const breaks = breakGreedy(built.items, spec.width);
  if (fits(built, breaks)) return { built, breaks };
  const rescue = buildItems(spans, itemOptions(spec, true));
  return { built: rescue, breaks: breakGreedy(rescue.items, spec.width) };
}

function setOnce(spans: readonly Span<TextStyle>[], spec: ParagraphSpec): Line[] {
  const { built, breaks } = chooseBreaks(spans, spec);
  let from = 0;
  return breaks.map((b, i) => {
    const line = assembleLine(built, from, b.position, spec, i === breaks.length - 1);
    from = b.position + 1;
    return line;
  });
}

/** The narrowest measure that keeps the same number of lines: a balanced ragged heading. */
function balanced(spans: readonly Span<TextStyle>[], spec: ParagraphSpec, lines: Line[]): Line[] {
  let fits = spec.width;
  let fails = spec.width * 0.5;
  for (let step = 0; step < 10; step++) {
    const width = (fits + fails) / 2;
    const trial = setOnce(spans, { ...spec, width });
    if (trial.length <= lines.length && !trial.some((line) => line.overfull)) fits = width;
    else fails = width;
  }
  const result = setOnce(spans, { ...spec, width: fits });
  const shift = spec.align === 'right' ? spec.width - fits : spec.align === 'center' ? (spec.width - fits) / 2 : 0;
  for (const line of result) for (const piece of line.pieces) piece.x += shift;
  return result;
}

/** Sets a paragraph into lines: typography, break opportunities, hyphenation, breaking, justification. */
export function setParagraph(spec: ParagraphSpec): Line[] {
  const spans = applyTypography(spec.spans, spec.language);
  for (const span of spans) assertPrintable(span.style.font, span.text, spec.where);
  if (spans.length === 0) return [];
  const lines = setOnce(spans, spec);
  return spec.balance && spec.align !== 'justify' && lines.length > 1 ? balanced(spans, spec, lines) : lines;
}
