import { UserError } from '../core/errors';

/** A photo's side in a vCard: enough for a phone's contact screen, small enough for an address book. */
const SIDE = 256;

/** A contact's stored photo as a vCard carries it: a square JPEG of SIDE pixels, upright, cropped to the middle. */
export async function vCardPhoto(bytes: Uint8Array): Promise<Uint8Array> {
  // Loaded on first use: libvips costs every start of the CLI some 20 ms.
  const { default: sharp } = await import('sharp');
  const jpeg = await sharp(bytes)
    .rotate()
    .resize(SIDE, SIDE, { fit: 'cover' })
    .jpeg({ quality: 80 })
    .toBuffer()
    .catch(() => {
      // sharp's own message means nothing to a press officer.
      throw new UserError('export.imageDamaged', { context: 'photo' });
    });
  return new Uint8Array(jpeg);
}
