import { mergeAttributes, Node } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { FigureView } from './FigureView';

/** A figure's attributes, as richtext.ts reads and writes them; the image is a stored ImageName. */
const ATTRIBUTES = { image: null, alt: '', caption: '', credit: '', width: 'column' } as const;

/**
 * A photo in the body: one block, edited only through its node view (the picture, its caption, credit
 * and alt text, its width); the text around it never flows into it.
 */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    return Object.fromEntries(
      Object.entries(ATTRIBUTES).map(([name, fallback]) => [
        name,
        { default: fallback, parseHTML: (element: HTMLElement) => element.getAttribute(`data-${name}`) ?? fallback, renderHTML: (attrs: Record<string, unknown>) => ({ [`data-${name}`]: attrs[name] }) },
      ]),
    );
  },

  parseHTML() {
    return [{ tag: 'figure[data-image]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes(HTMLAttributes)];
  },

  addNodeView() {
    return ReactNodeViewRenderer(FigureView);
  },
});
