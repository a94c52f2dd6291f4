import { htmlToBlocks } from './html-blocks';
import type { SourceBlock } from './source';

/**
 * A Word document to blocks, through mammoth's HTML (it keeps headings, lists, bold, italic and
 * links). Images are not read at all, and linked external files are never opened.
 * Throws whatever mammoth throws on a damaged file; the caller words the refusal.
 */
export async function docxToBlocks(bytes: Uint8Array): Promise<SourceBlock[]> {
  const { default: mammoth } = await import('mammoth');
  const copy = bytes.slice();
  // mammoth's Node build reads `buffer` (handed to JSZip, which takes any Uint8Array, so no Node
  // Buffer is needed); its browser build reads `arrayBuffer`.
  const input = { buffer: copy as Buffer, arrayBuffer: copy.buffer };
  const result = await mammoth.convertToHtml(input, {
    externalFileAccess: false,
    convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
  });
  return htmlToBlocks(result.value);
}
