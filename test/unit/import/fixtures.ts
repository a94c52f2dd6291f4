import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** A file as the importer receives it: its name and its bytes. */
export function fixture(path: string): { name: string; bytes: Uint8Array } {
  return { name: path.slice(path.lastIndexOf('/') + 1), bytes: new Uint8Array(readFileSync(root + path)) };
}

export const FRENCH_MD = 'assets/demo/communique-cp124-2019.fr.md';
export const ENGLISH_MD = 'test/fixtures/import/communique-cp124-2019.en.md';
export const RUSSIAN_MD = 'test/fixtures/import/communique-cp124-2019.ru.md';
export const FRENCH_TXT = 'test/fixtures/import/communique-cp124-2019.fr.txt';
export const ROWS_MD = 'test/fixtures/import/communique-rows.fr.md';

export function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
