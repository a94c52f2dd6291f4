/**
 * Durable replacement of a file: write a temp file beside it, fsync it, rename it over the old one, fsync
 * the folder. A crash at any instant leaves either the old or the new bytes under `file`, never a mix;
 * the folder fsync makes the rename itself survive a power cut. (lowdb's stock writer, steno, renames but
 * never fsyncs.)
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TEMP_SUFFIX = '.tmp';

function tempPathFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

export async function fsyncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder as a file; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(file);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await fsyncFolder(dirname(file));
}

/**
 * Removes the temp files a killed writer left in `folder` (for targets whose name starts with `prefix`).
 * Call it only while holding the lock that every writer of those targets holds.
 */
export async function removeLeftoverTemps(folder: string, prefix = ''): Promise<void> {
  const names = await readdir(folder).catch(() => []);
  const leftovers = names.filter((name) => name.startsWith(`.${prefix}`) && name.endsWith(TEMP_SUFFIX));
  await Promise.all(leftovers.map((name) => rm(join(folder, name), { force: true })));
}
