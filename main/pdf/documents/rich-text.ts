import type { Inline, RichText } from '../../core/schema';
import type { Block, ParagraphSpec, Run, TextLook } from '../blocks';
import type { Palette } from './palette';

/** A paragraph's look and spacing, without its text and its place. */
export type ParagraphStyle = Omit<ParagraphSpec, 'runs' | 'where'>;

/** A look: the brand's family for the role, size and colour, and bold or italic when asked. */
export function look(family: TextLook['family'], size: number, color: TextLook['color'], face: { bold?: boolean; italic?: boolean } = {}): TextLook {
  return { family, size, color, ...face };
}

/** Inline text as runs: a bold look keeps bold, an italic look turns italic runs upright; links take the brand's colour. */
export function runs(content: readonly Inline[], style: ParagraphStyle, colors: Palette): Run[] {
  return content.map((inline) => ({
    text: inline.text,
    bold: (style.look.bold ?? false) || (inline.bold ?? false),
    italic: (style.look.italic ?? false) !== (inline.italic ?? false),
    ...(inline.href ? { color: colors.primary, href: inline.href } : {}),
  }));
}

export function paragraph(text: string, style: ParagraphStyle, colors: Palette, where: string): ParagraphSpec {
  return { ...style, runs: runs([{ text }], style, colors), where };
}

/** The body's looks: paragraphs, headings, quotes and lists. */
function bodyStyles(colors: Palette): { paragraph: ParagraphStyle; heading2: ParagraphStyle; heading3: ParagraphStyle; quote: ParagraphStyle; attribution: ParagraphStyle; caption: ParagraphStyle; credit: ParagraphStyle } {
  const paragraph: ParagraphStyle = { look: look('body', 10.5, colors.text), lineHeight: 15, align: 'justify', spaceBefore: 7 };
  const heading = { align: 'left', keepWithNext: true, keepTogether: true } as const;
  return {
    paragraph,
    heading2: { ...heading, look: look('heading', 12.5, colors.primary, { bold: true }), lineHeight: 16, spaceBefore: 16 },
    heading3: { ...heading, look: look('heading', 11, colors.text, { bold: true }), lineHeight: 15, spaceBefore: 12 },
    quote: { ...paragraph, look: look('body', 11, colors.text, { italic: true }), lineHeight: 16, spaceBefore: 10, indent: LIST_INDENT },
    attribution: { look: look('heading', 9, colors.muted), lineHeight: 13, align: 'left', spaceBefore: 2, indent: LIST_INDENT },
    caption: { look: look('body', 9, colors.text, { italic: true }), lineHeight: 12, align: 'left', spaceBefore: 0 },
    credit: { look: look('heading', 7, colors.muted), lineHeight: 9, align: 'left', spaceBefore: 1 },
  };
}

const LIST_INDENT = 16;

const BLOCK_NAMES: Record<RichText[number]['type'], string> = {
  paragraph: 'paragraph',
  heading: 'heading',
  bulletList: 'list',
  orderedList: 'list',
  quote: 'quote',
  figure: 'figure',
};

/**
 * Rich text (paragraphs, headings, lists, quotes, figures) as blocks; a figure without alternative text
 * is described by its caption. `opening` is the least space above the first.
 */
export function richTextBlocks(body: RichText, colors: Palette, where: string, opening = 0): Block[] {
  const styles = bodyStyles(colors);
  // Under the title's H1, a level-3 heading before any level-2 one is tagged H2: tagged levels never skip.
  const firstH2 = body.findIndex((block) => block.type === 'heading' && block.level === 2);
  const headingRole = (level: 2 | 3, index: number): 'H2' | 'H3' => (level === 3 && firstH2 >= 0 && firstH2 < index ? 'H3' : 'H2');
  return body.map((block, index): Block => {
    const at = `${BLOCK_NAMES[block.type]} ${index + 1} of ${where}`;
    const above = (style: ParagraphStyle): ParagraphStyle => (index === 0 ? { ...style, spaceBefore: Math.max(style.spaceBefore, opening) } : style);
    switch (block.type) {
      case 'paragraph': {
        const style = above(styles.paragraph);
        return { kind: 'paragraph', role: 'P', ...style, runs: runs(block.content, style, colors), where: at };
      }
      case 'heading': {
        const style = above(block.level === 2 ? styles.heading2 : styles.heading3);
        return { kind: 'heading', role: headingRole(block.level, index), level: block.level, outline: true, ...style, runs: runs(block.content, style, colors), where: at };
      }
      case 'bulletList':
      case 'orderedList': {
        const item = { ...above(styles.paragraph), indent: LIST_INDENT };
        return {
          kind: 'list',
          role: 'L',
          items: block.items.map((content, i) => ({ marker: block.type === 'bulletList' ? '•' : `${i + 1}.`, runs: runs(content, item, colors) })),
          item: { ...item, where: at },
          markerColor: block.type === 'bulletList' ? colors.primary : colors.text,
          markerGap: 5,
          itemSpace: 3,
        };
      }
      case 'quote': {
        const style = above(styles.quote);
        return {
          kind: 'quote',
          role: 'BlockQuote',
          text: { ...style, runs: runs(block.content, style, colors), where: at },
          bar: { width: 2, color: colors.accent },
          ...(block.attribution ? { attribution: paragraph(`— ${block.attribution}`, styles.attribution, colors, at) } : {}),
        };
      }
      case 'figure': {
        const caption = block.caption.trim();
        const credit = block.credit.trim();
        return {
          kind: 'figure',
          role: 'Div',
          image: block.image,
          alt: block.alt.trim() || caption,
          width: block.width,
          spaceBefore: above(styles.paragraph).spaceBefore + 4,
          gap: 5,
          ...(caption ? { caption: paragraph(caption, styles.caption, colors, at) } : {}),
          ...(credit ? { credit: paragraph(credit, styles.credit, colors, at) } : {}),
        };
      }
    }
  });
}
