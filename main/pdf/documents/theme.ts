import type { Language } from '../../core/language';
import type { Brand } from '../../core/schema';
import { BUNDLED_FAMILIES, loadFont, type LoadedFont } from '../fonts/registry';
import { hexToRgb, type Rgb, type TextStyle } from '../text/style';

/** The brand turned into what the typesetter needs: faces, colours, sizes. Nothing brand-specific is fixed here. */
export interface Theme {
  language: Language;
  body: Faces;
  heading: Faces;
  colors: { primary: Rgb; accent: Rgb; text: Rgb; muted: Rgb; white: Rgb };
}

export interface Faces {
  regular: LoadedFont;
  bold: LoadedFont;
  italic: LoadedFont;
  boldItalic: LoadedFont;
}

/**
 * A family's four faces, each loaded (read and parsed) on first use: a communiqué rarely needs all
 * eight faces of a theme, and a face costs milliseconds to read.
 */
function faces(family: string): Faces {
  if (!BUNDLED_FAMILIES.includes(family)) loadFont(family, { bold: false, italic: false });
  return {
    get regular() {
      return loadFont(family, { bold: false, italic: false });
    },
    get bold() {
      return loadFont(family, { bold: true, italic: false });
    },
    get italic() {
      return loadFont(family, { bold: false, italic: true });
    },
    get boldItalic() {
      return loadFont(family, { bold: true, italic: true });
    },
  };
}

export function pickFace(f: Faces, bold: boolean, italic: boolean): LoadedFont {
  if (bold && italic) return f.boldItalic;
  if (bold) return f.bold;
  return italic ? f.italic : f.regular;
}

/** The colour `t` of the way from `a` to `b`. */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return { r: a.r + (b.r - a.r) * t, g: a.g + (b.g - a.g) * t, b: a.b + (b.b - a.b) * t };
}

export function makeTheme(brand: Brand, language: Language): Theme {
  const white = { r: 1, g: 1, b: 1 };
  const text = hexToRgb(brand.colors.text);
  return {
    language,
    body: faces(brand.fonts.body),
    heading: faces(brand.fonts.heading),
    colors: { primary: hexToRgb(brand.colors.primary), accent: hexToRgb(brand.colors.accent), text, muted: mix(text, white, 0.4), white },
  };
}

export function style(font: LoadedFont, size: number, color: Rgb, href?: string): TextStyle {
  return href ? { font, size, color, href } : { font, size, color };
}

/** Distance from the top of a line box to the baseline, centring the face's ascent and descent. */
export function baselineIn(lineHeight: number, font: LoadedFont, size: number): number {
  const ascent = (font.ascent * size) / font.unitsPerEm;
  const descent = (-font.descent * size) / font.unitsPerEm;
  return (lineHeight - (ascent + descent)) / 2 + ascent;
}
