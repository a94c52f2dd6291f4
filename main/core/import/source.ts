import type { Inline } from '../schema';

/**
 * The intermediate document every format reads into (markdown, plain text, Word), so that one
 * structural parser finds label, date, title, body and contacts for all of them.
 * A block keeps its lines: the header and the CONTACTS block carry meaning per line, while body
 * paragraphs are joined back into running text.
 */
export type SourceBlockKind = 'heading' | 'paragraph' | 'bullet' | 'ordered' | 'quote';

export interface SourceBlock {
  kind: SourceBlockKind;
  /** 1 to 6 for headings, 0 otherwise. */
  level: number;
  lines: Inline[][];
}
