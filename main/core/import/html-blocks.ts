import type { Inline } from '../schema';
import { safeHref, splitRunsIntoLines, styledRun } from './inline';
import type { FigureSource, SourceBlock, SourceBlockKind } from './source';

/**
 * Reads the small, well-formed HTML that mammoth writes for a Word document (p, h1–h6, ul/ol/li,
 * blockquote, strong/em, a, br, tables, img, p.caption) into blocks. Not a general HTML parser, and need
 * not be.
 */

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->|([^<]+)/g;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/i;
const SRC = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)')/i;
const ALT = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i;
const CAPTION_CLASS = /\bclass\s*=\s*(?:"caption"|'caption')/i;
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th']);

function attribute(pattern: RegExp, attributes: string): string {
  const found = pattern.exec(attributes);
  return decodeEntities(found?.[1] ?? found?.[2] ?? '');
}

/** `picture` gives the source of an <img> by its src (null: no picture of this document). */
export function htmlToBlocks(html: string, picture: (src: string) => FigureSource | null = () => null): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const lists: Array<'bullet' | 'ordered'> = [];
  let quoteDepth = 0;
  let bold = 0;
  let italic = 0;
  const links: Array<string | undefined> = [];
  let current: { kind: SourceBlockKind; level: number; runs: Inline[] } | null = null;

  const flush = (): void => {
    if (current) {
      const lines = splitRunsIntoLines(current.runs).filter((line) => line.length > 0);
      if (lines.length > 0) blocks.push({ kind: current.kind, level: current.level, lines });
    }
    current = null;
  };
  const open = (kind: SourceBlockKind, level: number): void => {
    flush();
    current = { kind, level, runs: [] };
  };
  /** A picture stands on its own, even in a paragraph of text: the text around it goes on after it. */
  const standAlone = (block: SourceBlock): void => {
    const around = current;
    flush();
    blocks.push(block);
    if (around) open(around.kind, around.level);
  };
  const kindHere = (): SourceBlockKind => lists.at(-1) ?? (quoteDepth > 0 ? 'quote' : 'paragraph');
  const add = (text: string): void => {
    if (!current) open(kindHere(), 0);
    const style = { bold: bold > 0, italic: italic > 0, href: links.findLast((href) => href !== undefined) };
    current?.runs.push(styledRun(text, style));
  };

  for (const match of html.matchAll(TOKEN)) {
    const [, closing, rawTag, attributes, text] = match;
    if (text !== undefined) {
      // Source line breaks in HTML are spaces; only <br> breaks a line. Each run of white space is
      // matched once, whole (`\s*\n\s*` would rescan a long run of spaces from each of its positions).
      add(decodeEntities(text).replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run)));
      continue;
    }
    if (rawTag === undefined) continue;
    const tag = rawTag.toLowerCase();
    const delta = closing ? -1 : 1;
    if (tag === 'strong' || tag === 'b') bold += delta;
    else if (tag === 'em' || tag === 'i') italic += delta;
    else if (tag === 'a') {
      if (closing) links.pop();
      else {
        const href = HREF.exec(attributes ?? '');
        links.push(href ? safeHref(decodeEntities(href[1] ?? href[2] ?? '')) : undefined);
      }
    } else if (tag === 'br') add('\n');
    else if (tag === 'img') {
      const source = picture(attribute(SRC, attributes ?? ''));
      if (source) standAlone({ kind: 'figure', level: 0, lines: [], figure: { source, alt: attribute(ALT, attributes ?? '').trim(), caption: '' } });
    }
    else if (tag === 'ul' || tag === 'ol') {
      flush();
      if (closing) lists.pop();
      else lists.push(tag === 'ul' ? 'bullet' : 'ordered');
    } else if (tag === 'blockquote') {
      flush();
      quoteDepth += delta;
    } else if (BLOCK_TAGS.has(tag)) {
      if (closing) flush();
      else if (/^h[1-6]$/.test(tag)) open('heading', Number(tag[1]));
      else if (tag === 'p' && lists.length === 0 && CAPTION_CLASS.test(attributes ?? '')) open('caption', 0);
      // A paragraph inside a list item continues that item.
      else if (!(tag === 'p' && lists.length > 0 && current)) open(kindHere(), 0);
    }
  }
  flush();
  return blocks;
}
