/**
 * Communiqué import: a file (name and bytes) to plain data. The API layer assigns ids and references
 * and merges contacts into the directory; nothing here touches files or the store.
 */
import type { Language } from '../language';
import { UserError } from '../errors';
import { docxToBlocks } from './docx-blocks';
import { communiqueFormat } from './file-format';
import { parseStructure, type ParsedCommunique } from './structure';
import { checkZipBudget } from './zip-budget';

export { MAX_IMPORT_BYTES } from './file-format';
export { BUNDLE_FORMAT, BUNDLE_VERSION, MAX_BUNDLE_BYTES, bundleTooLarge, isBundleFileName, parseBundle, serializeBundle, type BundleUse } from './bundle';
export type { BundleImage, PresskitBundle } from './bundle';
export type { ParsedContact } from './contacts';
export type { ParsedCommunique } from './structure';
export type { ImportedBlock, ImportedFigure } from './figure-blocks';
export type { FigureSource } from './source';
export { figurePicture, MAX_FIGURES_PER_FILE, type FigurePicture } from './figure-pictures';

import { readText, type ImportedFile } from './figure-files';

export { figureFiles, type ImportedFile } from './figure-files';

/** A Word communiqué unpacks to a few megabytes; these bound what mammoth is given to unpack. */
export const MAX_DOCX_ENTRIES = 1000;
export const MAX_DOCX_INFLATED_BYTES = 50 * 1024 * 1024;

function damagedDocx(name: string): UserError {
  return new UserError('import.damagedDocx', { file: name });
}

async function readDocx(file: ImportedFile): ReturnType<typeof docxToBlocks> {
  const { name } = file;
  const verdict = checkZipBudget(file.bytes, { entries: MAX_DOCX_ENTRIES, bytes: MAX_DOCX_INFLATED_BYTES });
  if (verdict === 'damaged') throw damagedDocx(name);
  if (verdict === 'tooManyEntries') {
    throw new UserError('import.docxTooManyParts', { file: name });
  }
  if (verdict === 'tooLarge') {
    throw new UserError('import.docxTooLarge', { file: name });
  }
  try {
    return await docxToBlocks(file.bytes);
  } catch {
    throw damagedDocx(name);
  }
}

/** A .md, .txt or .docx communiqué to its parts; refusals are UserErrors naming the file. */
export async function parseCommunique(file: ImportedFile, options: { language?: Language } = {}): Promise<ParsedCommunique> {
  const blocks = communiqueFormat(file) === 'docx' ? await readDocx(file) : readText(file);
  return parseStructure(blocks, file.name, options.language);
}

