import type { Language } from '../language';
import type { Block, Inline } from '../schema';
import { UserError } from '../errors';
import { blockText } from '../search';
import { parseContacts, matchWebsite, type ParsedContact } from './contacts';
import { detectTextLanguage } from './detect-language';
import { separateFigures, type AnchoredFigure, type ImportedBlock, type ImportedFigure } from './figure-blocks';
import { splitGluedHeading } from './glued-heading';
import { isEmphasised, joinLines, plainText } from './inline';
import { isContactsMarker } from './labels';
import { lineText, readHeader, type Cursor } from './header';
import type { SourceBlock } from './source';

export interface ParsedCommunique {
  /** Given by the caller, else detected from the label, the month name, then the text itself. */
  language: Language;
  /** The header label in its usual casing ("Communiqué de presse"), '' if none. */
  kind: string;
  /** YYYY-MM-DD. */
  date: string | null;
  ref: string | null;
  /** The place before the date ("Paris, le 27 août 2019"), '' if none. */
  place: string;
  title: string;
  subtitle: string;
  lead: string;
  /** Its figures still name their pictures' sources: the caller reads and stores them (or leaves them out). */
  body: ImportedBlock[];
  contacts: ParsedContact[];
  /** "presse.cnes.fr", '' if none. */
  website: string;
}

function textOf(lines: readonly Inline[][]): string {
  return plainText(joinLines(lines));
}

/**
 * Consecutive list items become one list; headings map below the title (or subtitle): the first level under
 * it is 2. Each figure goes right after the block it followed in the source.
 */
function toRichText(blocks: readonly SourceBlock[], titleLevel: number, figuresAfter: ReadonlyMap<SourceBlock, ImportedFigure[]>): ImportedBlock[] {
  const body: ImportedBlock[] = [];
  for (const block of blocks) {
    const content = joinLines(block.lines);
    const last = body.at(-1);
    if (block.kind === 'bullet' || block.kind === 'ordered') {
      const type = block.kind === 'bullet' ? 'bulletList' : 'orderedList';
      if (last?.type === type) last.items.push(content);
      else body.push({ type, items: [content] });
    } else if (block.kind === 'heading') {
      body.push({ type: 'heading', level: block.level <= titleLevel + 1 ? 2 : 3, content });
    } else if (block.kind === 'quote') {
      body.push({ type: 'quote', content });
    } else {
      body.push({ type: 'paragraph', content });
    }
    body.push(...(figuresAfter.get(block) ?? []));
  }
  return body;
}

function hasText(body: readonly ImportedBlock[]): boolean {
  return body.some((block) => block.type !== 'heading' && block.type !== 'importedFigure');
}

/**
 * The figures by the body block they follow; a figure above the body (by the logo or the title) opens it,
 * one in the contacts closes it.
 */
function placeFigures(figures: readonly AnchoredFigure[], all: readonly SourceBlock[], body: readonly SourceBlock[]) {
  const inBody = new Set(body);
  const bodyStart = body[0] ? all.indexOf(body[0]) : all.length;
  const after = new Map<SourceBlock, ImportedFigure[]>();
  const first: ImportedFigure[] = [];
  const last: ImportedFigure[] = [];
  for (const { after: anchor, figure } of figures) {
    if (anchor && inBody.has(anchor)) after.set(anchor, [...(after.get(anchor) ?? []), figure]);
    else if (!anchor || all.indexOf(anchor) < bodyStart) first.push(figure);
    else last.push(figure);
  }
  return { after, first, last };
}

interface Titles {
  title: string;
  subtitle: string;
  /** The heading level the body's headings sit under. */
  level: number;
  /** The first block after the title and subtitle. */
  next: number;
}

/**
 * The title at `at`: a heading, and the heading right under it as subtitle; or a plain line, and the
 * lines right under it in the same paragraph as subtitle. A title with no subtitle may be two glued.
 */
function readTitles(blocks: readonly SourceBlock[], at: Cursor): Titles | null {
  const block = blocks[at.block];
  if (!block || isContactsMarker(lineText(block.lines[at.line]))) return null;
  let titles: Titles;
  const subtitleBlock = blocks[at.block + 1];
  if (block.kind === 'heading' && at.line === 0) {
    const hasSubtitle = subtitleBlock?.kind === 'heading';
    titles = {
      title: textOf(block.lines),
      subtitle: hasSubtitle ? textOf(subtitleBlock.lines) : '',
      level: hasSubtitle ? subtitleBlock.level : block.level,
      next: at.block + (hasSubtitle ? 2 : 1),
    };
  } else {
    const [first, ...rest] = block.lines.slice(at.line);
    titles = { title: lineText(first), subtitle: textOf(rest), level: 1, next: at.block + 1 };
  }
  const glued = titles.subtitle ? null : splitGluedHeading(titles.title);
  return glued ? { ...titles, ...glued } : titles;
}

/** A first paragraph all in bold or all in italic, followed by more text, is the lead (chapô). */
function isLead(block: SourceBlock | undefined, blocksAfter: number): boolean {
  return (
    block?.kind === 'paragraph' &&
    blocksAfter > 0 &&
    block.lines.every((line) => isEmphasised(line, 'bold') || isEmphasised(line, 'italic'))
  );
}

/** Splits what follows the title into body blocks, contact lines and the website that closes the document. */
function splitTail(blocks: readonly SourceBlock[]): { body: SourceBlock[]; contactLines: Inline[][]; website: string } {
  const marker = blocks.findIndex((block) => isContactsMarker(lineText(block.lines[0])));
  const body = blocks.slice(0, marker < 0 ? blocks.length : marker);
  const tail = marker < 0 ? [] : blocks.slice(marker).flatMap((block, at) => (at === 0 ? block.lines.slice(1) : block.lines));
  let website = '';
  const last = body.at(-1);
  if (marker < 0 && last?.lines.length === 1) {
    website = matchWebsite(lineText(last.lines[0])) ?? '';
    if (website) body.pop();
  }
  const contactLines = tail.filter((line) => {
    const found = matchWebsite(lineText(line));
    if (found) website ||= found;
    return !found;
  });
  return { body, contactLines, website };
}

function plainBody(body: readonly ImportedBlock[]): string {
  return body.flatMap((block) => (block.type === 'importedFigure' ? [] : [blockText(block)])).join(' ');
}

/**
 * The structure of a communiqué, whatever format it came in: header lines (label, date, reference),
 * title and subtitle, an emphasised lead, the body, then the CONTACTS block and the website.
 */
export function parseStructure(source: readonly SourceBlock[], fileName: string, language?: Language): ParsedCommunique {
  const notCommunique = new UserError('import.notCommunique', { file: fileName });
  const { text: blocks, figures } = separateFigures(source);
  const { header, next } = readHeader(blocks);
  const titles = readTitles(blocks, next);
  if (!titles?.title) throw notCommunique;
  const tail = splitTail(blocks.slice(titles.next));
  const lead = isLead(tail.body[0], tail.body.length - 1) ? tail.body.shift() : undefined;
  const placed = placeFigures(figures, blocks, tail.body);
  const text = toRichText(tail.body, titles.level, placed.after);
  if (!hasText(text)) throw notCommunique;
  const detected = language ?? header.kindLanguage ?? header.dateLanguage ?? detectTextLanguage(`${titles.title} ${plainBody(text)}`);
  const { contacts, notContacts } = parseContacts(tail.contactLines, detected);
  // A card that is no contact closes the text, one paragraph each, for the press officer to see and fix.
  const body = [...placed.first, ...text, ...placed.last, ...notContacts.map((lines): Block => ({ type: 'paragraph', content: joinLines(lines) }))];
  return {
    language: detected,
    kind: header.kind,
    date: header.date,
    ref: header.ref,
    place: header.place,
    title: titles.title,
    subtitle: titles.subtitle,
    lead: lead ? textOf(lead.lines) : '',
    body,
    contacts,
    website: tail.website,
  };
}
