/** Text search over releases: case- and accent-insensitive, every word of the query must appear. */
import type { Block, Inline, Release } from './schema';

export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function inlineText(content: readonly Inline[]): string {
  return content.map((part) => part.text).join('');
}

/** The words of a block, as search and the importers see them (a figure's are its caption, credit and alt text). */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'bulletList':
    case 'orderedList':
      return block.items.map(inlineText).join(' ');
    case 'figure':
      return [block.caption, block.credit, block.alt].filter(Boolean).join(' ');
    default:
      return inlineText(block.content);
  }
}

// The store hands out the same frozen release objects until one is changed (and so replaced): each
// release's text is folded once, not on every keystroke of a search through thousands of them.
const folded = new WeakMap<Release, string>();

/** The folded text a query is matched against. */
export function searchableText(release: Release): string {
  let text = folded.get(release);
  if (text === undefined) {
    text = foldForSearch([release.ref, release.title, release.subtitle, release.lead, ...release.tags, release.event, ...release.body.map(blockText)].join('\n'));
    if (Object.isFrozen(release)) folded.set(release, text);
  }
  return text;
}

export function matchesQuery(haystack: string, query: string): boolean {
  return foldForSearch(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
