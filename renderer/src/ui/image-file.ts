/** What the back end stores as a logo, photo or cover: PNG or JPEG, told by their first bytes, not by the file name. */
export type ImageProblem = 'type' | 'size';

/** Larger images only slow down every export; a print-grade logo or photo is far smaller. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** A press photo is kept as it came, so it may be large: a 24-megapixel JPEG is about 15 MB. */
export const MAX_PHOTO_BYTES = 40 * 1024 * 1024;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

export function imageType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | null {
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  return null;
}

/** Why these bytes cannot be stored as an image, or null when they can. */
export function imageProblem(bytes: Uint8Array, limit = MAX_IMAGE_BYTES): ImageProblem | null {
  if (bytes.length > limit) return 'size';
  return imageType(bytes) ? null : 'type';
}
