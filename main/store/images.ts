/** Images (logos, photos) live as files `images/<sha256>.png|jpg` in the data folder, named by content. */
import { createHash } from 'node:crypto';
import { access, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../core/errors';
import { excessMegapixels, MAX_IMAGE_MEGAPIXELS } from '../core/import/image-size';
import { ImageName } from '../core/schema';
import { writeFileAtomic } from './atomic-write';

export type ImageType = 'png' | 'jpg';

const SIGNATURES: Record<ImageType, readonly number[]> = {
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpg: [0xff, 0xd8, 0xff],
};

/** PNG by its first byte, JPEG otherwise: saveImage checks the whole signature and refuses anything else. */
export function imageTypeOf(bytes: Uint8Array): ImageType {
  return bytes[0] === 0x89 ? 'png' : 'jpg';
}

export function imageNameFor(bytes: Uint8Array, type: ImageType): string {
  return `${createHash('sha256').update(bytes).digest('hex')}.${type}`;
}

export async function saveImage(imagesDir: string, bytes: Uint8Array, type: ImageType): Promise<string> {
  if (!SIGNATURES[type].every((byte, index) => bytes[index] === byte)) {
    throw new UserError('image.notImage');
  }
  // Refused here, where the image comes in, so that no export ever has to decode it.
  const megapixels = excessMegapixels(bytes);
  if (megapixels !== null) {
    throw new UserError('image.tooLarge', { megapixels, limit: MAX_IMAGE_MEGAPIXELS });
  }
  const name = imageNameFor(bytes, type);
  const file = join(imagesDir, name);
  // Same name, same bytes: an image already stored needs no second write.
  const stored = await access(file).then(
    () => true,
    () => false,
  );
  if (!stored) {
    await mkdir(imagesDir, { recursive: true });
    await writeFileAtomic(file, bytes);
  }
  return name;
}

export async function readImage(imagesDir: string, name: string): Promise<Uint8Array> {
  // Checking the name first also keeps a crafted name ("../…") from reading outside the folder.
  if (!ImageName.safeParse(name).success) throw new UserError('image.badName', { name });
  try {
    return new Uint8Array(await readFile(join(imagesDir, name)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UserError('image.missing', { name }, 'not-found');
    }
    throw error;
  }
}
