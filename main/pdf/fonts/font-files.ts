import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The bundled OFL fonts live in `assets/fonts`. The engine runs from the sources (tests), from the
 * bundle in `out/` and from a packaged app, so the folder is looked for upwards from this module;
 * `PRESSKIT_FONTS_DIR` overrides it (the packaged app sets it to its resources folder).
 */
function findFontDirectory(): string {
  const override = process.env.PRESSKIT_FONTS_DIR;
  if (override) return override;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'assets', 'fonts');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('The bundled fonts folder (assets/fonts) was not found.');
    dir = parent;
  }
}

let fontDirectory: string | undefined;

export function readFontFile(fileName: string): Uint8Array {
  fontDirectory ??= findFontDirectory();
  return readFileSync(join(fontDirectory, fileName));
}
