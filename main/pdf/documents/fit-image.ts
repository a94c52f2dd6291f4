import type { FrameItem } from '../frame';

/** An image's size in pixels, known once it is decoded. */
export interface ImageSize {
  width: number;
  height: number;
}

export type ImageItem = Extract<FrameItem, { kind: 'image' }>;

/** The image as large as fits `maxWidth` x `maxHeight`, proportions kept, at the top left. */
export function fitImage(image: string, size: ImageSize, maxWidth: number, maxHeight: number): ImageItem {
  const scale = Math.min(maxHeight / size.height, maxWidth / size.width);
  return { kind: 'image', image, x: 0, y: 0, width: size.width * scale, height: size.height * scale };
}
