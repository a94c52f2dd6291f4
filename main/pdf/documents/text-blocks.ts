import type { Inline, RichText } from '../../core/schema';
import { linesBlock, type FlowBlock } from '../layout/flow';
import type { FrameItem } from '../frame';
import { setParagraph, type Align } from '../text/paragraph';
import type { TextStyle } from '../text/style';
import type { Span } from '../text/typography';
import { baselineIn, pickFace, style, type Faces, type Theme } from './theme';

/** A paragraph's look: faces, size, leading, colour, alignment, spacing. */
export interface ParagraphLook {
  faces: Faces;
  size: number;
  lineHeight: number;
  color: TextStyle['color'];
  align: Align;
  spaceBefore: number;
  bold?: boolean;
  italic?: boolean;
  hyphenate?: boolean;
  keepWithNext?: boolean;
  keepTogether?: boolean;
  balance?: boolean;
  /** Outline level, for titles and headings. */
  outline?: number;
}

export function inlineSpans(content: readonly Inline[], look: ParagraphLook, theme: Theme): Span<TextStyle>[] {
  return content.map((inline) => ({
    text: inline.text,
    style: style(
      pickFace(look.faces, (look.bold ?? false) || (inline.bold ?? false), (look.italic ?? false) !== (inline.italic ?? false)),
      look.size,
      inline.href ? theme.colors.primary : look.color,
      inline.href,
    ),
  }));
}

export interface Placement {
  x: number;
  width: number;
  where: string;
  firstLineExtras?: FrameItem[];
}

/** Sets spans and wraps the lines as a flow block. */
export function paragraphBlock(spans: Span<TextStyle>[], look: ParagraphLook, theme: Theme, at: Placement): FlowBlock {
  const lines = setParagraph({
    spans,
    language: theme.language,
    width: at.width,
    align: look.align,
    hyphenate: look.hyphenate ?? look.align === 'justify',
    where: at.where,
    balance: look.balance,
  });
  const base = pickFace(look.faces, look.bold ?? false, look.italic ?? false);
  return linesBlock(lines, {
    lineHeight: look.lineHeight,
    ascent: baselineIn(look.lineHeight, base, look.size),
    x: at.x,
    spaceBefore: look.spaceBefore,
    keepWithNext: look.keepWithNext,
    keepTogether: look.keepTogether,
    firstLineExtras: at.firstLineExtras,
    bookmark: look.outline ? { title: spans.map((s) => s.text).join('').replace(/\s+/gu, ' ').trim(), level: look.outline } : undefined,
  });
}

export function plainBlock(text: string, look: ParagraphLook, theme: Theme, at: Placement): FlowBlock {
  return paragraphBlock(inlineSpans([{ text }], look, theme), look, theme, at);
}

export interface BodyLooks {
  paragraph: ParagraphLook;
  heading2: ParagraphLook;
  heading3: ParagraphLook;
  quote: ParagraphLook;
  attribution: ParagraphLook;
  listIndent: number;
  itemSpace: number;
}

export function bodyLooks(theme: Theme): BodyLooks {
  const paragraph: ParagraphLook = { faces: theme.body, size: 10.5, lineHeight: 15, color: theme.colors.text, align: 'justify', spaceBefore: 7 };
  return {
    paragraph,
    heading2: { faces: theme.heading, bold: true, size: 12.5, lineHeight: 16, color: theme.colors.primary, align: 'left', spaceBefore: 16, keepWithNext: true, keepTogether: true, outline: 2 },
    heading3: { faces: theme.heading, bold: true, size: 11, lineHeight: 15, color: theme.colors.text, align: 'left', spaceBefore: 12, keepWithNext: true, keepTogether: true, outline: 3 },
    quote: { ...paragraph, italic: true, size: 11, lineHeight: 16, spaceBefore: 10 },
    attribution: { faces: theme.heading, size: 9, lineHeight: 13, color: theme.colors.muted, align: 'left', spaceBefore: 2 },
    listIndent: 16,
    itemSpace: 3,
  };
}

function listMarker(text: string, look: ParagraphLook, theme: Theme, x: number, width: number, color: TextStyle['color']): FrameItem[] {
  const lines = setParagraph({ spans: [{ text, style: style(pickFace(look.faces, false, false), look.size, color) }], language: theme.language, width, align: 'right', hyphenate: false, where: 'a list' });
  const base = pickFace(look.faces, false, false);
  return lines.slice(0, 1).map((line) => ({ kind: 'text', x, baseline: baselineIn(look.lineHeight, base, look.size), line }));
}

const BLOCK_NAMES: Record<RichText[number]['type'], string> = {
  paragraph: 'paragraph',
  heading: 'heading',
  bulletList: 'list',
  orderedList: 'list',
  quote: 'quote',
};

/** Rich text (paragraphs, headings, lists, quotes) as flow blocks in a column at `x` of `width`. */
export function richTextBlocks(body: RichText, theme: Theme, x: number, width: number, where: string): FlowBlock[] {
  const looks = bodyLooks(theme);
  const blocks: FlowBlock[] = [];
  body.forEach((block, index) => {
    const at = { x, width, where: `${BLOCK_NAMES[block.type]} ${index + 1} of ${where}` };
    switch (block.type) {
      case 'paragraph':
        blocks.push(paragraphBlock(inlineSpans(block.content, looks.paragraph, theme), looks.paragraph, theme, at));
        break;
      case 'heading': {
        const look = block.level === 2 ? looks.heading2 : looks.heading3;
        blocks.push(paragraphBlock(inlineSpans(block.content, look, theme), look, theme, at));
        break;
      }
      case 'bulletList':
      case 'orderedList':
        block.items.forEach((item, i) => {
          const marker = block.type === 'bulletList' ? '•' : `${i + 1}.`;
          const look = { ...looks.paragraph, spaceBefore: i === 0 ? looks.paragraph.spaceBefore : looks.itemSpace };
          const extras = listMarker(marker, look, theme, x, looks.listIndent - 5, block.type === 'bulletList' ? theme.colors.primary : theme.colors.text);
          blocks.push(paragraphBlock(inlineSpans(item, look, theme), look, theme, { x: x + looks.listIndent, width: width - looks.listIndent, where: at.where, firstLineExtras: extras }));
        });
        break;
      case 'quote': {
        const quote = paragraphBlock(inlineSpans(block.content, looks.quote, theme), looks.quote, theme, { ...at, x: x + looks.listIndent, width: width - looks.listIndent });
        for (const item of quote.items) item.drawables.push({ kind: 'rect', x, y: 0, width: 2, height: item.height, fill: theme.colors.accent });
        blocks.push(quote);
        if (block.attribution) {
          blocks.push(plainBlock(`— ${block.attribution}`, looks.attribution, theme, { ...at, x: x + looks.listIndent, width: width - looks.listIndent }));
        }
        break;
      }
    }
  });
  return blocks;
}
