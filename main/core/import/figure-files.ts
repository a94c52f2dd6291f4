/**
 * A text communiqué read to its source blocks, and the picture files a Markdown one shows. Apart from the
 * rest of the import (Word's reader among it), so that the studio can tell which dropped pictures go
 * with a communiqué before sending it.
 */
import { UserError } from '../errors';
import { decodeText } from './decode-text';
import { communiqueFormat, namedMarkdown } from './file-format';
import { checkMarkdownBudget, markdownPastBudget } from './markdown-budget';
import type { SourceBlock } from './source';
import { textToBlocks } from './text-blocks';
import { sniffTextSyntax } from './text-syntax';

export interface ImportedFile {
  name: string;
  bytes: Uint8Array;
}

/** A .md or .txt communiqué to its source blocks, as Markdown or as plain text. */
export function readText(file: ImportedFile): SourceBlock[] {
  const text = decodeText(file.name, file.bytes);
  // A .md is markdown as its author said; any other text file is what its content shows.
  const named = namedMarkdown(file.name);
  if (!named && sniffTextSyntax(text) === 'plain') return textToBlocks(text, 'plain');
  // Markdown past the budget is refused in a .md; a .txt is then read as the plain text its name says, as that refusal advises.
  if (!named && markdownPastBudget(text)) return textToBlocks(text, 'plain');
  checkMarkdownBudget(file.name, text);
  return textToBlocks(text, 'markdown');
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
