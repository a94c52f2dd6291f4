import type { Language } from '../../core/language';
import { NBSP, NNBSP, QUOTES, SPACES, quoteOpensAfter, singleQuote } from '../../core/typography';

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

export { NBSP, NNBSP };

/**
 * The characters of a paragraph and the span each came from, as two parallel arrays: a kit sets
 * thousands of paragraphs, and an object per character made this the costliest step of layout.
 */
interface Chars {
  ch: string[];
  span: number[];
}

// Soft hyphens typed by the author go too: the hyphenation patterns place the break points.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;
const WHITESPACE = /\s/u;
const WORDISH = /[\p{L}\p{N}»)\]’”.]/u;
const FRENCH_HIGH_PUNCTUATION = new Set([';', '!', '?']);

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACES.has(ch);
}

/** Ordinary white space other than the no-break kinds; ASCII answered without a regular expression. */
function isBreakingWhitespace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITESPACE.test(ch) && !SPACES.has(ch);
}

/**
 * Splits the spans into characters, collapsing white space (except the no-break kinds) to single
 * spaces, dropping invisible characters and turning three dots into an ellipsis.
 */
function readChars<S>(spans: readonly Span<S>[]): Chars {
  const ch: string[] = [];
  const span: number[] = [];
  spans.forEach((s, index) => {
    for (const raw of s.text) {
      if (raw.charCodeAt(0) >= 128 && INVISIBLE.test(raw)) continue;
      const c = isBreakingWhitespace(raw) ? ' ' : raw;
      const last = ch.length - 1;
      if (c === ' ' && (last < 0 || ch[last] === ' ')) continue;
      if (c === '.' && ch[last] === '.' && ch[last - 1] === '.') {
        ch.pop();
        span.pop();
        ch[last - 1] = '…';
        continue;
      }
      ch.push(c);
      span.push(index);
    }
  });
  while (ch.at(-1) === ' ') {
    ch.pop();
    span.pop();
  }
  return { ch, span };
}

function curlQuotes({ ch }: Chars, language: Language): void {
  const quotes = QUOTES[language];
  for (let i = 0; i < ch.length; i++) {
    if (ch[i] === '"') ch[i] = quoteOpensAfter(ch[i - 1]) ? quotes.open : quotes.close;
    else if (ch[i] === "'") ch[i] = singleQuote(language, quoteOpensAfter(ch[i - 1]));
  }
}

/** " - " between words is a dash: an en dash (em dash in Russian) held to the word before it. */
function dashes({ ch }: Chars, language: Language): void {
  for (let i = 1; i < ch.length - 1; i++) {
    if (ch[i] === '-' && ch[i - 1] === ' ' && ch[i + 1] === ' ') {
      ch[i] = language === 'ru' ? '—' : '–';
      ch[i - 1] = NBSP;
    }
  }
}

function endsClause(c: string | undefined): boolean {
  return c === undefined || SPACES.has(c) || WHITESPACE.test(c) || /[»)\]!?;:.,…]/u.test(c);
}

/**
 * The French spaces: a (narrow) no-break space before ; : ! ? and inside « ». An ordinary space
 * already there becomes it; a missing one is added in the style of the character it is tied to.
 */
function frenchSpacing(chars: Chars): Chars {
  const { ch, span } = chars;
  const out: Chars = { ch: [], span: [] };
  const push = (c: string, s: number): void => {
    out.ch.push(c);
    out.span.push(s);
  };
  /** Puts `space` just before the character about to be pushed. */
  const spaceBefore = (space: string): void => {
    const last = out.ch.length - 1;
    if (last < 0) return;
    if (isSpace(out.ch[last])) out.ch[last] = space;
    else push(space, out.span[last] as number);
  };
  for (let i = 0; i < ch.length; i++) {
    const c = ch[i] as string;
    const prev = i > 0 ? out.ch.at(-1) : undefined;
    const next = ch[i + 1];
    if (c === '»' && prev !== undefined) spaceBefore(NNBSP);
    else if ((FRENCH_HIGH_PUNCTUATION.has(c) || c === ':') && prev !== undefined && (isSpace(prev) || (WORDISH.test(prev) && endsClause(next)))) {
      spaceBefore(c === ':' ? NBSP : NNBSP);
    }
    push(c, span[i] as number);
    if (c === '«' && next !== undefined) {
      if (isSpace(next)) ch[i + 1] = NNBSP;
      else push(NNBSP, span[i] as number);
    }
  }
  return out;
}

export function applyTypography<S>(spans: readonly Span<S>[], language: Language): Span<S>[] {
  let chars = readChars(spans);
  curlQuotes(chars, language);
  dashes(chars, language);
  if (language === 'fr') chars = frenchSpacing(chars);
  const out: Span<S>[] = [];
  const { ch, span } = chars;
  let from = 0;
  for (let i = 1; i <= ch.length; i++) {
    if (i === ch.length || span[i] !== span[from]) {
      out.push({ text: ch.slice(from, i).join(''), style: (spans[span[from] as number] as Span<S>).style });
      from = i;
    }
  }
  return out;
}

/** The same rules for a plain string (titles, labels). */
export function typesetText(text: string, language: Language): string {
  return applyTypography([{ text, style: null }], language)
    .map((s) => s.text)
    .join('');
}
