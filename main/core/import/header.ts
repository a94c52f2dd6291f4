import type { Language } from '../language';
import type { Inline } from '../schema';
import { plainText } from './inline';
import { matchKind, matchReference } from './labels';
import { parseLongDate } from './long-date';
import type { SourceBlock } from './source';

/** The fields above the title: label, date (with its place) and reference, in any order. */
export interface Header {
  kind: string;
  kindLanguage: Language | null;
  date: string | null;
  dateLanguage: Language | null;
  place: string;
  ref: string | null;
}

/** A position in the blocks: the header may end in the middle of a plain-text paragraph. */
export interface Cursor {
  block: number;
  line: number;
}

/** Takes one header field from `piece` if it is one not yet found; false when it is none. */
function readHeaderPiece(piece: string, header: Header): boolean {
  const kind = header.kind ? null : matchKind(piece);
  if (kind) {
    header.kind = kind.kind;
    header.kindLanguage = kind.language;
    return true;
  }
  const date = header.date ? null : parseLongDate(piece);
  if (date) {
    header.date = date.iso;
    header.dateLanguage = date.language;
    header.place = date.place;
    return true;
  }
  const ref = header.ref ? null : matchReference(piece);
  if (ref) header.ref = ref;
  return ref !== null;
}

/** A header line holds one field, or several joined by a dash or a bar: "27 août 2019 – CP124-2019". */
function readHeaderLine(line: string, header: Header): boolean {
  if (readHeaderPiece(line, header)) return true;
  // Collapsed first: split at `\s+` around the dash would try every start in a long run of spaces.
  const pieces = line.replace(/\s+/g, ' ').split(/ [-–—|•·] /);
  if (pieces.length < 2) return false;
  const trial = { ...header };
  if (!pieces.every((piece) => readHeaderPiece(piece.trim(), trial))) return false;
  Object.assign(header, trial);
  return true;
}

export function lineText(line: readonly Inline[] | undefined): string {
  return plainText(line ?? []).trim();
}

/** Reads header lines from the top while they are header fields; returns them and where the rest starts. */
export function readHeader(blocks: readonly SourceBlock[]): { header: Header; next: Cursor } {
  const header: Header = { kind: '', kindLanguage: null, date: null, dateLanguage: null, place: '', ref: null };
  const next: Cursor = { block: 0, line: 0 };
  while (next.block < blocks.length && readHeaderLine(lineText(blocks[next.block]?.lines[next.line]), header)) {
    next.line += 1;
    if (next.line >= (blocks[next.block]?.lines.length ?? 0)) {
      next.block += 1;
      next.line = 0;
    }
  }
  return { header, next };
}
