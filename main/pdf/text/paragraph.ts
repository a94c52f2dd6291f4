import type { Language } from '../../core/language';
import { assertPrintable } from '../fonts/registry';
import { breakGreedy } from './greedy';
import { buildItems, type Built, type ItemOptions } from './items';
import { breakLines, type LineBreak } from './knuth-plass';
import type { Align, Line } from '../frame';
import { assembleLine, OVERFULL } from './lines';
import type { TextStyle } from '../frame';
import { applyTypography, type Span } from './typography';

export type { Align, Line, Piece } from '../frame';

/** Narrower measures tried when lines shaped whole overflow the one they were broken for. */
const MAX_RETRIES = 3;

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

function itemOptions(spec: ParagraphSpec, width: number, emergency: boolean): ItemOptions {
  return { language: spec.language, width, justify: spec.align === 'justify', hyphenate: spec.hyphenate, emergency };
}

/** The lines from the items at the chosen breaks. */
function assemble(built: Built, breaks: readonly LineBreak[], spec: ParagraphSpec): Line[] {
  let from = 0;
  return breaks.map((b, i) => {
    const line = assembleLine(built, from, b.position, spec, i === breaks.length - 1);
    from = b.position + 1;
    return line;
  });
}

/** How far the widest line passes the measure. */
function excess(lines: readonly Line[], spec: ParagraphSpec): number {
  return lines.reduce((worst, line) => Math.max(worst, line.width), 0) - spec.width;
}

/**
 * A paragraph's items without the last-resort breaks, built once for all the measures it is tried at
 * (a retry, a balanced heading's dozen): they do not depend on the measure, only the rescue's do.
 */
type PlainItems = () => Built;

function plainItems(spans: readonly Span<TextStyle>[], spec: ParagraphSpec): PlainItems {
  let built: Built | undefined;
  return () => (built ??= buildItems(spans, itemOptions(spec, spec.width, false)));
}

/** The lines, broken for a measure of `width`, in the order of the rescues. */
function linesFor(spans: readonly Span<TextStyle>[], spec: ParagraphSpec, width: number, plainAt: PlainItems): Line[] {
  if (spec.align === 'justify') {
    // Looser and looser: the ideal, then with address breaks, then wider spaces, then first-fit.
    // The rescue items are built only when the ideal fails: most paragraphs never need them.
    const plain = plainAt();
    const ideal = breakLines(plain.items, { lineWidth: width, tolerance: 1 });
    if (ideal) return assemble(plain, ideal, spec);
    const rescue = buildItems(spans, itemOptions(spec, width, true));
    for (const tolerance of [1, 2]) {
      const breaks = breakLines(rescue.items, { lineWidth: width, tolerance });
      if (breaks) return assemble(rescue, breaks, spec);
    }
    return assemble(rescue, breakGreedy(rescue.items, width), spec);
  }
  const built = plainAt();
  const lines = assemble(built, breakGreedy(built.items, width), spec);
  if (excess(lines, spec) <= OVERFULL) return lines;
  const rescue = buildItems(spans, itemOptions(spec, width, true));
  return assemble(rescue, breakGreedy(rescue.items, width), spec);
}

/**
 * The lines, every one within the measure. The breaker adds up pieces measured apart, but a line is
 * shaped whole, and kerning across two pieces can push it past the measure: then the breaking is done
 * again against a measure that much narrower, so that no glyph leaves the column.
 */
function setOnce(spans: readonly Span<TextStyle>[], spec: ParagraphSpec, plain: PlainItems): Line[] {
  let width = spec.width;
  let lines = linesFor(spans, spec, width, plain);
  for (let retry = 0; retry < MAX_RETRIES; retry++) {
    const over = excess(lines, spec);
    if (over <= OVERFULL) break;
    width -= over;
    lines = linesFor(spans, spec, width, plain);
  }
  return lines;
}

/** The narrowest measure that keeps the same number of lines: a balanced ragged heading. */
function balanced(spans: readonly Span<TextStyle>[], spec: ParagraphSpec, lines: Line[], plain: PlainItems): Line[] {
  let fits = spec.width;
  let fails = spec.width * 0.5;
  for (let step = 0; step < 10; step++) {
    const width = (fits + fails) / 2;
    const trial = setOnce(spans, { ...spec, width }, plain);
    if (trial.length <= lines.length && !trial.some((line) => line.overfull)) fits = width;
    else fails = width;
  }
  const result = setOnce(spans, { ...spec, width: fits }, plain);
  const shift = spec.align === 'right' ? spec.width - fits : spec.align === 'center' ? (spec.width - fits) / 2 : 0;
  for (const line of result) for (const piece of line.pieces) piece.x += shift;
  return result;
}

/** Sets a paragraph into lines: typography, break opportunities, hyphenation, breaking, justification. */
export function setParagraph(spec: ParagraphSpec): Line[] {
  const spans = applyTypography(spec.spans, spec.language);
  for (const span of spans) assertPrintable(span.style.font, span.text, spec.where);
  if (spans.length === 0) return [];
  const plain = plainItems(spans, spec);
  const lines = setOnce(spans, spec, plain);
  return spec.balance && spec.align !== 'justify' && lines.length > 1 ? balanced(spans, spec, lines, plain) : lines;
}
