/**
 * A TrueType font program holding only some glyphs, as a PDF embeds it (FontFile2): the tables PDF
 * 32000 9.9 asks for (head, hhea, loca, maxp, cvt, prep, glyf, hmtx, fpgm), glyphs renumbered in the
 * order they were included, a composite glyph's parts included after it. What fontkit's subsetter
 * writes, without decoding every glyph's outline and re-encoding the tables through restructure on
 * each export: the face's tables are read once per process, a subset copies glyph bytes.
 */

/** The face's tables as they are in the file, read once. */
interface Face {
  tables: Map<string, Uint8Array>;
  /** Where each glyph's bytes start in `glyf` (one entry past the last glyph). */
  loca: Uint32Array;
  /** Each glyph's advance and left side bearing (hmtx, the last advance repeated). */
  advances: Uint16Array;
  bearings: Int16Array;
}

const faces = new WeakMap<Uint8Array, Face>();

function table(tables: ReadonlyMap<string, Uint8Array>, tag: string): Uint8Array {
  const found = tables.get(tag);
  if (!found) throw new Error(`The font has no ${tag} table.`);
  return found;
}

/** A copy to write in: the font file may be a Buffer, whose `slice` shares its memory. */
function copyOf(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function readFace(bytes: Uint8Array): Face {
  const known = faces.get(bytes);
  if (known) return known;
  const file = view(bytes);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < file.getUint16(4); i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(bytes[record] ?? 0, bytes[record + 1] ?? 0, bytes[record + 2] ?? 0, bytes[record + 3] ?? 0);
    const offset = file.getUint32(record + 8);
    tables.set(tag, bytes.subarray(offset, offset + file.getUint32(record + 12)));
  }
  const numGlyphs = view(table(tables, 'maxp')).getUint16(4);
  const longLoca = view(table(tables, 'head')).getInt16(50) === 1;
  const locaView = view(table(tables, 'loca'));
  const loca = new Uint32Array(numGlyphs + 1);
  for (let g = 0; g <= numGlyphs; g++) loca[g] = longLoca ? locaView.getUint32(g * 4) : locaView.getUint16(g * 2) * 2;
  const metrics = view(table(tables, 'hmtx'));
  const longMetrics = view(table(tables, 'hhea')).getUint16(34);
  const advances = new Uint16Array(numGlyphs);
  const bearings = new Int16Array(numGlyphs);
  for (let g = 0; g < numGlyphs; g++) {
    advances[g] = metrics.getUint16(4 * Math.min(g, longMetrics - 1));
    bearings[g] = g < longMetrics ? metrics.getInt16(4 * g + 2) : metrics.getInt16(4 * longMetrics + 2 * (g - longMetrics));
  }
  const face = { tables, loca, advances, bearings };
  faces.set(bytes, face);
  return face;
}

// Composite glyph component flags (OpenType glyf table).
const ARGS_ARE_WORDS = 0x0001;
const HAVE_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAVE_XY_SCALE = 0x0040;
const HAVE_2X2 = 0x0080;

/** The sum of a table's big-endian 32-bit words, the last one padded with zeros. */
function checksum(data: Uint8Array): number {
  const words = view(data);
  const whole = data.length - (data.length % 4);
  let sum = 0;
  for (let i = 0; i < whole; i += 4) sum = (sum + words.getUint32(i)) >>> 0;
  if (whole < data.length) sum = (sum + (((data[whole] ?? 0) << 24) | ((data[whole + 1] ?? 0) << 16) | ((data[whole + 2] ?? 0) << 8)) >>> 0) >>> 0;
  return sum;
}

/** The glyphs of one face that a document uses; `encode` once all are included. */
export class TrueTypeSubset {
  private readonly face: Face;
  private readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();

  /** `bytes`: the face's whole font file, the same array for every export (its tables are read once). */
  constructor(bytes: Uint8Array) {
    this.face = readFace(bytes);
    this.includeGlyph(0);
  }

  /** The glyph's number in the subset, given it on its first inclusion. */
  includeGlyph(glyphId: number): number {
    let id = this.mapping.get(glyphId);
    if (id === undefined) {
      id = this.glyphs.length;
      this.glyphs.push(glyphId);
      this.mapping.set(glyphId, id);
    }
    return id;
  }

  /** A glyph's bytes, a composite's component numbers rewritten to the subset's (the components included). */
  private glyphBytes(glyphId: number): Uint8Array {
    const { tables, loca } = this.face;
    const glyf = tables.get('glyf') as Uint8Array;
    const source = glyf.subarray(loca[glyphId] ?? 0, loca[glyphId + 1] ?? 0);
    if (source.length < 10 || view(source).getInt16(0) >= 0) return source;
    const copy = copyOf(source);
    const out = view(copy);
    let at = 10;
    for (;;) {
      const flags = out.getUint16(at);
      out.setUint16(at + 2, this.includeGlyph(out.getUint16(at + 2)));
      at += 4 + (flags & ARGS_ARE_WORDS ? 4 : 2) + (flags & HAVE_SCALE ? 2 : flags & HAVE_XY_SCALE ? 4 : flags & HAVE_2X2 ? 8 : 0);
      if (!(flags & MORE_COMPONENTS)) return copy;
    }
  }

  encode(): Uint8Array {
    const { face } = this;
    const parts: Uint8Array[] = [];
    const offsets: number[] = [0];
    let length = 0;
    // The list grows while it is walked: a composite includes its components.
    for (let i = 0; i < this.glyphs.length; i++) {
      const bytes = this.glyphBytes(this.glyphs[i] as number);
      const padding = (4 - (bytes.length % 4)) % 4;
      parts.push(bytes);
      if (padding) parts.push(new Uint8Array(padding));
      length += bytes.length + padding;
      offsets.push(length);
    }
    const count = this.glyphs.length;
    const shortLoca = length / 2 <= 0xffff;
    const glyf = concat(parts, length);
    const loca = new Uint8Array(offsets.length * (shortLoca ? 2 : 4));
    const locaView = view(loca);
    offsets.forEach((offset, i) => (shortLoca ? locaView.setUint16(i * 2, offset / 2) : locaView.setUint32(i * 4, offset)));
    const hmtx = new Uint8Array(count * 4);
    const hmtxView = view(hmtx);
    this.glyphs.forEach((glyphId, i) => {
      hmtxView.setUint16(i * 4, face.advances[glyphId] ?? 0);
      hmtxView.setInt16(i * 4 + 2, face.bearings[glyphId] ?? 0);
    });
    const head = copyOf(table(face.tables, 'head'));
    view(head).setUint32(8, 0);
    view(head).setInt16(50, shortLoca ? 0 : 1);
    const hhea = copyOf(table(face.tables, 'hhea'));
    view(hhea).setUint16(34, count);
    const maxp = copyOf(table(face.tables, 'maxp'));
    view(maxp).setUint16(4, count);
    const tables = new Map<string, Uint8Array>([
      ['head', head],
      ['hhea', hhea],
      ['loca', loca],
      ['maxp', maxp],
      ['glyf', glyf],
      ['hmtx', hmtx],
    ]);
    for (const tag of ['cvt ', 'prep', 'fpgm']) {
      const kept = face.tables.get(tag);
      if (kept) tables.set(tag, kept);
    }
    const file = sfnt(tables);
    // head.checkSumAdjustment: the whole file then sums to the magic number.
    const headOffset = view(file).getUint32(12 + 16 * [...tables.keys()].sort().indexOf('head') + 8);
    view(file).setUint32(headOffset + 8, (0xb1b0afba - checksum(file)) >>> 0);
    return file;
  }
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The font file: the table directory (tags in ascending order, as the format wants) and the tables, each 4-byte aligned. */
function sfnt(tables: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const headerLength = 12 + 16 * tags.length;
  let length = headerLength;
  for (const tag of tags) length += Math.ceil((tables.get(tag) as Uint8Array).length / 4) * 4;
  const file = new Uint8Array(length);
  const out = view(file);
  const power = 2 ** Math.floor(Math.log2(tags.length));
  out.setUint32(0, 0x00010000);
  out.setUint16(4, tags.length);
  out.setUint16(6, power * 16);
  out.setUint16(8, Math.log2(power));
  out.setUint16(10, tags.length * 16 - power * 16);
  let offset = headerLength;
  tags.forEach((tag, i) => {
    const data = tables.get(tag) as Uint8Array;
    const record = 12 + i * 16;
    for (let c = 0; c < 4; c++) file[record + c] = tag.charCodeAt(c);
    out.setUint32(record + 4, checksum(data));
    out.setUint32(record + 8, offset);
    out.setUint32(record + 12, data.length);
    file.set(data, offset);
    offset += Math.ceil(data.length / 4) * 4;
  });
  return file;
}
