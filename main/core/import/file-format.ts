import { UserError } from '../errors';
import { isBundleFileName } from './bundle';

/** Checked before anything else is read: a communiqué is a few hundred kilobytes at most. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** A text file's syntax, markdown or plain, is read from its content (text-syntax.ts), not its name. */
export type CommuniqueFormat = 'text' | 'docx';

const EXTENSIONS: Record<string, CommuniqueFormat> = {
  '': 'text',
  md: 'text',
  markdown: 'text',
  txt: 'text',
  text: 'text',
  docx: 'docx',
};

/** What the first bytes say a file is, whatever its name. */
type Magic = 'image' | 'pdf' | 'zip' | 'office' | null;

const SIGNATURES: Array<{ bytes: number[]; magic: Exclude<Magic, null> }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], magic: 'image' }, // PNG
  { bytes: [0xff, 0xd8, 0xff], magic: 'image' }, // JPEG
  { bytes: [0x47, 0x49, 0x46, 0x38], magic: 'image' }, // GIF
  { bytes: [0x42, 0x4d], magic: 'image' }, // BMP
  { bytes: [0x49, 0x49, 0x2a, 0x00], magic: 'image' }, // TIFF
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], magic: 'image' }, // TIFF
  { bytes: [0x25, 0x50, 0x44, 0x46], magic: 'pdf' }, // %PDF
  { bytes: [0x50, 0x4b, 0x03, 0x04], magic: 'zip' }, // docx, odt, zip
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], magic: 'office' }, // legacy .doc
];

function sniff(bytes: Uint8Array): Magic {
  const isWebp = bytes.length >= 12 && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP';
  if (isWebp) return 'image';
  return SIGNATURES.find(({ bytes: signature }) => signature.every((byte, at) => bytes[at] === byte))?.magic ?? null;
}

/** '' for "communique" and ".profile" alike: a leading dot names a file, it opens no extension. */
function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** A .md or .markdown: its author said it is markdown. */
export function namedMarkdown(name: string): boolean {
  const extension = extensionOf(name);
  return extension === 'md' || extension === 'markdown';
}

/**
 * The communiqué format of a file, from its name, once its size and first bytes agree with it.
 * Every refusal names the file and says what to do.
 */
export function communiqueFormat(file: { name: string; bytes: Uint8Array }): CommuniqueFormat {
  const { name, bytes } = file;
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new UserError('import.tooLarge', { file: name });
  }
  if (bytes.length === 0) throw new UserError('import.empty', { file: name });
  if (isBundleFileName(name)) {
    throw new UserError('import.bundle', { file: name });
  }
  const magic = sniff(bytes);
  const format = EXTENSIONS[extensionOf(name)];
  if (magic === 'image') throw new UserError('import.image', { file: name });
  if (magic === 'pdf') throw new UserError('import.pdf', { file: name });
  if (format === 'docx') {
    if (magic !== 'zip') throw new UserError('import.notDocx', { file: name });
    return format;
  }
  if (magic === 'office') throw new UserError('import.oldDoc', { file: name });
  if (magic === 'zip') throw new UserError('import.archive', { file: name });
  if (!format) throw new UserError('import.unknownFormat', { file: name });
  return format;
}
