import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FAMILIES, loadFont } from '../../../main/pdf/fonts/registry';
import { TrueTypeSubset } from '../../../main/pdf/paint/truetype-subset';

/** Latin, French and Cyrillic letters, among them composite glyphs (Т, й, ё are built from other glyphs in Noto). */
const TEXT = 'Тематические встречи « российского » ёлка — Œuvre façade ﬁ 2019 №';

/** Each glyph of a font program as its outline and advance, glyph by glyph. */
/** The parts of fontkit's font this test reads, beyond what the engine declares. */
interface Outlined {
  numGlyphs: number;
  getGlyph(id: number): { advanceWidth: number; path: { toSVG(): string } };
}

function outlines(bytes: Uint8Array): string[] {
  const font = fontkit.create(bytes) as unknown as Outlined;
  return Array.from({ length: font.numGlyphs }, (_, id) => `${font.getGlyph(id).advanceWidth} ${font.getGlyph(id).path.toSVG()}`);
}

describe('a TrueType subset', () => {
  it('holds the same glyphs, numbered the same way, as fontkit’s subset of the same glyphs, composites and their parts included', () => {
    for (const family of BUNDLED_FAMILIES) {
      for (const bold of [false, true]) {
        const font = loadFont(family, { bold, italic: false });
        const glyphs = font.fontkit.layout(TEXT).glyphs.map((glyph) => glyph.id);
        const theirs = font.fontkit.createSubset();
        const ours = new TrueTypeSubset(font.fontkit.stream.buffer);
        expect(glyphs.map((id) => ours.includeGlyph(id))).toEqual(glyphs.map((id) => theirs.includeGlyph(id)));
        expect(outlines(ours.encode())).toEqual(outlines(theirs.encode()));
      }
    }
  });

  it('leaves the face’s file as it was: a second subset of the same glyphs is the same', () => {
    const font = loadFont('Noto Serif', { bold: false, italic: false });
    const subsetOf = (): Uint8Array => {
      const subset = new TrueTypeSubset(font.fontkit.stream.buffer);
      for (const glyph of font.fontkit.layout(TEXT).glyphs) subset.includeGlyph(glyph.id);
      return subset.encode();
    };
    const first = subsetOf();
    expect(subsetOf()).toEqual(first);
    expect(outlines(first).length).toBeGreaterThan(new Set(TEXT).size / 2);
  });
});
