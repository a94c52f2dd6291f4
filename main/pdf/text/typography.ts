import type { Language } from '../../core/language';

/**
 * Typographic rules applied at layout time (the stored text is never rewritten): each language's
 * quotation marks, the typographic apostrophe, and for French the (narrow) no-break spaces before
 * ; : ! ? and inside « ». Rules see across style boundaries (a quote may open in plain text and the
 * word after it be bold), so they work on characters that remember which span they came from.
 */
export interface Span<S> {
  text: string;
  style: S;
}

export const NBSP = '\u00A0';
export const NNBSP = '\u202F';

interface Char {
  ch: string;
  span: number;
}

const SPACES = new Set([' ', NBSP, NNBSP, '\u2009']);
const OPENERS = new Set(['(', '[', '{', '«', '“', '‘', '„', '—', '–']);
// Soft hyphens typed by the author go too: the hyphenation patterns place the break points.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;
const WHITESPACE = /\s/u;
const WORDISH = /[\p{L}\p{N}»)\]’”.]/u;
const FRENCH_HIGH_PUNCTUATION = new Set([';', '!', '?']);

function isSpace(c: Char | undefined): boolean {
  return c !== undefined && SPACES.has(c.ch);
}

/** Collapses white space (except the no-break kinds) to single spaces and drops invisible characters. */
function normaliseSpaces(chars: Char[]): Char[] {
  const out: Char[] = [];
  for (const c of chars) {
    if (INVISIBLE.test(c.ch)) continue;
    if (WHITESPACE.test(c.ch) && !SPACES.has(c.ch)) c.ch = ' ';
    if (c.ch === ' ' && (out.length === 0 || out.at(-1)?.ch === ' ')) continue;
    out.push(c);
  }
  while (out.at(-1)?.ch === ' ') out.pop();
  return out;
}

function opensAt(chars: Char[], i: number): boolean {
  const prev = chars[i - 1];
  return prev === undefined || SPACES.has(prev.ch) || OPENERS.has(prev.ch);
}

const QUOTES: Record<Language, { open: string; close: string; innerOpen: string; innerClose: string }> = {
  fr: { open: '«', close: '»', innerOpen: '“', innerClose: '”' },
  en: { open: '“', close: '”', innerOpen: '‘', innerClose: '’' },
  ru: { open: '«', close: '»', innerOpen: '„', innerClose: '“' },
};

function curlQuotes(chars: Char[], language: Language): void {
  const quotes = QUOTES[language];
  chars.forEach((c, i) => {
    if (c.ch === '"') c.ch = opensAt(chars, i) ? quotes.open : quotes.close;
    else if (c.ch === "'") c.ch = language === 'en' && opensAt(chars, i) ? '‘' : '’';
  });
}

/**
 * Puts `space` before index `i`: turns an ordinary space there into it, or inserts one in the style
 * of the character before (so the space travels with the word it is tied to).
 */
function spaceBefore(chars: Char[], i: number, space: string): number {
  const prev = chars[i - 1];
  if (!chars[i] || !prev) return i;
  if (isSpace(prev)) {
    prev.ch = space;
    return i;
  }
  chars.splice(i, 0, { ch: space, span: prev.span });
  return i + 1;
}

function spaceAfter(chars: Char[], i: number, space: string): void {
  const next = chars[i + 1];
  const at = chars[i];
  if (!at || !next) return;
  if (isSpace(next)) next.ch = space;
  else chars.splice(i + 1, 0, { ch: space, span: at.span });
}

function endsClause(c: Char | undefined): boolean {
  return c === undefined || SPACES.has(c.ch) || WHITESPACE.test(c.ch) || /[»)\]!?;:.,…]/u.test(c.ch);
}

function frenchSpacing(chars: Char[]): void {
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const prev = chars[i - 1];
    if (!c) continue;
    if (c.ch === '«') spaceAfter(chars, i, NNBSP);
    else if (c.ch === '»' && prev) i = spaceBefore(chars, i, NNBSP);
    else if (FRENCH_HIGH_PUNCTUATION.has(c.ch) && prev && (isSpace(prev) || (WORDISH.test(prev.ch) && endsClause(chars[i + 1])))) {
      i = spaceBefore(chars, i, NNBSP);
    } else if (c.ch === ':' && prev && (isSpace(prev) || (WORDISH.test(prev.ch) && endsClause(chars[i + 1])))) {
      i = spaceBefore(chars, i, NBSP);
    }
  }
}

/** " - " between words is a dash: an en dash (em dash in Russian) held to the word before it. */
function dashes(chars: Char[], language: Language): void {
  chars.forEach((c, i) => {
    const prev = chars[i - 1];
    if (c.ch === '-' && prev?.ch === ' ' && chars[i + 1]?.ch === ' ') {
      c.ch = language === 'ru' ? '—' : '–';
      prev.ch = NBSP;
    }
  });
}

function ellipses(chars: Char[]): Char[] {
  const out: Char[] = [];
  for (const c of chars) {
    const a = out.at(-1);
    const b = out.at(-2);
    if (c.ch === '.' && a?.ch === '.' && b?.ch === '.') {
      out.pop();
      b.ch = '…';
    } else out.push(c);
  }
  return out;
}

export function applyTypography<S>(spans: readonly Span<S>[], language: Language): Span<S>[] {
  let chars: Char[] = spans.flatMap((span, index) => Array.from(span.text, (ch) => ({ ch, span: index })));
  chars = ellipses(normaliseSpaces(chars));
  curlQuotes(chars, language);
  dashes(chars, language);
  if (language === 'fr') frenchSpacing(chars);
  const out: Span<S>[] = [];
  let current: { span: number; text: string } | undefined;
  for (const c of chars) {
    if (current && current.span === c.span) current.text += c.ch;
    else {
      if (current) out.push({ text: current.text, style: (spans[current.span] as Span<S>).style });
      current = { span: c.span, text: c.ch };
    }
  }
  if (current) out.push({ text: current.text, style: (spans[current.span] as Span<S>).style });
  return out;
}

/** The same rules for a plain string (titles, labels). */
export function typesetText(text: string, language: Language): string {
  return applyTypography([{ text, style: null }], language)
    .map((s) => s.text)
    .join('');
}
