import type { Frames } from '../frame';

/**
 * A key per page that changes only when what the page shows does: a 53-bit hash (cyrb53) of its frame.
 * The preview repaints only the pages whose key changed; the frame is what paint sees, so two pages with
 * the same frame print the same, whatever their font subsets' glyph numbers.
 */
export function pageKeys(frames: Frames): string[] {
  return frames.pages.map((page) => hash(JSON.stringify(page, drawn)));
}

/** What a page shows: a face by its key (the loaded font holds its program); the structure tree shows nothing. */
function drawn(key: string, value: unknown): unknown {
  if (key === 'element') return undefined;
  if (key === 'font' && typeof value === 'object' && value !== null && 'key' in value) return value.key;
  return value;
}

function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
