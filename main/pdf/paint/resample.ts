import type { Sharp, SharpInput, SharpOptions } from 'sharp';
import { planes, type PreparedImage } from './images';

// libvips is loaded on the first picture: most exports show none, and loading it costs every start some 20 ms.
async function sharp(bytes: SharpInput, options?: SharpOptions): Promise<Sharp> {
  return (await import('sharp')).default(bytes, options);
}

/** The size an image is embedded at, in pixels. */
export interface Pixels {
  width: number;
  height: number;
}

/**
 * A picture's size as it shows, its EXIF orientation applied (a camera's portrait is stored on its side),
 * read by libvips from the header alone; a file that is no PNG or JPEG is refused.
 */
export async function pictureSize(bytes: Uint8Array): Promise<Pixels> {
  const { format, autoOrient } = await (await sharp(bytes)).metadata();
  if (format !== 'jpeg' && format !== 'png') throw new Error(`not a PNG or JPEG picture: ${format}`);
  return autoOrient;
}

/** JPEG quality of a resampled photo: no visible loss at 300 dpi. */
const JPEG_QUALITY = 90;

/**
 * A figure's picture resampled with libvips (sharp) to `pixels`, never larger than it is, in sRGB (CMYK
 * and other profiles converted, as PDF/A wants beside the sRGB output intent): a JPEG stays a baseline
 * JPEG, a PNG becomes lossless planes with its alpha kept; turned as its EXIF orientation says. The original
 * bytes are only read.
 */
export async function resampleImage(bytes: Uint8Array, pixels: Pixels): Promise<PreparedImage> {
  const source = await sharp(bytes, { failOn: 'error', autoOrient: true });
  const { format } = await source.metadata();
  const resized = source.resize(pixels.width, pixels.height, { fit: 'fill', withoutEnlargement: true }).toColourspace('srgb');
  if (format === 'jpeg') {
    const { data, info } = await resized.removeAlpha().jpeg({ quality: JPEG_QUALITY }).toBuffer({ resolveWithObject: true });
    return { format: 'jpg', width: info.width, height: info.height, bytes: new Uint8Array(data) };
  }
  if (format !== 'png') throw new Error(`not a PNG or JPEG picture: ${format ?? 'unknown'}`);
  const { data, info } = await resized.ensureAlpha().raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
  return planes(new Uint8Array(data.buffer, data.byteOffset, data.length), info.width, info.height);
}

const CACHE_LIMIT = 16;
const cache = new Map<string, Promise<PreparedImage>>();

/**
 * resampleImage, remembered by `key` (the stored name, a content hash, and the size): the live preview
 * sets the same figure on every keystroke and resamples it once.
 */
export function resampledImage(key: string, bytes: Uint8Array, pixels: Pixels): Promise<PreparedImage> {
  const known = cache.get(key);
  if (known) return known;
  const image = resampleImage(bytes, pixels);
  // A failed resample is not remembered: the file may be replaced and tried again.
  image.catch(() => cache.delete(key));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, image);
  return image;
}
