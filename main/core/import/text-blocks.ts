import type { Inline } from '../schema';
import { parseMarkdownInline } from './markdown-inline';
import { splitRunsIntoLines } from './inline';
import { markdownFigures } from './markdown-figure';
import type { SourceBlock, SourceBlockKind } from './source';

/** Markdown and plain text share this reader; plain text simply has no headings, quotes or inline markup. */
export type TextSyntax = 'markdown' | 'plain';

/*
 * Each pattern is anchored at the line's start and matches one way only (`.*` with the `s` flag takes
 * the rest of the line, whatever it holds), so that a line of any length is read in one pass.
 */
const ATX_HEADING = /^ {0,3}(#{1,6})(?=\s|$)(.*)$/s;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)\s*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const QUOTE = /^ {0,3}>\s?(.*)$/s;
const BULLET = /^ {0,3}[-*+•]\s+(.*)$/s;
const ORDERED = /^ {0,3}\d{1,3}[.)]\s+(.*)$/s;

interface PendingBlock {
  kind: SourceBlockKind;
  level: number;
  raw: string[];
}

/** A heading's text without its optional closing `#`s ("## Titre ##"), which must follow a space. */
function headingText(rest: string): string {
  const text = rest.trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end -= 1;
  if (end === 0) return '';
  return /\s/.test(text[end - 1] ?? '') ? text.slice(0, end).trim() : text;
}

/** Where a line starts a block of its own (a heading, a list item, a quote), else null. */
function blockStart(line: string, syntax: TextSyntax): PendingBlock | null {
  const markdown = syntax === 'markdown';
  const heading = markdown ? ATX_HEADING.exec(line) : null;
  if (heading) return { kind: 'heading', level: heading[1]?.length ?? 1, raw: [headingText(heading[2] ?? '')] };
  const quote = markdown ? QUOTE.exec(line) : null;
  if (quote) return { kind: 'quote', level: 0, raw: [quote[1] ?? ''] };
  const bullet = BULLET.exec(line);
  if (bullet) return { kind: 'bullet', level: 0, raw: [bullet[1] ?? ''] };
  const ordered = ORDERED.exec(line);
  if (ordered) return { kind: 'ordered', level: 0, raw: [ordered[1] ?? ''] };
  return null;
}

/** The lines of each block as runs: markdown's inline syntax read for all blocks at once. */
function toLines(pending: readonly PendingBlock[], syntax: TextSyntax): Inline[][][] {
  if (syntax === 'plain') return pending.map(({ raw }) => raw.map((line) => (line.trim() ? [{ text: line.trim() }] : [])));
  return parseMarkdownInline(pending.map(({ raw }) => raw)).map(splitRunsIntoLines);
}

/** Reads markdown or plain text into blocks: blank lines separate paragraphs; a markdown paragraph of images alone is figures. */
export function textToBlocks(text: string, syntax: TextSyntax): SourceBlock[] {
  const pending: PendingBlock[] = [];
  const state: { current: PendingBlock | null } = { current: null };
  const flush = (): void => {
    if (state.current) pending.push(state.current);
    state.current = null;
  };

  for (const line of text.split(/\r\n|\r|\n/)) {
    const current = state.current;
    if (line.trim() === '') {
      flush();
    } else if (syntax === 'markdown' && current?.kind === 'paragraph' && current.raw.length === 1 && SETEXT_UNDERLINE.test(line)) {
      state.current = { kind: 'heading', level: line.trim().startsWith('=') ? 1 : 2, raw: current.raw };
      flush();
    } else if (syntax === 'markdown' && THEMATIC_BREAK.test(line)) {
      flush();
    } else {
      const quoteLine = current?.kind === 'quote' ? QUOTE.exec(line) : null;
      const start = quoteLine ? null : blockStart(line, syntax);
      if (current && quoteLine) {
        current.raw.push(quoteLine[1] ?? '');
      } else if (start) {
        flush();
        state.current = start;
        if (start.kind === 'heading') flush();
      } else if (current) {
        current.raw.push(line);
      } else {
        state.current = { kind: 'paragraph', level: 0, raw: [line] };
      }
    }
  }
  flush();
  const lines = toLines(pending, syntax);
  return pending.flatMap(({ kind, level, raw }, index): SourceBlock[] => {
    const figures = syntax === 'markdown' && kind === 'paragraph' ? markdownFigures(raw) : null;
    if (figures) return figures.map((figure) => ({ kind: 'figure', level: 0, lines: [], figure }));
    const kept = (lines[index] ?? []).filter((line) => line.length > 0);
    return kept.length > 0 ? [{ kind, level, lines: kept }] : [];
  });
}
