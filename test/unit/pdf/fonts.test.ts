import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../main/core/errors';
import { BUNDLED_FAMILIES, loadFont } from '../../../main/pdf/fonts/registry';
import { measure, shape } from '../../../main/pdf/fonts/shaper';

const STYLES = [
  { bold: false, italic: false },
  { bold: true, italic: false },
  { bold: false, italic: true },
  { bold: true, italic: true },
];

/** What the three languages' typography needs from every face. */
const REQUIRED = '\u202F\u00A0\u2011\u00AD«»‘’“”„–—…•№АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяàâæçéèêëîïôœùûüÿÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ€';

describe('the bundled fonts', () => {
  it('ships TrueType files only, with their OFL licence beside them', () => {
    const files = readdirSync(new URL('../../../assets/fonts/', import.meta.url));
    expect(files.filter((f) => /\.(woff2?|otf)$/u.test(f))).toEqual([]);
    for (const family of ['NotoSerif', 'NotoSans']) {
      expect(files).toContain(`${family}-OFL.txt`);
      for (const style of ['Regular', 'Bold', 'Italic', 'BoldItalic']) expect(files).toContain(`${family}-${style}.ttf`);
    }
  });

  it('cover French, English and Russian typography in every face', () => {
    for (const family of BUNDLED_FAMILIES) {
      for (const style of STYLES) {
        const font = loadFont(family, style);
        const missing = Array.from(REQUIRED).filter((char) => !font.fontkit.hasGlyphForCodePoint(char.codePointAt(0) ?? 0));
        expect({ face: font.key, missing }).toEqual({ face: font.key, missing: [] });
      }
    }
  });

  it('reads each face’s italic angle from its post table as fontkit does', () => {
    for (const family of BUNDLED_FAMILIES) {
      for (const style of STYLES) {
        const font = loadFont(family, style);
        expect(font.italicAngle).toBe(font.fontkit.italicAngle);
        expect(font.italicAngle !== 0).toBe(style.italic);
      }
    }
  });

  it('refuses a family the app does not bundle', () => {
    expect(() => loadFont('Comic Sans', { bold: false, italic: false })).toThrow(UserError);
  });
});

describe('shaping', () => {
  const serif = loadFont('Noto Serif', { bold: false, italic: false });

  it('shapes each distinct text once', () => {
    expect(shape(serif, 'coopération')).toBe(shape(serif, 'coopération'));
  });

  it('applies kerning', () => {
    const kerned = shape(serif, 'AVAT');
    const unkerned = kerned.defaultAdvances.reduce((a, b) => a + b, 0);
    expect(kerned.width).toBeLessThan(unkerned);
  });

  it('folds a narrow no-break space into the glyph before it without changing the width', () => {
    const shaped = shape(serif, '«\u202FMouse');
    expect(shaped.texts[0]).toBe('«\u202F');
    expect(shaped.glyphIds).toHaveLength(6);
    expect(measure(serif, '«\u202FMouse', 10)).toBeCloseTo(measure(serif, '«\u202F', 10) + measure(serif, 'Mouse', 10), 1);
  });

  it('positions combining marks when the text has them, and shapes composed text the same without that step', () => {
    const composed = shape(serif, 'é');
    const decomposed = shape(serif, 'e\u0301');
    expect(decomposed.glyphIds).toHaveLength(2);
    expect(Math.abs(decomposed.width - composed.width)).toBeLessThan(composed.width * 0.05);
    expect(shape(serif, 'Véhicule AVAT').glyphIds).toEqual(serif.fontkit.layout('Véhicule AVAT').glyphs.map((g) => g.id));
  });

  it('keeps the text of a ligature for extraction', () => {
    const shaped = shape(serif, 'officiel');
    expect(shaped.texts.join('')).toBe('officiel');
  });
});
