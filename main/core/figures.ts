/** The figures of a release's body, as the export checks them. Pure: the studio and the CLI share it. */
import type { RichText } from './schema';

export interface FigureWithoutAlt {
  /** Its place among the body's figures, from 1, as the user counts them. */
  number: number;
  image: string;
  caption: string;
}

/** The figures a screen reader could say nothing of: no alt text, or only spaces. */
export function figuresWithoutAlt(body: RichText): FigureWithoutAlt[] {
  const figures = body.flatMap((block) => (block.type === 'figure' ? [block] : []));
  return figures.flatMap((figure, at) => (figure.alt.trim() ? [] : [{ number: at + 1, image: figure.image, caption: figure.caption }]));
}

/** The stored images the body's figures show. */
export function figureImages(body: RichText): string[] {
  return body.flatMap((block) => (block.type === 'figure' ? [block.image] : []));
}
