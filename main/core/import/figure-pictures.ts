/**
 * The picture of each imported figure, checked before anything is stored: a path out of the communiqué's
 * folder or a picture over the pixel budget refuses the import; a picture that cannot be had (on the web,
 * missing, not a PNG or JPEG) is left out with a warning, and the text comes in without it. Pure: the
 * caller has read the files beside the communiqué.
 */
import { UserError, type ErrorDetail } from '../errors';
import { excessMegapixels, imageSize, MAX_IMAGE_MEGAPIXELS, pictureType } from './image-size';
import type { ImportedFigure } from './figure-blocks';

/** Images one communiqué may show: a press release has a few photos, never hundreds. */
export const MAX_FIGURES_PER_FILE = 100;

export interface FigurePicture {
  bytes: Uint8Array;
  type: 'png' | 'jpg';
  /** The name it came with: the file's own, or its place in the Word document ("image2.jpg"). */
  fileName: string;
  width: number;
  height: number;
}

export type PictureVerdict = { picture: FigurePicture } | { warning: ErrorDetail };

/** `neighbours` holds the bytes the caller found for the relative paths the communiqué names (figureFiles). */
export function figurePicture(file: string, figure: ImportedFigure, neighbours: ReadonlyMap<string, Uint8Array>): PictureVerdict {
  const { source } = figure;
  if (source.kind === 'outside') throw new UserError('importImages.outside', { file, image: source.path });
  if (source.kind === 'remote') return { warning: { code: 'importImages.remote', params: { file, image: source.url } } };
  const image = source.kind === 'file' ? source.path : source.name;
  const found = source.kind === 'file' ? neighbours.get(source.path) : source.bytes;
  if (!found) return { warning: { code: 'importImages.missing', params: { file, image } } };
  const type = pictureType(found);
  const size = type ? imageSize(found) : null;
  if (!type || !size || size.width === 0 || size.height === 0) return { warning: { code: 'importImages.format', params: { file, image } } };
  const megapixels = excessMegapixels(found);
  if (megapixels !== null) throw new UserError('importImages.tooLarge', { file, image, megapixels, limit: MAX_IMAGE_MEGAPIXELS });
  return { picture: { bytes: found, type, fileName: image.split('/').at(-1) ?? image, ...size } };
}
