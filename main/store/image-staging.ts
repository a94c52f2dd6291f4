/**
 * The images of an import or restore, written to a staging folder inside the data folder (same disk, so a
 * rename moves them) and moved into `images/` only once the whole change is checked and about to be saved:
 * a refused bundle leaves nothing behind. A staging folder left by a killed process is removed later.
 */
import { randomBytes } from 'node:crypto';
import { access, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fsyncFolder } from './atomic-write';
import { saveImage, type ImageType } from './images';
import { isAlive } from './lock';

const PREFIX = '.staging-';
/** A staging folder of a process on another host cannot be checked: after this long, it is a leftover. */
const LEFTOVER_MS = 86_400_000;

export interface ImageStaging {
  /** Stages an image, checked as saveImage checks it, and returns its name (the SHA-256 of its bytes). */
  add(bytes: Uint8Array, type: ImageType): Promise<string>;
  /** Moves the staged images into `images/`; returns an undo that removes those that were not there before. */
  commit(): Promise<() => Promise<void>>;
  /** Removes the staging folder and what is left in it. */
  discard(): Promise<void>;
}

export function stageImages(dataDir: string, imagesDir: string): ImageStaging {
  const folder = join(dataDir, `${PREFIX}${process.pid}-${randomBytes(6).toString('hex')}`);
  let used = false;
  return {
    async add(bytes, type) {
      used = true;
      return saveImage(folder, bytes, type);
    },
    async commit() {
      if (!used) return async () => undefined;
      await mkdir(imagesDir, { recursive: true });
      const added: string[] = [];
      for (const name of await readdir(folder)) {
        const target = join(imagesDir, name);
        const present = await access(target).then(() => true, () => false);
        if (present) continue;
        await rename(join(folder, name), target);
        added.push(target);
      }
      await fsyncFolder(imagesDir);
      return async () => {
        await Promise.all(added.map((file) => rm(file, { force: true })));
      };
    },
    discard: () => rm(folder, { recursive: true, force: true }),
  };
}

/** Removes the staging folders of processes that are gone. */
export async function removeLeftoverStaging(dataDir: string, now = Date.now()): Promise<void> {
  const names = (await readdir(dataDir).catch(() => [])).filter((name) => name.startsWith(PREFIX));
  for (const name of names) {
    const pid = Number(/^\.staging-(\d+)-/.exec(name)?.[1]);
    const folder = join(dataDir, name);
    const old = now - (await stat(folder)).mtimeMs > LEFTOVER_MS;
    if (old || !isAlive(pid)) await rm(folder, { recursive: true, force: true });
  }
}
