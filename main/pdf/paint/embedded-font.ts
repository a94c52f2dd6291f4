import { createHash } from 'node:crypto';
import { PDFString, type PDFContext, type PDFRef } from 'pdf-lib';
import { deflatedStream } from './streams';
import { TrueTypeSubset } from './truetype-subset';
import type { LoadedFont } from '../fonts/registry';
import type { ShapedText } from '../fonts/shaper';

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

/** A text as UTF-16BE hex digits (no byte-order mark). */
export function utf16Hex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return out;
}

/** A byte of a literal string: the delimiters and the backslash escaped, and CR, which a reader would take for a line end. */
function literalByte(byte: number): string {
  if (byte === 0x28 || byte === 0x29 || byte === 0x5c) return `\\${String.fromCharCode(byte)}`;
  return byte === 0x0d ? '\\r' : String.fromCharCode(byte);
}

/**
 * A CID as the two bytes of a literal string (Identity-H): half the size of four hex digits, which made
 * most of a page's content stream and of the time spent deflating it.
 */
function cidCode(cid: number): string {
  return literalByte(cid >> 8) + literalByte(cid & 0xff);
}

/** Six capital letters derived from the subset's content: same glyphs, same tag (PDF 32000 9.6.4). */
function subsetTag(seed: string): string {
  const digest = createHash('sha256').update(seed).digest();
  return Array.from(digest.subarray(0, 6), (byte) => String.fromCharCode(65 + (byte % 26))).join('');
}

function toUnicodeCMap(texts: readonly string[]): string {
  const entries = texts.map((text, cid) => ({ cid, text })).filter((e) => e.text !== '');
  const chunks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    chunks.push(`${chunk.length} beginbfchar\n${chunk.map((e) => `<${hex4(e.cid)}> <${utf16Hex(e.text)}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...chunks,
    'endcmap',
    'CMapName currentdict /CIDResource defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** A shaped text as CIDs: the pieces before its last run, the last run (a literal string's bytes), and the kern after its last glyph. */
interface EncodedText {
  prefix: string;
  run: string;
  lastKern: number;
}

/**
 * A face embedded as a Type 0 / CIDFontType2 font holding only the glyphs used. Each distinct
 * (glyph, text) pair gets its own CID, so the same glyph can extract as different text (a space and a
 * no-break space, a hyphen and the soft hyphen that ends a hyphenated line); the CIDToGIDMap leads
 * CIDs to the subset's glyphs. The font dictionary is written by `finish`, once every glyph is known.
 */
export class EmbeddedFont {
  readonly ref: PDFRef;
  private readonly subset: TrueTypeSubset;
  private readonly cidByKey = new Map<string, number>();
  private readonly cidGlyph: number[] = [0];
  private readonly cidText: string[] = [''];
  private readonly cidWidth: number[];
  private readonly encoded = new Map<ShapedText, EncodedText>();

  constructor(
    private readonly context: PDFContext,
    readonly font: LoadedFont,
    readonly resourceName: string,
  ) {
    this.ref = context.nextRef();
    this.subset = new TrueTypeSubset(font.fontkit.stream.buffer);
    this.cidWidth = [this.scale(font.fontkit.getGlyph(0).advanceWidth)];
  }

  private scale(units: number): number {
    return Math.round((units * 1000) / this.font.unitsPerEm);
  }

  private cid(glyphId: number, text: string, advance: number): number {
    const key = `${glyphId}:${text}`;
    let cid = this.cidByKey.get(key);
    if (cid === undefined) {
      cid = this.cidGlyph.length;
      this.cidByKey.set(key, cid);
      this.cidGlyph.push(this.subset.includeGlyph(glyphId));
      this.cidText.push(text);
      this.cidWidth.push(this.scale(advance));
    }
    return cid;
  }

  /** A shaped text's TJ pieces up to its last glyph, with kerning between glyphs; the last glyph's own kern apart. */
  private encode(shaped: ShapedText): EncodedText {
    let encoded = this.encoded.get(shaped);
    if (encoded) return encoded;
    const prefix: string[] = [];
    let run = '';
    let lastKern = 0;
    const last = shaped.glyphIds.length - 1;
    shaped.glyphIds.forEach((glyphId, i) => {
      const defaultAdvance = shaped.defaultAdvances[i] ?? 0;
      run += cidCode(this.cid(glyphId, shaped.texts[i] ?? '', defaultAdvance));
      const kern = ((shaped.advances[i] ?? 0) - defaultAdvance) * (1000 / this.font.unitsPerEm);
      if (i === last) lastKern = kern;
      else if (Math.abs(kern) > 0.005) {
        prefix.push(`(${run})`, formatNumber(-kern));
        run = '';
      }
    });
    encoded = { prefix: prefix.join(' '), run, lastKern };
    this.encoded.set(shaped, encoded);
    return encoded;
  }

  /**
   * The TJ array body for a shaped text: CIDs in literal strings, with kerning as adjustments between glyphs.
   * `extraAfter` (thousandths of the font size) widens the text after its last glyph (justified spaces).
   * Each distinct shaped text is encoded once per font: a kit repeats its words thousands of times.
   */
  showText(shaped: ShapedText, extraAfter = 0): string {
    const { prefix, run, lastKern } = this.encode(shaped);
    const adjust = lastKern + extraAfter;
    const tail = run === '' ? '' : Math.abs(adjust) > 0.005 ? `(${run}) ${formatNumber(-adjust)}` : `(${run})`;
    return prefix && tail ? `${prefix} ${tail}` : prefix || tail;
  }

  finish(): void {
    const { context, font } = this;
    const fontBytes = this.subset.encode();
    const tag = subsetTag(`${font.postscriptName}|${this.cidGlyph.join(',')}|${this.cidText.join('\u0000')}`);
    const baseFont = `${tag}+${font.postscriptName}`;
    const fontFile = deflatedStream(context, fontBytes, { Length1: fontBytes.length });
    const flags = 4 | (font.serif ? 2 : 0) | (font.italicAngle !== 0 ? 64 : 0);
    const descriptor = context.register(
      context.obj({
        Type: 'FontDescriptor',
        FontName: baseFont,
        Flags: flags,
        FontBBox: font.bbox.map((v) => this.scale(v)),
        ItalicAngle: font.italicAngle,
        Ascent: this.scale(font.ascent),
        Descent: this.scale(font.descent),
        CapHeight: this.scale(font.capHeight),
        StemV: 80,
        FontFile2: fontFile,
      }),
    );
    const gidMap = new Uint8Array(this.cidGlyph.length * 2);
    this.cidGlyph.forEach((gid, cid) => {
      gidMap[cid * 2] = gid >> 8;
      gidMap[cid * 2 + 1] = gid & 0xff;
    });
    const cidToGid = deflatedStream(context, gidMap);
    const cidFont = context.register(
      context.obj({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        BaseFont: baseFont,
        CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
        FontDescriptor: descriptor,
        W: [0, this.cidWidth],
        CIDToGIDMap: cidToGid,
      }),
    );
    const toUnicode = deflatedStream(context, toUnicodeCMap(this.cidText));
    context.assign(
      this.ref,
      context.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: baseFont,
        Encoding: 'Identity-H',
        DescendantFonts: [cidFont],
        ToUnicode: toUnicode,
      }),
    );
  }
}

/** PDF numbers: short, and the same string for the same value on every machine. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
