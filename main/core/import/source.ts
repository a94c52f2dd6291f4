import type { Inline } from '../schema';

/**
 * The intermediate document every format reads into (markdown, plain text, Word), so that one
 * structural parser finds label, date, title, body and contacts for all of them.
 * A block keeps its lines: the header and the CONTACTS block carry meaning per line, while body
 * paragraphs are joined back into running text.
 */
export type SourceBlockKind = 'heading' | 'paragraph' | 'bullet' | 'ordered' | 'quote' | 'figure' | 'caption';

/**
 * Where an imported picture comes from: a file the communiqué names in its own folder (`path` is relative,
 * '/'-separated; the caller reads it, never the parser), a path out of that folder (refused), a URL (never
 * fetched), or the bytes a Word document carries.
 */
export type FigureSource =
  | { kind: 'file'; path: string }
  | { kind: 'outside'; path: string }
  | { kind: 'remote'; url: string }
  | { kind: 'embedded'; name: string; bytes: Uint8Array };

export interface SourceBlock {
  kind: SourceBlockKind;
  /** 1 to 6 for headings, 0 otherwise. */
  level: number;
  /** Empty for a figure; a caption block (Word's "Caption" style) holds its words. */
  lines: Inline[][];
  /** Only on a figure: its picture, alt text and the caption given with it (markdown's title). */
  figure?: { source: FigureSource; alt: string; caption: string };
}
