/**
 * Splits a JSON object held as bytes into its members, and one array member into its elements, each
 * still as bytes: a whole-archive bundle can be gigabytes, and a JavaScript string holds at most about
 * 512 MB, so it is never decoded as one string. Each piece is then parsed on its own (JSON.parse checks
 * it); this scanner only finds where pieces end.
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

class NotJson extends Error {}

function skipSpace(bytes: Uint8Array, at: number): number {
  let i = at;
  while (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09) i += 1;
  return i;
}

/** The index after the string that opens at `at`. */
function stringEnd(bytes: Uint8Array, at: number): number {
  for (let i = at + 1; i < bytes.length; i += 1) {
    if (bytes[i] === BACKSLASH) i += 1;
    else if (bytes[i] === QUOTE) return i + 1;
  }
  throw new NotJson();
}

/** The index after the value that starts at `at`. */
function valueEnd(bytes: Uint8Array, at: number): number {
  const first = bytes[at];
  if (first === QUOTE) return stringEnd(bytes, at);
  if (first === OPEN_OBJECT || first === OPEN_ARRAY) {
    let depth = 0;
    for (let i = at; i < bytes.length; i += 1) {
      const byte = bytes[i];
      if (byte === QUOTE) i = stringEnd(bytes, i) - 1;
      else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) depth += 1;
      else if ((byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) && --depth === 0) return i + 1;
    }
    throw new NotJson();
  }
  let i = at;
  while (i < bytes.length && ![COMMA, CLOSE_OBJECT, CLOSE_ARRAY, 0x20, 0x0a, 0x0d, 0x09].includes(bytes[i] ?? 0)) i += 1;
  if (i === at) throw new NotJson();
  return i;
}

/** Calls `each` with every comma-separated item between `open` (at `at`) and `close`; returns the index after. */
function items(bytes: Uint8Array, at: number, open: number, close: number, each: (start: number) => number): number {
  if (bytes[at] !== open) throw new NotJson();
  let i = skipSpace(bytes, at + 1);
  if (bytes[i] === close) return i + 1;
  for (;;) {
    i = skipSpace(bytes, each(i));
    if (bytes[i] === close) return i + 1;
    if (bytes[i] !== COMMA) throw new NotJson();
    i = skipSpace(bytes, i + 1);
  }
}

export interface JsonMembers {
  /** Each member's value, as bytes, by key; the `split` member is left out. */
  members: Map<string, Uint8Array>;
  /** The elements of the `split` member, as bytes, if it is an array. */
  elements: Uint8Array[] | undefined;
}

/** Null when `bytes` are not one JSON object, or `decode` refuses a key (pieces are not checked here: parse each). */
export function jsonMembers(bytes: Uint8Array, split: string, decodeText: (bytes: Uint8Array) => string): JsonMembers | null {
  const decode = (piece: Uint8Array): string => {
    try {
      return decodeText(piece);
    } catch {
      throw new NotJson();
    }
  };
  const members = new Map<string, Uint8Array>();
  let elements: Uint8Array[] | undefined;
  try {
    const end = items(bytes, skipSpace(bytes, 0), OPEN_OBJECT, CLOSE_OBJECT, (keyAt) => {
      if (bytes[keyAt] !== QUOTE) throw new NotJson();
      const keyEnd = stringEnd(bytes, keyAt);
      const key: unknown = JSON.parse(decode(bytes.subarray(keyAt, keyEnd)));
      const colon = skipSpace(bytes, keyEnd);
      if (bytes[colon] !== COLON || typeof key !== 'string') throw new NotJson();
      const valueAt = skipSpace(bytes, colon + 1);
      if (key === split && bytes[valueAt] === OPEN_ARRAY) {
        const found: Uint8Array[] = [];
        elements = found;
        return items(bytes, valueAt, OPEN_ARRAY, CLOSE_ARRAY, (elementAt) => {
          const elementEnd = valueEnd(bytes, elementAt);
          found.push(bytes.subarray(elementAt, elementEnd));
          return elementEnd;
        });
      }
      const valueEndAt = valueEnd(bytes, valueAt);
      members.set(key, bytes.subarray(valueAt, valueEndAt));
      if (key === split) elements = undefined;
      return valueEndAt;
    });
    if (skipSpace(bytes, end) !== bytes.length) return null;
    return { members, elements };
  } catch (error) {
    if (error instanceof NotJson || error instanceof SyntaxError) return null;
    throw error;
  }
}
