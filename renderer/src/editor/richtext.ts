/**
 * The two-way bridge between our RichText (main/core/schema.ts) and the TipTap editor's JSON. Pure.
 * RichText is smaller than what ProseMirror can hold, so the way in is lossy on purpose: nested lists
 * flatten, hard breaks become spaces, marks we do not print are dropped, and so is any link that is
 * not https:, mailto: or tel:.
 */
import type { JSONContent } from '@tiptap/react';
import { Block, Inline, type RichText } from '../../../main/core/schema';

/** The dash that opens a quote's attribution line in the editor ("— Jean Dupont"). */
const ATTRIBUTION = /^\s*[—–-]\s+/;

export function isSafeHref(href: unknown): href is string {
  return typeof href === 'string' && Inline.shape.href.safeParse(href).success;
}

// ---- RichText -> TipTap ----

function textNode(inline: Inline): JSONContent {
  const marks: JSONContent['marks'] = [];
  if (inline.bold) marks.push({ type: 'bold' });
  if (inline.italic) marks.push({ type: 'italic' });
  if (isSafeHref(inline.href)) marks.push({ type: 'link', attrs: { href: inline.href } });
  return marks.length ? { type: 'text', text: inline.text, marks } : { type: 'text', text: inline.text };
}

function paragraph(content: readonly Inline[]): JSONContent {
  const nodes = content.filter((inline) => inline.text !== '').map(textNode);
  return nodes.length ? { type: 'paragraph', content: nodes } : { type: 'paragraph' };
}

function listItems(items: readonly Inline[][]): JSONContent[] {
  return items.map((item) => ({ type: 'listItem', content: [paragraph(item)] }));
}

function blockToTipTap(block: Block): JSONContent {
  switch (block.type) {
    case 'paragraph':
      return paragraph(block.content);
    case 'heading':
      return { ...paragraph(block.content), type: 'heading', attrs: { level: block.level } };
    case 'bulletList':
      return { type: 'bulletList', content: listItems(block.items) };
    case 'orderedList':
      return { type: 'orderedList', attrs: { start: 1 }, content: listItems(block.items) };
    case 'quote': {
      const content = [paragraph(block.content)];
      if (block.attribution) content.push(paragraph([{ text: `— ${block.attribution}` }]));
      return { type: 'blockquote', content };
    }
    case 'figure':
      return { type: 'figure', attrs: { image: block.image, alt: block.alt, caption: block.caption, credit: block.credit, width: block.width } };
  }
}

/** A TipTap document; an empty body gives one empty paragraph so the cursor has somewhere to go. */
export function richTextToTipTap(body: RichText): JSONContent {
  const content = body.map(blockToTipTap);
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

// ---- TipTap -> RichText ----

function sameMarks(a: Inline, b: Inline): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.href === b.href;
}

function inlineOf(node: JSONContent): Inline[] {
  if (node.type === 'hardBreak') return [{ text: ' ' }];
  if (node.type !== 'text') return (node.content ?? []).flatMap(inlineOf);
  const inline: Inline = { text: node.text ?? '' };
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') inline.bold = true;
    if (mark.type === 'italic') inline.italic = true;
    const href: unknown = mark.attrs?.href;
    if (mark.type === 'link' && isSafeHref(href)) inline.href = href;
  }
  return inline.text ? [inline] : [];
}

/** The inline runs of a node, with neighbours that carry the same marks merged into one. */
function inlines(node: JSONContent): Inline[] {
  const merged: Inline[] = [];
  for (const inline of (node.content ?? []).flatMap(inlineOf)) {
    const last = merged.at(-1);
    if (last && sameMarks(last, inline)) last.text += inline.text;
    else merged.push(inline);
  }
  return merged;
}

function joined(parts: Inline[][]): Inline[] {
  return parts.filter((part) => part.length).flatMap((part, index) => (index ? [{ text: ' ' }, ...part] : part));
}

/** A list item's text: its paragraphs joined; nested lists come out as items of their own. */
function itemsOf(list: JSONContent): Inline[][] {
  return (list.content ?? []).flatMap((item) => {
    const children = item.content ?? [];
    const own = joined(children.filter((child) => !isList(child)).map(inlines));
    const nested = children.filter(isList).flatMap(itemsOf);
    return own.length ? [own, ...nested] : nested;
  });
}

function isList(node: JSONContent): boolean {
  return node.type === 'bulletList' || node.type === 'orderedList';
}

function quoteBlocks(node: JSONContent): Block[] {
  const paragraphs = (node.content ?? []).map(inlines).filter((content) => content.length);
  const last = paragraphs.at(-1);
  const lastText = last?.map((inline) => inline.text).join('') ?? '';
  const attribution = paragraphs.length > 1 && ATTRIBUTION.test(lastText) ? lastText.replace(ATTRIBUTION, '').trim() : '';
  const quoted = attribution ? paragraphs.slice(0, -1) : paragraphs;
  return quoted.map((content, index) =>
    attribution && index === quoted.length - 1 ? { type: 'quote', content, attribution } : { type: 'quote', content },
  );
}

function blocksOf(node: JSONContent): Block[] {
  switch (node.type) {
    case 'heading': {
      const level: unknown = node.attrs?.level;
      const content = inlines(node);
      return content.length ? [{ type: 'heading', level: typeof level === 'number' && level >= 3 ? 3 : 2, content }] : [];
    }
    case 'bulletList':
      return [{ type: 'bulletList', items: itemsOf(node) }];
    case 'orderedList':
      return [{ type: 'orderedList', items: itemsOf(node) }];
    case 'blockquote':
      return quoteBlocks(node);
    case 'figure': {
      const figure = Block.safeParse({ ...node.attrs, type: 'figure' });
      return figure.success ? [figure.data] : [];
    }
    default: {
      const content = inlines(node);
      return content.length ? [{ type: 'paragraph', content }] : [];
    }
  }
}

/** Our RichText from a TipTap document; empty paragraphs and empty lists are left out. */
export function tipTapToRichText(doc: JSONContent): RichText {
  return (doc.content ?? []).flatMap(blocksOf).filter((block) => (block.type === 'bulletList' || block.type === 'orderedList' ? block.items.length > 0 : true));
}
