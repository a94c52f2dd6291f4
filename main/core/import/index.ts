/**
 * Communiqué import: a file (name and bytes) to plain data. The API layer assigns ids and references
 * and merges contacts into the directory; nothing here touches files or the store.
 */
import type { Language } from '../language';
import { UserError } from '../errors';
import { decodeText } from './decode-text';
import { docxToBlocks } from './docx-blocks';
import { communiqueFormat, namedMarkdown } from './file-format';
import { checkMarkdownBudget, markdownPastBudget } from './markdown-budget';
import { parseStructure, type ParsedCommunique } from './structure';
import type { SourceBlock } from './source';
import { textToBlocks } from './text-blocks';
import { sniffTextSyntax } from './text-syntax';
import { checkZipBudget } from './zip-budget';

export { MAX_IMPORT_BYTES } from './file-format';
export { BUNDLE_FORMAT, BUNDLE_VERSION, MAX_BUNDLE_BYTES, bundleTooLarge, isBundleFileName, parseBundle, serializeBundle, type BundleUse } from './bundle';
export type { BundleImage, PresskitBundle } from './bundle';
export type { ParsedContact } from './contacts';
export type { ParsedCommunique } from './structure';
export type { ImportedBlock, ImportedFigure } from './figure-blocks';
export type { FigureSource } from './source';
export { figurePicture, MAX_FIGURES_PER_FILE, type FigurePicture } from './figure-pictures';

export interface ImportedFile {
  name: string;
  bytes: Uint8Array;
}

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

function readText(file: ImportedFile): SourceBlock[] {
  const text = decodeText(file.name, file.bytes);
  // A .md is markdown as its author said; any other text file is what its content shows.
  const named = namedMarkdown(file.name);
  if (!named && sniffTextSyntax(text) === 'plain') return textToBlocks(text, 'plain');
  // Markdown past the budget is refused in a .md; a .txt is then read as the plain text its name says, as that refusal advises.
  if (!named && markdownPastBudget(text)) return textToBlocks(text, 'plain');
  checkMarkdownBudget(file.name, text);
  return textToBlocks(text, 'markdown');
}

/** A .md, .txt or .docx communiqué to its parts; refusals are UserErrors naming the file. */
export async function parseCommunique(file: ImportedFile, options: { language?: Language } = {}): Promise<ParsedCommunique> {
  const blocks = communiqueFormat(file) === 'docx' ? await readDocx(file) : readText(file);
  return parseStructure(blocks, file.name, options.language);
}

/**
 * The files a markdown communiqué shows as figures, relative to its folder ('/'-separated), for the caller
 * to read and hand in with it; none for Word, whose pictures are inside the document.
 */
export function figureFiles(file: ImportedFile): string[] {
  let blocks: SourceBlock[];
  try {
    if (communiqueFormat(file) === 'docx') return [];
    blocks = readText(file);
  } catch (error) {
    // A file the import will refuse shows no pictures: its refusal comes with its batch, in its turn.
    if (error instanceof UserError) return [];
    throw error;
  }
  const paths = blocks.flatMap((block) => (block.figure?.source.kind === 'file' ? [block.figure.source.path] : []));
  return [...new Set(paths)];
}
