import type { Inline } from '../schema';
import { parseMarkdownInline } from './markdown-inline';
import { splitRunsIntoLines } from './inline';
import type { SourceBlock, SourceBlockKind } from './source';

/** Markdown and plain text share this reader; plain text simply has no headings, quotes or inline markup. */
export type TextSyntax = 'markdown' | 'plain';

const ATX_HEADING = /^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)\s*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const QUOTE = /^ {0,3}>\s?(.*)$/;
const BULLET = /^ {0,3}[-*+•]\s+(.*)$/;
const ORDERED = /^ {0,3}\d{1,3}[.)]\s+(.*)$/;
/** Two trailing spaces or a backslash end a markdown line with a hard break. */
const HARD_BREAK = /(?: {2,}|\\)$/;

interface PendingBlock {
  kind: SourceBlockKind;
  level: number;
  raw: string[];
}

function toInline(raw: readonly string[], syntax: TextSyntax): Inline[][] {
  if (syntax === 'plain') return raw.map((line) => (line.trim() ? [{ text: line.trim() }] : []));
  const text = raw.map((line) => line.replace(HARD_BREAK, '').trim()).join('\n');
  return splitRunsIntoLines(parseMarkdownInline(text));
}

/** Where a line starts a block of its own (a heading, a list item, a quote), else null. */
function blockStart(line: string, syntax: TextSyntax): PendingBlock | null {
  const markdown = syntax === 'markdown';
  const heading = markdown ? ATX_HEADING.exec(line) : null;
  if (heading) return { kind: 'heading', level: heading[1]?.length ?? 1, raw: [heading[2] ?? ''] };
  const quote = markdown ? QUOTE.exec(line) : null;
  if (quote) return { kind: 'quote', level: 0, raw: [quote[1] ?? ''] };
  const bullet = BULLET.exec(line);
  if (bullet) return { kind: 'bullet', level: 0, raw: [bullet[1] ?? ''] };
  const ordered = ORDERED.exec(line);
  if (ordered) return { kind: 'ordered', level: 0, raw: [ordered[1] ?? ''] };
  return null;
}

/** Reads markdown or plain text into blocks: blank lines separate paragraphs. */
export function textToBlocks(text: string, syntax: TextSyntax): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const state: { pending: PendingBlock | null } = { pending: null };
  const flush = (): void => {
    const { pending } = state;
    if (pending) {
      const lines = toInline(pending.raw, syntax).filter((line) => line.length > 0);
      if (lines.length > 0) blocks.push({ kind: pending.kind, level: pending.level, lines });
    }
    state.pending = null;
  };

  for (const line of text.split(/\r\n|\r|\n/)) {
    const current = state.pending;
    if (line.trim() === '') {
      flush();
    } else if (syntax === 'markdown' && current?.kind === 'paragraph' && current.raw.length === 1 && SETEXT_UNDERLINE.test(line)) {
      state.pending = { kind: 'heading', level: line.trim().startsWith('=') ? 1 : 2, raw: current.raw };
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
        state.pending = start;
        if (start.kind === 'heading') flush();
      } else if (current) {
        current.raw.push(line);
      } else {
        state.pending = { kind: 'paragraph', level: 0, raw: [line] };
      }
    }
  }
  flush();
  return blocks;
}
