import { Inflate } from 'fflate';

/**
 * A .docx is a zip: a small file can unpack to gigabytes (a "zip bomb"). Before mammoth unpacks it, the
 * archive is measured here, entry by entry as the central directory lists them (as JSZip, under mammoth,
 * reads them): how many there are, the sizes they declare, and the bytes they really inflate to, counted
 * while inflating and abandoned past the budget, so that neither time nor memory grows with the bomb.
 */

export interface ZipBudget {
  entries: number;
  bytes: number;
}

export type ZipVerdict = 'ok' | 'damaged' | 'tooManyEntries' | 'tooLarge';

interface Entry {
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes handed to the inflater at a time: one slice inflates to 1032 times its size at most. */
const SLICE = 4096;

class Damaged extends Error {}

function reader(bytes: Uint8Array): { u16(at: number): number; u32(at: number): number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const inside = (at: number, length: number): void => {
    if (at < 0 || at + length > bytes.length) throw new Damaged();
  };
  return {
    u16: (at) => (inside(at, 2), view.getUint16(at, true)),
    u32: (at) => (inside(at, 4), view.getUint32(at, true)),
  };
}

/** The end-of-central-directory record sits in the last 64 KB (after an optional comment). */
function endRecord(bytes: Uint8Array, u32: (at: number) => number): number {
  const last = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= last; at -= 1) if (u32(at) === END_SIGNATURE) return at;
  throw new Damaged();
}

function centralDirectory(bytes: Uint8Array): Entry[] {
  const { u16, u32 } = reader(bytes);
  const end = endRecord(bytes, u32);
  const count = u16(end + 10);
  let at = u32(end + 16);
  const entries: Entry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (u32(at) !== CENTRAL_SIGNATURE) throw new Damaged();
    entries.push({ method: u16(at + 10), compressedSize: u32(at + 20), declaredSize: u32(at + 24), localOffset: u32(at + 42) });
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  return entries;
}

/** The compressed bytes of an entry, after its local header. */
function entryData(bytes: Uint8Array, entry: Entry): Uint8Array {
  const { u16, u32 } = reader(bytes);
  const at = entry.localOffset;
  if (u32(at) !== LOCAL_SIGNATURE) throw new Damaged();
  const start = at + 30 + u16(at + 26) + u16(at + 28);
  if (start + entry.compressedSize > bytes.length) throw new Damaged();
  return bytes.subarray(start, start + entry.compressedSize);
}

class OverBudget extends Error {}

/** Inflates `data` slice by slice, counting the output; stops as soon as `left` bytes are exceeded. */
function inflatedSize(data: Uint8Array, left: number): number {
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > left) throw new OverBudget();
  });
  for (let at = 0; at < data.length; at += SLICE) inflate.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
  return size;
}

/** Whether the archive stays within `budget` (entries, and inflated bytes in all), or why not. */
export function checkZipBudget(bytes: Uint8Array, budget: ZipBudget): ZipVerdict {
  try {
    const entries = centralDirectory(bytes);
    if (entries.length > budget.entries) return 'tooManyEntries';
    // What the entries declare is checked first: it costs nothing, and refuses an honest bomb at once.
    if (entries.reduce((sum, entry) => sum + entry.declaredSize, 0) > budget.bytes) return 'tooLarge';
    let total = 0;
    for (const entry of entries) {
      const data = entryData(bytes, entry);
      // Other methods are not unpacked by mammoth either: it refuses the file itself.
      if (entry.method === STORED) total += data.length;
      else if (entry.method === DEFLATED) total += inflatedSize(data, budget.bytes - total);
      if (total > budget.bytes) return 'tooLarge';
    }
    return 'ok';
  } catch (error) {
    if (error instanceof OverBudget) return 'tooLarge';
    // A truncated directory, or deflate data that does not decode (fflate's own errors).
    return 'damaged';
  }
}
