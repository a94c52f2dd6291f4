import * as fontkit from 'fontkit';
import { UserError } from '../../core/errors';
import { readFontFile } from './font-files';
import { describeCharacter } from './characters';

export interface FaceStyle {
  bold: boolean;
  italic: boolean;
}

/** One loaded face of a family, with its metrics in font units. */
export interface LoadedFont {
  /** Stable key, e.g. `Noto Serif/bold-italic`. */
  key: string;
  postscriptName: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  italicAngle: number;
  bbox: [number, number, number, number];
  serif: boolean;
  fontkit: fontkit.Font;
}

const FAMILIES: Record<string, { filePrefix: string; serif: boolean }> = {
  'Noto Serif': { filePrefix: 'NotoSerif', serif: true },
  'Noto Sans': { filePrefix: 'NotoSans', serif: false },
};

export const BUNDLED_FAMILIES = Object.keys(FAMILIES);

function styleName({ bold, italic }: FaceStyle): string {
  if (bold && italic) return 'BoldItalic';
  if (bold) return 'Bold';
  if (italic) return 'Italic';
  return 'Regular';
}

// Parsed fonts are shared by every render of the process: parsing a face costs tens of milliseconds.
const loaded = new Map<string, LoadedFont>();

export function loadFont(family: string, style: FaceStyle): LoadedFont {
  const spec = FAMILIES[family];
  if (!spec) {
    throw new UserError(`The font « ${family} » chosen for the brand is not available; choose one of ${BUNDLED_FAMILIES.join(', ')}.`);
  }
  const key = `${family}/${styleName(style)}`;
  const cached = loaded.get(key);
  if (cached) return cached;
  const font = fontkit.create(readFontFile(`${spec.filePrefix}-${styleName(style)}.ttf`));
  const face: LoadedFont = {
    key,
    postscriptName: font.postscriptName,
    unitsPerEm: font.unitsPerEm,
    ascent: font.ascent,
    descent: font.descent,
    capHeight: font.capHeight,
    italicAngle: font.italicAngle,
    bbox: [font.bbox.minX, font.bbox.minY, font.bbox.maxX, font.bbox.maxY],
    serif: spec.serif,
    fontkit: font,
  };
  loaded.set(key, face);
  return face;
}

/** Throws a UserError naming the first character of `text` the face cannot print. */
export function assertPrintable(font: LoadedFont, text: string, where: string): void {
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (!font.fontkit.hasGlyphForCodePoint(codePoint)) {
      throw new UserError(`The character ${describeCharacter(char)} in ${where} cannot be printed with the brand's fonts.`);
    }
  }
}
