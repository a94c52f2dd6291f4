import { UserError } from '../errors';

/** Control characters other than tab, line feed, form feed and carriage return never occur in a text file. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}

/**
 * The text of a .md or .txt file: UTF-8 (with or without a byte order mark), or UTF-16 when it starts
 * with a UTF-16 byte order mark (Word's "Unicode text"). Anything else is refused.
 */
export function decodeText(name: string, bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  if (encoding === 'utf-8' && bytes.includes(0)) throw new UserError('import.notText', { file: name });
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new UserError('import.notUtf8', { file: name });
  }
  if (hasControlCharacter(text)) throw new UserError('import.notText', { file: name });
  if (text.trim() === '') throw new UserError('import.empty', { file: name });
  return text;
}
