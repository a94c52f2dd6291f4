/**
 * The size of a PNG or JPEG picture, read from its header alone: a 150 KB PNG can hold 30000 × 30000
 * pixels, which decode to gigabytes, so the pixel budget is checked before any decoder sees the file.
 */

/** 40 megapixels: room for a 24-megapixel press photo, far below what exhausts memory when decoded. */
export const MAX_IMAGE_MEGAPIXELS = 40;

export interface ImageSize {
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function u16(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
}

function u32(bytes: Uint8Array, at: number): number {
  return u16(bytes, at) * 0x10000 + u16(bytes, at + 2);
}

function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((byte, at) => bytes[at] === byte);
}

/** PNG or JPEG from the first bytes, whatever the file is called; null for anything else. */
export function pictureType(bytes: Uint8Array): 'png' | 'jpg' | null {
  if (isPng(bytes)) return 'png';
  return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff ? 'jpg' : null;
}

/** The IHDR chunk comes first in every PNG: width and height at bytes 16 and 20. */
function pngSize(bytes: Uint8Array): ImageSize | null {
  const png = isPng(bytes) && String.fromCharCode(...bytes.subarray(12, 16)) === 'IHDR';
  return png && bytes.length >= 24 ? { width: u32(bytes, 16), height: u32(bytes, 20) } : null;
}

/** Start-of-frame markers (C0–CF but for DHT C4, JPG C8 and DAC CC) carry the frame's height and width. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** Walks the JPEG's segments, each skipped by its length, to the first start-of-frame. */
function jpegSize(bytes: Uint8Array): ImageSize | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
    } else if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      at += 2; // markers without a length
    } else if (isStartOfFrame(marker)) {
      return at + 9 <= bytes.length ? { width: u16(bytes, at + 7), height: u16(bytes, at + 5) } : null;
    } else if (marker === 0xd9 || marker === 0xda) {
      return null; // end of image, or the scan, before any frame header
    } else {
      at += 2 + u16(bytes, at + 2);
    }
  }
  return null;
}

/** Width and height of a PNG or JPEG from its header, or null when the header does not say. */
export function imageSize(bytes: Uint8Array): ImageSize | null {
  return pngSize(bytes) ?? jpegSize(bytes);
}

/** The image's megapixels, rounded up, when they exceed the budget; null when it fits or its header does not say. */
export function excessMegapixels(bytes: Uint8Array): number | null {
  const size = imageSize(bytes);
  if (!size) return null;
  const megapixels = (size.width * size.height) / 1e6;
  return megapixels > MAX_IMAGE_MEGAPIXELS ? Math.ceil(megapixels) : null;
}
