import { presskit } from '../api';
import { imageType } from './image-file';

/** An object URL for these image bytes (revoke it once it is no longer shown). */
export function imageUrl(bytes: Uint8Array): string {
  return URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: imageType(bytes) ?? 'image/png' }));
}

/** An image of the data folder, read back through images.get, as an object URL. */
export async function storedImageUrl(name: string): Promise<string> {
  const { bytes } = await presskit().images.get({ name });
  return imageUrl(bytes);
}
