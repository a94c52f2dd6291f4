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
  /** The font's file name in the bundled fonts folder, e.g. `NotoSerif-BoldItalic.ttf`. */
  file: string;
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

/**
 * The italic angle from the `post` table's header, read from the file: fontkit decodes the whole table
 * (a name for each of thousands of glyphs) to give it, the costliest part of loading a face.
 */
function italicAngle(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    if (view.getUint32(record) === 0x706f7374 /* 'post' */) return view.getInt32(view.getUint32(record + 8) + 4) / 65536;
  }
  return 0;
}

// Parsed fonts are shared by every render of the process: parsing a face costs tens of milliseconds.
const loaded = new Map<string, LoadedFont>();

export function loadFont(family: string, style: FaceStyle): LoadedFont {
  const spec = FAMILIES[family];
  if (!spec) {
    const fonts = BUNDLED_FAMILIES.join(', ');
    throw new UserError('export.fontMissing', { family, fonts });
  }
  const key = `${family}/${styleName(style)}`;
  const cached = loaded.get(key);
  if (cached) return cached;
  const file = `${spec.filePrefix}-${styleName(style)}.ttf`;
  const bytes = readFontFile(file);
  const font = fontkit.create(bytes);
  const face: LoadedFont = {
    key,
    file,
    postscriptName: font.postscriptName,
    unitsPerEm: font.unitsPerEm,
    ascent: font.ascent,
    descent: font.descent,
    capHeight: font.capHeight,
    italicAngle: italicAngle(bytes),
    bbox: [font.bbox.minX, font.bbox.minY, font.bbox.maxX, font.bbox.maxY],
    serif: spec.serif,
    fontkit: font,
  };
  loaded.set(key, face);
  return face;
}

// Code points each face was found to have, so a kit's thousands of paragraphs ask the cmap once per character.
const covered = new WeakMap<LoadedFont, Set<number>>();

/** Throws a UserError naming the first character of `text` the face cannot print. */
export function assertPrintable(font: LoadedFont, text: string, where: string): void {
  let known = covered.get(font);
  if (!known) covered.set(font, (known = new Set()));
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i) ?? 0;
    if (codePoint > 0xffff) i++;
    if (known.has(codePoint)) continue;
    if (!font.fontkit.hasGlyphForCodePoint(codePoint)) {
      const character = describeCharacter(String.fromCodePoint(codePoint));
      // The place is in English only: the French sentence names the character alone.
      throw new UserError('export.character', { character, where });
    }
    known.add(codePoint);
  }
}
