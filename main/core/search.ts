/** Text search over releases: case- and accent-insensitive, every word of the query must appear. */
import type { Block, Inline, Release } from './schema';

// The marks NFD splits off Latin, Greek and Cyrillic letters (é, ç, й, ё) are all in this block; a query and a
// text fold alike, so a mark outside it still matches itself. (\p{M} with /u made a first search 3× slower.)
const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
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

/**
 * A release's folded text, and which pairs of adjacent letters or digits it holds: a query word is looked
 * for only in the texts that hold all of its pairs (a test of a few bits instead of a scan of a whole
 * release), so a search through 20,000 releases reads the few that can match.
 */
export interface Searchable {
  readonly text: string;
  readonly pairs: Uint32Array;
}

/** Letters and digits as they are once folded (a–z, 0–9, а–я), numbered from 1; 0 for any other character. */
function symbolOf(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x60;
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 27;
  if (code >= 0x430 && code <= 0x44f) return code - 0x430 + 37;
  return 0;
}
const SYMBOLS = 69;

function addPairs(text: string, pairs: Uint32Array): void {
  let previous = 0;
  for (let at = 0; at < text.length; at += 1) {
    const symbol = symbolOf(text.charCodeAt(at));
    if (previous !== 0 && symbol !== 0) {
      const bit = previous * SYMBOLS + symbol;
      pairs[bit >>> 5] = (pairs[bit >>> 5] as number) | (1 << (bit & 31));
    }
    previous = symbol;
  }
}

function pairsOf(text: string): Uint32Array {
  const pairs = new Uint32Array(Math.ceil((SYMBOLS * SYMBOLS) / 32));
  addPairs(text, pairs);
  return pairs;
}

// The store hands out the same frozen release objects until one is changed (and so replaced): each
// release's text is folded once, not on every keystroke of a search through thousands of them.
const folded = new WeakMap<Release, Searchable>();

/** What a query is matched against. */
export function searchable(release: Release): Searchable {
  let found = folded.get(release);
  if (found === undefined) {
    const text = foldForSearch([release.ref, release.title, release.subtitle, release.lead, ...release.tags, release.event, ...release.body.map(blockText)].join('\n'));
    found = { text, pairs: pairsOf(text) };
    if (Object.isFrozen(release)) folded.set(release, found);
  }
  return found;
}

/** Whether a release holds every word of `query` (case and accents aside): the query is folded once, not once per release. */
export function searchFor(query: string): (release: Searchable) => boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const wanted = pairsOf(words.join(' '));
  return ({ text, pairs }) => {
    for (let at = 0; at < wanted.length; at += 1) {
      if (((wanted[at] as number) & ~(pairs[at] as number)) !== 0) return false;
    }
    return words.every((word) => text.includes(word));
  };
}
