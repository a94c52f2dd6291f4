/** Where the typesetter will put French no-break spaces in a paragraph, so the editor can show them. Pure. */
import { NBSP, NNBSP, QUOTES, isSpace, opensAfter } from './characters';

export type SpaceKind = 'narrow' | 'wide';

/**
 * A space the print will have: `existing` when the character at `at` is a space that prints as this
 * kind, otherwise a space the typesetter adds just before index `at`.
 */
export interface SpaceMark {
  at: number;
  kind: SpaceKind;
  existing: boolean;
}

const HIGH_PUNCTUATION = new Set([';', '!', '?']);
const WORDISH = /[\p{L}\p{N}»)\]’”.]/u;
const CLAUSE_END = /[»)\]!?;:.,…]/u;

function endsClause(c: string | undefined): boolean {
  return c === undefined || isSpace(c) || CLAUSE_END.test(c);
}

/** Straight quotes as the typesetter curls them for French, one UTF-16 unit for one, so indexes stay the editor's. */
function curled(text: string): string[] {
  const ch = text.split('');
  for (let i = 0; i < ch.length; i++) {
    if (ch[i] === '"') ch[i] = opensAfter(ch[i - 1]) ? QUOTES.fr.open : QUOTES.fr.close;
  }
  return ch;
}

/** A mark on the space at `at` when there is one, otherwise a space added before `before`. */
function markAround(ch: readonly string[], at: number, before: number, kind: SpaceKind): SpaceMark {
  return isSpace(ch[at]) ? { at, kind, existing: true } : { at: before, kind, existing: false };
}

/**
 * The French spaces of one paragraph's text: narrow no-break before ; ! ? and », and after «; no-break
 * before :. The rules are the typesetter's: a colon in "10:30" or "https://" gets none.
 */
export function frenchSpaceMarks(text: string): SpaceMark[] {
  const ch = curled(text);
  const marks = new Map<string, SpaceMark>();
  const add = (mark: SpaceMark) => marks.set(`${mark.at}:${mark.existing}`, mark);
  for (let i = 0; i < ch.length; i++) {
    const c = ch[i] as string;
    const prev = ch[i - 1];
    const next = ch[i + 1];
    if (c === QUOTES.fr.close && prev !== undefined) add(markAround(ch, i - 1, i, 'narrow'));
    else if ((HIGH_PUNCTUATION.has(c) || c === ':') && prev !== undefined && (isSpace(prev) || (WORDISH.test(prev) && endsClause(next)))) {
      add(markAround(ch, i - 1, i, c === ':' ? 'wide' : 'narrow'));
    }
    if (c === QUOTES.fr.open && next !== undefined) add(markAround(ch, i + 1, i + 1, 'narrow'));
  }
  return [...marks.values()].sort((a, b) => a.at - b.at);
}

/** The character a mark stands for. */
export function spaceCharacter(kind: SpaceKind): string {
  return kind === 'narrow' ? NNBSP : NBSP;
}
