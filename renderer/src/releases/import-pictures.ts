/**
 * The pictures dropped or chosen with a Markdown communiqué: the browser gives files without their folder,
 * so each picture the communiqué shows (`![alt](photos/sat.jpg)`) is the file of the same name sent with
 * it, under the path the communiqué names, as the command line sends what it finds beside the file.
 */
import type { Input } from '../../../main/api/contract';
import { figureFiles } from '../../../main/core/import/figure-files';

type ImportFile = Input<'releases.import'>['files'][number];

const PICTURE = /\.(?:png|jpe?g)$/iu;

/** The picture files the import takes beside a communiqué. */
export const PICTURES = ['.png', '.jpg', '.jpeg'] as const;

export function isPicture(name: string): boolean {
  return PICTURE.test(name);
}

/** Each communiqué with the pictures it shows among those given, and the names of the pictures none shows. */
export function withPictures(communiques: readonly ImportFile[], pictures: readonly { name: string; bytes: Uint8Array<ArrayBuffer> }[]): { files: ImportFile[]; unused: string[] } {
  const used = new Set<string>();
  const files = communiques.map((communique) => {
    const images = figureFiles(communique).flatMap((path) => {
      const picture = pictures.find(({ name }) => name === path.split('/').at(-1));
      if (!picture) return [];
      used.add(picture.name);
      return [{ path, bytes: picture.bytes }];
    });
    return images.length > 0 ? { ...communique, images } : communique;
  });
  return { files, unused: pictures.map(({ name }) => name).filter((name) => !used.has(name)) };
}
