import { htmlToBlocks } from './html-blocks';
import type { FigureSource, SourceBlock } from './source';

/** Word's caption style, in English and in a French Word (mammoth matches style names ignoring case). */
const CAPTION_STYLES = ['Caption', 'Légende'].map((name) => `p[style-name='${name}'] => p.caption:fresh`);

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/x-emf': 'emf', 'image/x-wmf': 'wmf' };

/** "image2.jpg": the picture's place in the document, with the extension of its type, to name it in warnings. */
function pictureName(index: number, contentType: string): string {
  const extension = EXTENSIONS[contentType] ?? contentType.split('/').at(-1)?.replace(/[^a-z0-9]/giu, '') ?? '';
  return `image${index + 1}${extension ? `.${extension}` : ''}`;
}

/**
 * A Word document to blocks, through mammoth's HTML (it keeps headings, lists, bold, italic, links and
 * the caption style). Each picture's bytes are taken as they are, for the caller to check and store;
 * linked external files are never opened.
 * Throws whatever mammoth throws on a damaged file; the caller words the refusal.
 */
export async function docxToBlocks(bytes: Uint8Array): Promise<SourceBlock[]> {
  const { default: mammoth } = await import('mammoth');
  const copy = bytes.slice();
  // mammoth's Node build reads `buffer` (handed to JSZip, which takes any Uint8Array, so no Node
  // Buffer is needed); its browser build reads `arrayBuffer`.
  const input = { buffer: copy as Buffer, arrayBuffer: copy.buffer };
  const pictures: FigureSource[] = [];
  const result = await mammoth.convertToHtml(input, {
    externalFileAccess: false,
    styleMap: CAPTION_STYLES,
    convertImage: mammoth.images.imgElement(async (image) => {
      const picture = new Uint8Array(await image.readAsArrayBuffer());
      pictures.push({ kind: 'embedded', name: pictureName(pictures.length, image.contentType), bytes: picture });
      return { src: String(pictures.length - 1) };
    }),
  });
  return htmlToBlocks(result.value, (src) => (/^\d+$/u.test(src) ? (pictures[Number(src)] ?? null) : null));
}
