import type { Frames, Line } from '../frame';

/**
 * A key per page that changes only when what the page shows does: a 53-bit hash (cyrb53) of its frame.
 * The preview repaints only the pages whose key changed; the frame is what paint sees, so two pages with
 * the same frame print the same, whatever their font subsets' glyph numbers. A set line is hashed once:
 * the paragraph cache hands the same lines to the next render, which then hashes only what changed.
 */
export function pageKeys(frames: Frames): string[] {
  return frames.pages.map((page) => hash(JSON.stringify(page, (key, value: unknown) => (key === 'line' && isLine(value) ? lineKey(value) : drawn(key, value)))));
}

const lineKeys = new WeakMap<Line, string>();

function lineKey(line: Line): string {
  let key = lineKeys.get(line);
  if (key === undefined) {
    key = hash(JSON.stringify(line, drawn));
    lineKeys.set(line, key);
  }
  return key;
}

function isLine(value: unknown): value is Line {
  return typeof value === 'object' && value !== null && 'pieces' in value;
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
