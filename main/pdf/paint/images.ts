import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { deflateSync } from 'node:zlib';
import { UserError } from '../../core/errors';
import { excessMegapixels, MAX_IMAGE_MEGAPIXELS } from '../../core/import/image-size';

/**
 * An image checked and turned into what a PDF image XObject holds: JPEG bytes as they are (re-encoded,
 * baseline), or a PNG's colour and alpha planes, deflated. Made once per image and reused by every export.
 */
export type PreparedImage =
  | { format: 'jpg'; width: number; height: number; bytes: Uint8Array }
  | { format: 'raw'; width: number; height: number; rgb: Uint8Array; alpha: Uint8Array | null };

function isPng(bytes: Uint8Array): boolean {
  return bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
}

function isJpeg(bytes: Uint8Array): boolean {
  return bytes[0] === 0xff && bytes[1] === 0xd8;
}

/** RGBA pixels -> deflated RGB plane, and a deflated alpha plane unless every pixel is opaque. */
export function planes(rgba: Uint8Array, width: number, height: number): PreparedImage {
  const count = width * height;
  const rgb = new Uint8Array(count * 3);
  const alpha = new Uint8Array(count);
  let opaque = true;
  for (let i = 0; i < count; i += 1) {
    rgb[i * 3] = rgba[i * 4] as number;
    rgb[i * 3 + 1] = rgba[i * 4 + 1] as number;
    rgb[i * 3 + 2] = rgba[i * 4 + 2] as number;
    const a = rgba[i * 4 + 3] as number;
    alpha[i] = a;
    if (a !== 255) opaque = false;
  }
  return { format: 'raw', width, height, rgb: deflateSync(rgb), alpha: opaque ? null : deflateSync(alpha) };
}

/**
 * Decodes an image with a well-kept decoder, so a damaged file is caught here with a clear message (pdf-lib's
 * own PNG reader can hang on a truncated file), and the PDF only receives plain planes or a baseline JPEG.
 */
/** Which picture an image is (the brand's, a kit's, a contact's), to name it in a refusal. */
export type ImageRole = 'logo' | 'cover' | 'photo';

export function prepareImage(bytes: Uint8Array, role: ImageRole): PreparedImage {
  // Stored before the budget existed, an image may still be too large: its header says so before decoding it.
  const megapixels = excessMegapixels(bytes);
  if (megapixels !== null) {
    throw new UserError('export.imageTooLarge', { context: role, megapixels, limit: MAX_IMAGE_MEGAPIXELS });
  }
  try {
    if (isPng(bytes)) {
      const png = PNG.sync.read(Buffer.from(bytes));
      return planes(png.data, png.width, png.height);
    }
    if (isJpeg(bytes)) {
      const raw = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 512 });
      const out = jpeg.encode({ width: raw.width, height: raw.height, data: raw.data }, 90);
      return { format: 'jpg', bytes: new Uint8Array(out.data), width: raw.width, height: raw.height };
    }
  } catch {
    // Fall through to the message below: the reader's own error means nothing to a press officer.
  }
  // `context` picks the studio's sentence for this picture (i18next's key_context).
  throw new UserError('export.imageDamaged', { context: role });
}

const CACHE_LIMIT = 32;
const cache = new Map<string, PreparedImage>();

/** prepareImage, remembered by the image's stored name, which is its content hash: a logo is decoded once. */
export function preparedImage(name: string, bytes: Uint8Array, role: ImageRole): PreparedImage {
  const known = cache.get(name);
  if (known) return known;
  const image = prepareImage(bytes, role);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(name, image);
  return image;
}
