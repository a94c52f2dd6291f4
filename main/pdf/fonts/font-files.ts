import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A folder of the bundled assets (`assets/fonts`, `assets/color`). The engine runs from the sources
 * (tests), from the bundle in `out/` and from a packaged app, so the folder is looked for upwards from
 * this module.
 */
export function findAssetFolder(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'assets', name);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`The bundled folder assets/${name} was not found.`);
    dir = parent;
  }
}

/** The bundled OFL fonts; `PRESSKIT_FONTS_DIR` overrides their folder (the packaged app sets it to its resources folder). */
function findFontDirectory(): string {
  return process.env.PRESSKIT_FONTS_DIR || findAssetFolder('fonts');
}

let fontDirectory: string | undefined;

export function readFontFile(fileName: string): Uint8Array {
  fontDirectory ??= findFontDirectory();
  return readFileSync(join(fontDirectory, fileName));
}
