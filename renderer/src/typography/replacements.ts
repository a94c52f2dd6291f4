/** What a typed character becomes in the release's language: curly quotes and apostrophes, French quote spaces. Pure. */
import type { Language } from '../../../main/core/language';
import { NNBSP, QUOTES, opensAfter, singleQuote } from './characters';

/** The word being typed looks like an address (URL, e-mail): its quotes and apostrophes are left as typed. */
export function isCodeLike(before: string): boolean {
  const word = before.split(/\s/u).at(-1) ?? '';
  return /:\/\/|^www\.|^mailto:|@/iu.test(word);
}

/**
 * The text that replaces `typed` when it is typed after `before`, or null to keep it. French quotes
 * carry their narrow no-break space, so the screen shows the space the print has; a space typed right
 * after « is that space already, so it is dropped (the empty string).
 */
export function replacementFor(before: string, typed: string, language: Language): string | null {
  if (isCodeLike(before)) return null;
  const prev = before.at(-1);
  const opens = opensAfter(prev);
  if (typed === '"') {
    const { open, close } = QUOTES[language];
    if (language !== 'fr') return opens ? open : close;
    return opens ? `${open}${NNBSP}` : `${NNBSP}${close}`;
  }
  if (typed === "'") return singleQuote(language, opens);
  if (typed === ' ' && language === 'fr' && before.endsWith(`${QUOTES.fr.open}${NNBSP}`)) return '';
  return null;
}

export interface TypedText {
  value: string;
  /** Where the caret goes after the replacement. */
  caret: number;
  /** The text as typed, before the replacement, and the caret after the typed character: what undo gives back. */
  typed: string;
  typedCaret: number;
}

/** Where one character was inserted to turn `previous` into `next`, preferring the caret's position; null if it was not a single insertion. */
function insertionPoint(previous: string, next: string, caret: number | null): number | null {
  if (next.length !== previous.length + 1) return null;
  const fits = (at: number) => next.slice(0, at) === previous.slice(0, at) && next.slice(at + 1) === previous.slice(at);
  if (caret !== null && caret > 0 && fits(caret - 1)) return caret - 1;
  let at = 0;
  while (at < previous.length && previous[at] === next[at]) at++;
  return fits(at) ? at : null;
}

/**
 * A plain field's edit from `previous` to `next` (the caret after it, when known) with the typed
 * character replaced, or null when nothing is to be replaced (pastes and deletions are left alone).
 */
export function typeInText(previous: string, next: string, caret: number | null, language: Language): TypedText | null {
  const at = insertionPoint(previous, next, caret);
  if (at === null) return null;
  const replacement = replacementFor(next.slice(0, at), next.charAt(at), language);
  if (replacement === null) return null;
  return { value: next.slice(0, at) + replacement + next.slice(at + 1), caret: at + replacement.length, typed: next, typedCaret: at + 1 };
}
