import { UserError } from '../errors';

/**
 * micromark is linear on what people write, but not on every construct: thousands of nested `![` or
 * unclosed `[` in one paragraph, or thousands of emphasis marks in one paragraph, take time that grows
 * with the square of their number. A communiqué needs a handful of each, so they are counted first, in
 * one pass, and a file past the limits is refused before parsing; within them a paragraph costs at most
 * a bounded multiple of its length, and the whole file a time linear in its length. (Nested lists and
 * quotes, micromark's other slow case, never reach it: text-blocks reads the blocks.)
 */
export const MAX_PARAGRAPH_BRACKETS = 200;
export const MAX_PARAGRAPH_EMPHASIS_MARKS = 400;

/** Refuses markdown past the limits above, naming the file; paragraphs are runs of lines between blank lines. */
export function checkMarkdownBudget(name: string, text: string): void {
  let brackets = 0;
  let marks = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') {
      brackets = 0;
      marks = 0;
      continue;
    }
    for (let at = 0; at < line.length; at += 1) {
      const code = line.charCodeAt(at);
      if (code === 0x5b /* [ */) brackets += 1;
      else if (code === 0x2a || code === 0x5f /* * _ */) marks += 1;
    }
    if (brackets > MAX_PARAGRAPH_BRACKETS) {
      throw new UserError('import.markdownTooManyBrackets', { file: name });
    }
    if (marks > MAX_PARAGRAPH_EMPHASIS_MARKS) {
      throw new UserError('import.markdownTooManyMarks', { file: name });
    }
  }
}
