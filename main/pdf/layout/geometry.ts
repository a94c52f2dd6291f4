import type { Paper } from '../../core/schema';
import { MM } from '../blocks';
import type { Margins, PageGeometry } from '../frame';


const PAPERS: Record<Paper, { width: number; height: number }> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
};

/** Room outside the bleed for crop marks. */
const MARK_ROOM = 12 * MM;

export function pageGeometry(paper: Paper, marginsMm: Margins, bleedMm: number, cropMarks: boolean): PageGeometry {
  const bleed = bleedMm * MM;
  return {
    ...PAPERS[paper],
    margins: {
      top: marginsMm.top * MM,
      right: marginsMm.right * MM,
      bottom: marginsMm.bottom * MM,
      left: marginsMm.left * MM,
    },
    bleed,
    cropMarks,
    outset: bleed + (cropMarks ? MARK_ROOM : 0),
  };
}

/** The text area's width. */
export function frameWidth(g: PageGeometry): number {
  return g.width - g.margins.left - g.margins.right;
}
