/**
 * The typesetter's characters (main/core/typography.ts), with the editor's view of spaces: in the editor a
 * line break is also a space, where the typesetter has already collapsed it to one.
 */
import { SPACES, quoteOpensAfter } from '../../../main/core/typography';

export { NBSP, NNBSP, QUOTES, singleQuote } from '../../../main/core/typography';

/** Any space, the no-break kinds and line breaks included. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && (SPACES.has(ch) || /\s/u.test(ch));
}

/** A quote typed after `prev` opens, as the typesetter decides. */
export function opensAfter(prev: string | undefined): boolean {
  return quoteOpensAfter(prev) || isSpace(prev);
}
