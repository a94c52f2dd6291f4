/**
 * The typographic characters of each release language. The typesetter applies them at layout (the stored
 * text is never rewritten) and the editor as the press officer types, so that what is typed is what prints.
 */
import type { Language } from './language';

export const NBSP = '\u00A0';
export const NNBSP = '\u202F';

export const QUOTES: Readonly<Record<Language, { open: string; close: string; innerOpen: string; innerClose: string }>> = {
  fr: { open: '«', close: '»', innerOpen: '“', innerClose: '”' },
  en: { open: '“', close: '”', innerOpen: '‘', innerClose: '’' },
  ru: { open: '«', close: '»', innerOpen: '„', innerClose: '“' },
};

/** The spaces a quote may follow, the no-break kinds included. */
export const SPACES: ReadonlySet<string> = new Set([' ', NBSP, NNBSP, '\u2009']);
const QUOTE_OPENERS: ReadonlySet<string> = new Set(['(', '[', '{', '«', '“', '‘', '„', '—', '–']);

/** A straight quote after `prev` opens: at the start, after a space, or after an opening bracket, quote or dash. */
export function quoteOpensAfter(prev: string | undefined): boolean {
  return prev === undefined || SPACES.has(prev) || QUOTE_OPENERS.has(prev);
}

/** What a straight single quote prints as: always the apostrophe ’, but an opening ‘ in English. */
export function singleQuote(language: Language, opens: boolean): string {
  return language === 'en' && opens ? '‘' : '’';
}
