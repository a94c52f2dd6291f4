import type { Run, TextLook } from '../blocks';
import type { TextStyle } from '../frame';
import { BUNDLED_FAMILIES, loadFont, type LoadedFont } from '../fonts/registry';

/** The brand's face for a family role, weight and style. */
export type Faces = (family: TextLook['family'], bold: boolean, italic: boolean) => LoadedFont;

/**
 * The brand's two families, each face loaded (read and parsed) on first use: a communiqué rarely needs
 * all eight faces, and a face costs milliseconds to read. A family that is not bundled is refused at once.
 */
export function brandFaces(fonts: { body: string; heading: string }): Faces {
  for (const family of [fonts.body, fonts.heading]) if (!BUNDLED_FAMILIES.includes(family)) loadFont(family, { bold: false, italic: false });
  return (family, bold, italic) => loadFont(fonts[family], { bold, italic });
}

/** The face a look asks for. */
export function lookFace(faces: Faces, look: TextLook): LoadedFont {
  return faces(look.family, look.bold ?? false, look.italic ?? false);
}

/** A run's style in a look: what the run leaves unset comes from the look. */
export function textStyle(faces: Faces, look: TextLook, run: Omit<Run, 'text'> = {}): TextStyle {
  const font = faces(look.family, run.bold ?? look.bold ?? false, run.italic ?? look.italic ?? false);
  const color = run.color ?? look.color;
  return run.href ? { font, size: look.size, color, href: run.href } : { font, size: look.size, color };
}

/** Distance from the top of a line box to the baseline, centring the face's ascent and descent. */
export function baselineIn(lineHeight: number, font: LoadedFont, size: number): number {
  const ascent = (font.ascent * size) / font.unitsPerEm;
  const descent = (-font.descent * size) / font.unitsPerEm;
  return (lineHeight - (ascent + descent)) / 2 + ascent;
}
