import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/** The stored archive as bytes: presskit.json and every file under archive/, each named, in order. */
export function storeBytes(dataDir: string): Buffer {
  const archive = join(dataDir, 'archive');
  const names = existsSync(archive)
    ? (readdirSync(archive, { recursive: true, withFileTypes: true }) as Dirent[])
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
        .sort()
    : [];
  return Buffer.concat([join(dataDir, 'presskit.json'), ...names].flatMap((file) => [Buffer.from(`${file}\0`), readFileSync(file)]));
}
