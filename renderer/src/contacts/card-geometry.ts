import { CARD_WIDTH_MM, cardGrid } from '../../../main/core/card-sheet';

/** CSS pixels per millimetre at 100 %. */
const MM_PX = 96 / 25.4;
export const CARD_WIDTH_PX = CARD_WIDTH_MM * MM_PX;

/** The first card's top-left corner on a cards sheet of this size (CSS pixels), laid out as the typesetter does. */
export function firstCardOrigin(pageWidth: number, pageHeight: number): { x: number; y: number } {
  const { x, y } = cardGrid(pageWidth, pageHeight, MM_PX);
  return { x, y };
}
