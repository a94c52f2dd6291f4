/**
 * A file of the source tree found from a module: the test transport runs from the source tree, either
 * from main/web itself or from a bundle of it (out/web), so the file is searched in each folder above.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The first `dir/relativePath` that exists in a folder above `from`, or null. */
export function findAbove(relativePath: string, from: string): string | null {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const candidate = join(dir, relativePath);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}
