import type { Line } from '../frame';
import { setParagraph, type ParagraphSpec } from '../text/paragraph';

/**
 * Paragraphs already set, by their text, styles, language, width and setting: an edit sets again only
 * the paragraph it changed, and a preview typed into a long release re-sets one paragraph, not all.
 * Setting is pure (the same spec gives the same lines, which nothing changes once set), so a cached
 * paragraph prints byte for byte as a fresh one. The oldest entries go past MAX_ENTRIES.
 */
const MAX_ENTRIES = 4000;
const cache = new Map<string, Line[]>();

function keyOf(spec: ParagraphSpec): string {
  // `where` only names the paragraph in a refusal, and a refused paragraph is never kept.
  const spans = spec.spans.map(({ text, style }) => [text, style.font.key, style.size, style.color.r, style.color.g, style.color.b, style.href ?? '']);
  return JSON.stringify([spans, spec.language, spec.width, spec.align, spec.hyphenate, spec.balance ?? false]);
}

export function setParagraphCached(spec: ParagraphSpec): Line[] {
  const key = keyOf(spec);
  const found = cache.get(key);
  if (found) {
    // Used again: it goes to the back of the queue.
    cache.delete(key);
    cache.set(key, found);
    return found;
  }
  const lines = setParagraph(spec);
  cache.set(key, lines);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return lines;
}

/** Forgets every set paragraph: the bench's warm runs start from none, as Typst's start with its memo emptied. */
export function clearParagraphCache(): void {
  cache.clear();
}
