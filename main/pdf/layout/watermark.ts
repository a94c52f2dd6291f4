import type { Language } from '../../core/language';
import type { Furniture } from '../blocks';
import type { FrameItem, PageGeometry } from '../frame';
import { setParagraph } from '../text/paragraph';
import { lookFace, textStyle, type Faces } from './faces';

/** The word runs corner to corner over this share of the page's diagonal. */
const SPAN = 0.62;
const TRIAL_SIZE = 100;

/**
 * A word across the page from its lower left to its upper right, centred, behind the text: real text
 * (a reader finds it, a search finds it) with no structure element, so it is an artifact.
 */
export function setWatermark(watermark: NonNullable<Furniture['watermark']>, language: Language, faces: Faces, g: PageGeometry): FrameItem[] {
  const lineAt = (size: number) => {
    const look = { family: 'heading' as const, bold: true, size, color: watermark.color };
    const [line] = setParagraph({ spans: [{ text: watermark.text, style: textStyle(faces, look) }], language, width: 1e6, align: 'left', hyphenate: false, where: 'the watermark' });
    return { line, face: lookFace(faces, look) };
  };
  const diagonal = Math.hypot(g.width, g.height);
  const trial = lineAt(TRIAL_SIZE).line;
  if (!trial || trial.width === 0) return [];
  const size = (TRIAL_SIZE * SPAN * diagonal) / trial.width;
  const { line, face } = lineAt(size);
  if (!line) return [];
  // Layout's y grows downwards, so a line rising to the right turns by -angle here and +angle in PDF space.
  const angle = Math.atan2(g.height, g.width);
  const capHeight = ((face.ascent * 0.7) * size) / face.unitsPerEm;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const x = g.width / 2 - (line.width / 2) * cos + (capHeight / 2) * sin;
  const baseline = g.height / 2 + (line.width / 2) * sin + (capHeight / 2) * cos;
  return [{ kind: 'text', x, baseline, line, angle }];
}
