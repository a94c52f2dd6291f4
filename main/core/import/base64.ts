/** Base64 without Node's Buffer, so the domain stays runnable in any JavaScript engine. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Each character's six bits by its code; '=' counts as zero, as its bits are padding. */
const VALUES = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    out += ALPHABET[(triple >> 18) & 63];
    out += ALPHABET[(triple >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(triple >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[triple & 63] : '=';
  }
  return out;
}

/**
 * Null when `text` is not canonical, padded base64. A table and one loop: the studio decodes every PDF
 * the preview shows from studio:web's JSON, where a Map lookup and two arrays per four characters cost
 * 19 ms for a 2-page release (45 KB).
 */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  for (let i = 0, at = 0; i < text.length; i += 4, at += 3) {
    const triple =
      ((VALUES[text.charCodeAt(i)] ?? 0) << 18) | ((VALUES[text.charCodeAt(i + 1)] ?? 0) << 12) | ((VALUES[text.charCodeAt(i + 2)] ?? 0) << 6) | (VALUES[text.charCodeAt(i + 3)] ?? 0);
    // The last quad's padding bytes fall past the end, where a typed array ignores writes.
    bytes[at] = triple >> 16;
    bytes[at + 1] = (triple >> 8) & 255;
    bytes[at + 2] = triple & 255;
  }
  return bytes;
}
