import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Language } from '../core/language';

const resolvePackage = createRequire(import.meta.url).resolve;

/**
 * The Hunspell files of a language, as the dictionary-fr (MPL-2.0), dictionary-en (MIT and BSD, en-US) and
 * dictionary-ru (BSD-3-Clause) packages ship them. Read from their folders: their own loader finds them
 * through `import.meta.url`, which a bundle does not keep.
 */
export async function readDictionary(language: Language): Promise<{ aff: Uint8Array; dic: Uint8Array }> {
  const folder = dirname(resolvePackage(`dictionary-${language}`));
  const [aff, dic] = await Promise.all([readFile(join(folder, 'index.aff')), readFile(join(folder, 'index.dic'))]);
  return { aff, dic };
}
