import type { Block } from '../schema';
import { isEmphasised, joinLines, plainText } from './inline';
import type { FigureSource, SourceBlock } from './source';

/** A figure as the importer finds it: its words, and where its picture is to be read from. */
export interface ImportedFigure {
  type: 'importedFigure';
  source: FigureSource;
  alt: string;
  caption: string;
  credit: string;
}

/** A body block of a parsed communiqué: rich text, or a figure whose picture the caller still has to store. */
export type ImportedBlock = Block | ImportedFigure;

/** A figure and the text block it follows (null: it came before any text). */
export interface AnchoredFigure {
  after: SourceBlock | null;
  figure: ImportedFigure;
}

/**
 * How the communiqués credit a photo: "© CNES/E. Grimault", "Photo : …", "Crédit : …", "Credits: …".
 * The words are kept as written: they are printed as given.
 */
const CREDIT = /^(?:©|\(c\)\s|photos?\s*:|cr[ée]dits?\b|credits?\b)/iu;
/** A caption is a line or two under the picture; a longer italic paragraph is body text. */
const MAX_CAPTION_CHARS = 300;

function wordsOf(block: SourceBlock): string {
  return plainText(joinLines(block.lines)).trim();
}

/** The role a block right under a picture plays for it, if any. */
function roleUnder(block: SourceBlock | undefined, figure: ImportedFigure): 'caption' | 'credit' | null {
  if (!block || (block.kind !== 'paragraph' && block.kind !== 'caption')) return null;
  const words = wordsOf(block);
  if (words === '' || words.length > MAX_CAPTION_CHARS) return null;
  if (CREDIT.test(words)) return figure.credit ? null : 'credit';
  const styled = block.kind === 'caption' || block.lines.every((line) => isEmphasised(line, 'italic'));
  if (!styled) return null;
  if (!figure.caption) return 'caption';
  return figure.credit ? null : 'credit';
}

/**
 * Takes the figures out of the blocks, each with the caption and credit paragraphs right under it (Word's
 * caption style or a short italic paragraph; a line starting "©", "Photo :" or "Crédit" is the credit), so
 * that the header, title and contacts are read from the text alone. A caption paragraph under no picture
 * stays a paragraph.
 */
export function separateFigures(blocks: readonly SourceBlock[]): { text: SourceBlock[]; figures: AnchoredFigure[] } {
  const text: SourceBlock[] = [];
  const figures: AnchoredFigure[] = [];
  for (let at = 0; at < blocks.length; at += 1) {
    const block = blocks[at] as SourceBlock;
    if (!block.figure) {
      text.push(block.kind === 'caption' ? { ...block, kind: 'paragraph' } : block);
      continue;
    }
    const figure: ImportedFigure = { type: 'importedFigure', ...block.figure, credit: '' };
    for (let role = roleUnder(blocks[at + 1], figure); role; role = roleUnder(blocks[at + 1], figure)) {
      figure[role] = wordsOf(blocks[at + 1] as SourceBlock);
      at += 1;
    }
    figures.push({ after: text.at(-1) ?? null, figure });
  }
  return { text, figures };
}
