import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { UserError } from '../../core/errors';

/** An image checked and rewritten in a plain form (8-bit RGBA PNG, baseline JPEG) that embeds safely. */
export interface PreparedImage {
  format: 'png' | 'jpg';
  bytes: Uint8Array;
  width: number;
  height: number;
}

function isPng(bytes: Uint8Array): boolean {
  return bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
}

function isJpeg(bytes: Uint8Array): boolean {
  return bytes[0] === 0xff && bytes[1] === 0xd8;
}

/**
 * Decodes and re-encodes an image, so a damaged file is caught here with a clear message, and the PDF
 * only ever receives images in the forms its embedder reads reliably.
 */
export function prepareImage(bytes: Uint8Array, where: string): PreparedImage {
  try {
    if (isPng(bytes)) {
      const png = PNG.sync.read(Buffer.from(bytes));
      const out = PNG.sync.write(png, { colorType: 6, inputColorType: 6, bitDepth: 8 });
      return { format: 'png', bytes: new Uint8Array(out), width: png.width, height: png.height };
    }
    if (isJpeg(bytes)) {
      const raw = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 512 });
      const out = jpeg.encode({ width: raw.width, height: raw.height, data: raw.data }, 90);
      return { format: 'jpg', bytes: new Uint8Array(out.data), width: raw.width, height: raw.height };
    }
  } catch {
    // Fall through to the message below: the reader's own error means nothing to a press officer.
  }
  throw new UserError(`The image ${where} is damaged or not a PNG or JPEG picture; replace it and try again.`);
}
