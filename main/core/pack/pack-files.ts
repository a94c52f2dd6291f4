/**
 * What a journalist pack holds, in a fixed order: the PDF(s), the mail text and HTML of each release, the
 * photos as their originals with their captions, the contacts as vCards. Pure: the edge reads the images
 * and writes the zip.
 */
import type { Media, Release } from '../schema';

export interface PackEntry {
  name: string;
  bytes: Uint8Array;
}

export interface PackPhoto {
  /** The stored image (the original, byte for byte). */
  image: string;
  caption: string;
  credit: string;
  /** The file name it came with, if the media library knows it. */
  fileName: string;
}

/** A file name's readable part: ASCII letters and digits, whole words joined by hyphens, at most 40 characters. */
export function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let name = '';
  for (const word of words) {
    const longer = name ? `${name}-${word}` : word;
    if (longer.length > 40) break;
    name = longer;
  }
  return name || (words[0] ?? '').slice(0, 40);
}

/**
 * A reference as the start of a file name: a space (a provisional `Provisional 2026-001`) or a character
 * some system refuses in a name (an imported `CP 12/2019`) becomes a hyphen; a pattern's own references
 * (CP124-2019) stay as they are.
 */
export function refFileName(ref: string): string {
  return ref.replace(/[\s/\\:*?"<>|]+/gu, '-');
}

/** `CP124-2019-01-bion-m2.jpg`: the reference, the photo's number, a word of its own, its type. */
export function photoFileName(ref: string, index: number, photo: PackPhoto): string {
  const extension = photo.image.endsWith('.png') ? 'png' : 'jpg';
  const name = slug(photo.fileName.replace(/\.[a-z0-9]+$/i, '')) || slug(photo.caption) || 'photo';
  return `${refFileName(ref)}-${String(index + 1).padStart(2, '0')}-${name}.${extension}`;
}

/** The photos of a release, once each, in the order its body shows them, with the words the release gives them. */
export function releasePhotos(release: Release, media: readonly Media[]): PackPhoto[] {
  const seen = new Set<string>();
  const photos: PackPhoto[] = [];
  for (const block of release.body) {
    if (block.type !== 'figure' || seen.has(block.image)) continue;
    seen.add(block.image);
    const known = media.find((item) => item.image === block.image);
    photos.push({ image: block.image, caption: block.caption, credit: block.credit, fileName: known?.fileName ?? '' });
  }
  return photos;
}

/** `photos/captions.txt`: for each photo its file, its caption and its credit. */
export function captionsText(photos: readonly { file: string; caption: string; credit: string }[]): string {
  return photos.map((photo) => [photo.file, photo.caption, photo.credit].filter(Boolean).join('\n')).join('\n\n') + '\n';
}
