import { shapeCompactly, type CompactRun } from './compact-shaping';
import type { LoadedFont } from './registry';

/** A shaped piece of text: glyphs with their kerned advances, in font units. */
export interface ShapedText {
  glyphIds: number[];
  /** The characters each glyph stands for (several for a ligature), for text extraction. */
  texts: string[];
  /** Advances after kerning. */
  advances: number[];
  /** The glyphs' own advances (what the PDF's width table says). */
  defaultAdvances: number[];
  /** Sum of `advances`. */
  width: number;
}

// One cache per face, shared across renders: a communiqué repeats the same words many times.
const caches = new WeakMap<LoadedFont, Map<string, ShapedText>>();

function cacheFor(font: LoadedFont): Map<string, ShapedText> {
  let cache = caches.get(font);
  if (!cache) {
    cache = new Map();
    caches.set(font, cache);
  }
  return cache;
}

/**
 * Which characters of `text` each glyph came from. A glyph's own code point list names every code
 * point the font maps to it (the space glyph serves U+0020 and U+00A0), so the input is the truth;
 * only a ligature takes several characters.
 */
function glyphTexts(text: string, glyphCodePoints: number[][]): string[] {
  const chars = [...text];
  if (chars.length === glyphCodePoints.length) return chars;
  const texts: string[] = [];
  let at = 0;
  for (const codePoints of glyphCodePoints) {
    const ligature = codePoints.length > 1 && codePoints.every((cp, i) => chars[at + i]?.codePointAt(0) === cp);
    const take = ligature ? codePoints.length : 1;
    texts.push(chars.slice(at, at + take).join(''));
    at += take;
  }
  return texts;
}

/** Fixed no-break spaces, which text extractors read as an ordinary space when drawn as a glyph of their own. */
const FIXED_SPACES = new Set(['\u00A0', '\u202F']);

/**
 * Folds each fixed no-break space into the glyph before it: the space becomes part of that glyph's
 * text (« extracts as "«\u202F") and its width part of that glyph's width (its CID is its own, with
 * its own entry in the width table), so nothing moves on the page, no gap is left for a text
 * extractor to read as a plain space, and `pdftotext` gives back the exact character.
 */
function foldFixedSpaces(shaped: ShapedText): ShapedText {
  const out: ShapedText = { glyphIds: [], texts: [], advances: [], defaultAdvances: [], width: shaped.width };
  shaped.glyphIds.forEach((glyphId, i) => {
    const text = shaped.texts[i] ?? '';
    const last = out.glyphIds.length - 1;
    if (FIXED_SPACES.has(text) && last >= 0) {
      out.texts[last] += text;
      out.advances[last] = (out.advances[last] ?? 0) + (shaped.advances[i] ?? 0);
      out.defaultAdvances[last] = (out.defaultAdvances[last] ?? 0) + (shaped.defaultAdvances[i] ?? 0);
      return;
    }
    out.glyphIds.push(glyphId);
    out.texts.push(text);
    out.advances.push(shaped.advances[i] ?? 0);
    out.defaultAdvances.push(shaped.defaultAdvances[i] ?? 0);
  });
  return out;
}

/**
 * Mark positioning only matters when the text holds combining marks, and preparing it costs some 35 ms
 * per face on first use (Noto's mark tables cover every script): most of a one-page export's start-up.
 */
const COMBINING_MARK = /\p{M}/u;
export const WITHOUT_MARK_POSITIONING = { mark: false, mkmk: false, ccmp: false, locl: false, calt: false, clig: false, rlig: false, rclt: false };

function shapeWithFontkit(font: LoadedFont, text: string, withMarks: boolean): CompactRun {
  const run = font.fontkit.layout(text, withMarks ? undefined : WITHOUT_MARK_POSITIONING);
  return {
    glyphIds: run.glyphs.map((g) => g.id),
    texts: glyphTexts(
      text,
      run.glyphs.map((g) => g.codePoints),
    ),
    advances: run.positions.map((p) => p.xAdvance),
    defaultAdvances: run.glyphs.map((g) => g.advanceWidth),
  };
}

const withSum = (run: CompactRun): ShapedText => ({ ...run, width: run.advances.reduce((sum, a) => sum + a, 0) });

/**
 * Shapes `text` with the face's default features (kerning, ligatures); each distinct text once. The bundled
 * faces' compact data (compact-shaping.ts) shapes a text without marks exactly as fontkit would, without
 * its start-up cost; fontkit shapes the rest.
 */
export function shape(font: LoadedFont, text: string): ShapedText {
  const cache = cacheFor(font);
  const hit = cache.get(text);
  if (hit) return hit;
  const withMarks = COMBINING_MARK.test(text);
  const shaped = foldFixedSpaces(withSum((!withMarks && shapeCompactly(font.file, text)) || shapeWithFontkit(font, text, withMarks)));
  cache.set(text, shaped);
  return shaped;
}

/** Width of `text` in points at `size`. */
export function measure(font: LoadedFont, text: string, size: number): number {
  return (shape(font, text).width * size) / font.unitsPerEm;
}
