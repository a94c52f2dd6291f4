import type { TextSyntax } from './text-blocks';

/** The top of the file says it: the header and the title come first. */
const SNIFFED_CHARS = 64 * 1024;

/*
 * What plain text never holds but a communiqué's markdown always does. Each class stops at the mark it
 * waits for, so a line full of marks is still read in one pass.
 */
const MARKDOWN_SIGNS = [
  /^ {0,3}#{1,6}[ \t]+\S/mu, // # heading
  /\*\*[^*\s][^*\n]*\*\*|__[^_\s][^_\n]*__/u, // **bold**
  /(?:^|[\s(])\*[^*\s][^*\n]*\*/mu, // *italic*
  /\[[^[\]\n]+\]\([^()\s]+(?:[ \t]+"[^"\n]*")?\)/u, // [link](…) and ![image](… "title")
  /<(?:https:|mailto:)[^>\s]+>/u, // <https://…>
];

/**
 * Whether a text is markdown or plain text, from what it holds: a communiqué saved from a markdown editor
 * as .txt is markdown; plain sentences are plain text.
 */
export function sniffTextSyntax(text: string): TextSyntax {
  const top = text.slice(0, SNIFFED_CHARS);
  return MARKDOWN_SIGNS.some((sign) => sign.test(top)) ? 'markdown' : 'plain';
}
