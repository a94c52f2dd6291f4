/**
 * The pictures a markdown communiqué shows, read from its folder for the import: only regular files inside
 * that folder (a link that leads out of it refuses the import), never a URL, each within the size of a
 * communiqué. A picture not found is simply not sent: the import says so and brings the text in.
 */
import { realpath, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { UserError } from '../core/errors';
import { figureFiles, MAX_FIGURES_PER_FILE, MAX_IMPORT_BYTES } from '../core/import';
import { readInputFile } from './input-file';

export interface NeighbourImage {
  path: string;
  bytes: Uint8Array;
}

function isInside(folder: string, target: string): boolean {
  const path = relative(folder, target);
  return path !== '' && path !== '..' && !path.startsWith(`..${sep}`) && !/^[\\/]|^[a-z]:/iu.test(path);
}

async function readNeighbour(folder: string, file: string, path: string): Promise<NeighbourImage | null> {
  const target = await realpath(join(folder, path)).catch(() => null);
  if (target === null) return null;
  if (!isInside(folder, target)) throw new UserError('importImages.outside', { file, image: path });
  if (!(await stat(target)).isFile()) return null;
  const bytes = await readInputFile(target, MAX_IMPORT_BYTES, () => new UserError('importImages.bigFile', { file, image: path }));
  return { path, bytes };
}

/** The pictures `communique` (at `path`) shows, as found beside it. */
export async function readNeighbourImages(path: string, communique: { name: string; bytes: Uint8Array }): Promise<NeighbourImage[]> {
  const wanted = figureFiles(communique);
  if (wanted.length === 0) return [];
  if (wanted.length > MAX_FIGURES_PER_FILE) throw new UserError('importImages.tooMany', { file: communique.name, limit: MAX_FIGURES_PER_FILE });
  const folder = await realpath(dirname(path));
  const found: NeighbourImage[] = [];
  for (const image of wanted) {
    const neighbour = await readNeighbour(folder, communique.name, image);
    if (neighbour) found.push(neighbour);
  }
  return found;
}
