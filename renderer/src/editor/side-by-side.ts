/** The side-by-side view's blocks as plain text, and a block rewritten from the text the translator typed. Pure. */
import type { Block, Inline } from '../../../main/core/schema';

function runsText(runs: Inline[]): string {
  return runs.map((run) => run.text).join('');
}

/** What the source says in a body block, as one text: a list's items one per line, a figure's caption. */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'bulletList':
    case 'orderedList':
      return block.items.map(runsText).join('\n');
    case 'figure':
      return block.caption;
    default:
      return runsText(block.content);
  }
}

/** One run of `text`, keeping the formatting of a block set in one style (a bold heading stays bold). */
function runsOf(runs: Inline[], text: string): Inline[] {
  const [only, ...others] = runs;
  return [only && others.length === 0 ? { ...only, text } : { text }];
}

/**
 * The block with the translator's text in place of its words. Mixed formatting within a block is not kept
 * (a translation's words do not map onto its source's): it is set again in the editor.
 */
export function withText(block: Block, text: string): Block {
  switch (block.type) {
    case 'bulletList':
    case 'orderedList':
      return { ...block, items: text.split('\n').map((line, index) => runsOf(block.items[index] ?? [], line)) };
    case 'figure':
      return { ...block, caption: text };
    default:
      return { ...block, content: runsOf(block.content, text) };
  }
}
