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

/** Which limit above the markdown goes past, if any; paragraphs are runs of lines between blank lines. */
export function markdownPastBudget(text: string): 'markdownTooManyBrackets' | 'markdownTooManyMarks' | null {
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
    if (brackets > MAX_PARAGRAPH_BRACKETS) return 'markdownTooManyBrackets';
    if (marks > MAX_PARAGRAPH_EMPHASIS_MARKS) return 'markdownTooManyMarks';
  }
  return null;
}

/** Refuses markdown past the limits above, naming the file. */
export function checkMarkdownBudget(name: string, text: string): void {
  const past = markdownPastBudget(text);
  if (past) throw new UserError(`import.${past}`, { file: name });
}
