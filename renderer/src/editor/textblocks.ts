import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** Stands for an inline node that is not text (a line break): neither a space nor a word. */
const NOT_TEXT = '\uFFFC';

/** A textblock's text, with the document position of each of its characters. */
export interface TextblockText {
  text: string;
  positions: number[];
}

/** The text of every textblock of `doc`, in order: what the editor's decorations (spaces, spelling) are placed from. */
export function textblocks(doc: ProseMirrorNode): TextblockText[] {
  const blocks: TextblockText[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let text = '';
    const positions: number[] = [];
    node.forEach((child, offset) => {
      const chunk = child.isText ? (child.text ?? '') : NOT_TEXT;
      for (let i = 0; i < chunk.length; i++) positions.push(pos + 1 + offset + i);
      text += chunk;
    });
    blocks.push({ text, positions });
    return false;
  });
  return blocks;
}
