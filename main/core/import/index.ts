/**
 * Communiqué import: a file (name and bytes) to plain data. The API layer assigns ids and references
 * and merges contacts into the directory; nothing here touches files or the store.
 */
import type { Language } from '../language';
import { UserError } from '../errors';
import { decodeText } from './decode-text';
import { docxToBlocks } from './docx-blocks';
import { communiqueFormat } from './file-format';
import { parseStructure, type ParsedCommunique } from './structure';
import { textToBlocks } from './text-blocks';

export { MAX_IMPORT_BYTES } from './file-format';
export { BUNDLE_FORMAT, BUNDLE_VERSION, MAX_BUNDLE_BYTES, bundleTooLarge, isBundleFileName, parseBundle, serializeBundle, type BundleUse } from './bundle';
export type { BundleImage, PresskitBundle } from './bundle';
export type { ParsedContact } from './contacts';
export type { ParsedCommunique } from './structure';

export interface ImportedFile {
  name: string;
  bytes: Uint8Array;
}

async function readDocx(file: ImportedFile): ReturnType<typeof docxToBlocks> {
  try {
    return await docxToBlocks(file.bytes);
  } catch {
    throw new UserError('import.damagedDocx', { file: file.name });
  }
}

/** A .md, .txt or .docx communiqué to its parts; refusals are UserErrors naming the file. */
export async function parseCommunique(file: ImportedFile, options: { language?: Language } = {}): Promise<ParsedCommunique> {
  const format = communiqueFormat(file);
  const blocks = format === 'docx' ? await readDocx(file) : textToBlocks(decodeText(file.name, file.bytes), format);
  return parseStructure(blocks, file.name, options.language);
}
