import LineBreaker from 'linebreak';
import type { Language } from '../../core/language';
import { measure } from '../fonts/shaper';
import { syllables } from './hyphenate';
import { FORCED_BREAK, type Item } from './knuth-plass';
import type { TextStyle } from '../frame';
import type { Span } from './typography';

/**
 * Styled text -> measured boxes, glue and penalties: UAX #14 break opportunities, hyphenation points,
 * and in an emergency the break points of addresses and, for a word wider than the line, of characters.
 */
export interface ItemOptions {
  language: Language;
  width: number;
  justify: boolean;
  hyphenate: boolean;
  /** Add the last-resort break points. */
  emergency: boolean;
}

/** How far a justified word space may stretch and shrink, as a share of its natural width. */
const SPACE_STRETCH = 0.5;
export const SPACE_SHRINK = 1 / 3;
/** The widest a word space of the body's ideal breaks gets (the breaker's tolerance 1), as a share of its natural width. */
export const IDEAL_SPACE_RATIO = 1 + SPACE_STRETCH;
const HYPHEN_PENALTY = 50;
const EXPLICIT_BREAK_PENALTY = 50;
const EMERGENCY_BREAK_PENALTY = 150;
const CHARACTER_BREAK_PENALTY = 800;
/** After these characters a URL or an e-mail address may break when nothing else fits. */
const ADDRESS_BREAKS = /[/.@\-_?&=#]/u;

/** What each item stands for, to rebuild the text of a line. */
export type Meta = { kind: 'text'; text: string; style: TextStyle } | { kind: 'space'; style: TextStyle } | { kind: 'hyphen'; style: TextStyle } | undefined;

export interface Built {
  items: Item[];
  meta: Meta[];
}

/** The styled pieces of the text from `from` to `to`. */
function styleRuns(spans: readonly Span<TextStyle>[], from: number, to: number): Span<TextStyle>[] {
  // Most paragraphs are one span: no search, and no copy of the text.
  const only = spans.length === 1 ? spans[0] : undefined;
  if (only) return [{ text: only.text.slice(from, to), style: only.style }];
  const out: Span<TextStyle>[] = [];
  let offset = 0;
  for (const span of spans) {
    const start = Math.max(from, offset);
    const end = Math.min(to, offset + span.text.length);
    if (start < end) out.push({ text: span.text.slice(start - offset, end - offset), style: span.style });
    offset += span.text.length;
  }
  return out;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const LETTER = /^\p{L}/u;

class ItemBuilder {
  readonly items: Item[] = [];
  readonly meta: Meta[] = [];
  /** Where the boxes with no break between them, up to the next glue or penalty, begin. */
  private stretchStart = 0;
  /** The word being built is a URL or an e-mail address. */
  address = false;

  constructor(
    private readonly lineWidth: number,
    private readonly justify: boolean,
    private readonly emergency: boolean,
  ) {}

  box(text: string, style: TextStyle): void {
    this.items.push({ type: 'box', width: measure(style.font, text, style.size) });
    this.meta.push({ kind: 'text', text, style });
  }

  space(style: TextStyle): void {
    const width = measure(style.font, ' ', style.size);
    const elastic = this.justify ? 1 : 0;
    this.end({ type: 'glue', width, stretch: width * SPACE_STRETCH * elastic, shrink: width * SPACE_SHRINK * elastic }, { kind: 'space', style });
  }

  penalty(width: number, penalty: number, flagged: boolean, style?: TextStyle): void {
    this.end({ type: 'penalty', width, penalty, flagged }, flagged && width > 0 && style ? { kind: 'hyphen', style } : undefined);
  }

  finish(): Built {
    this.end({ type: 'glue', width: 0, stretch: 1e6, shrink: 0 }, undefined);
    this.penalty(0, FORCED_BREAK, false);
    return { items: this.items, meta: this.meta };
  }

  /** Ends the current stretch of boxes with `item`, a glue or a penalty. */
  private end(item: Item, meta: Meta): void {
    if (this.emergency) this.cutIfTooWide(item.type === 'penalty' ? item.width : 0);
    this.items.push(item);
    this.meta.push(meta);
    this.stretchStart = this.items.length;
  }

  /**
   * The last resort: boxes that no break separates (a long word, words tied by no-break spaces, runs of
   * different styles glued together) wider than the line, with the hyphen that may end them, are cut
   * between any two characters, so that no glyph is set outside the column. Between two letters of a
   * word the cut takes a hyphen; an address is cut bare, as a hyphen would change it.
   */
  private cutIfTooWide(endWidth: number): void {
    const start = this.stretchStart;
    let width = endWidth;
    for (let i = start; i < this.items.length; i++) width += (this.items[i] as Item).width;
    if (width <= this.lineWidth) return;
    const pieces = this.meta.splice(start).flatMap((m) => (m?.kind === 'text' ? [m] : []));
    this.items.splice(start);
    let previous: { segment: string; style: TextStyle } | undefined;
    for (const { text, style } of pieces) {
      for (const { segment } of graphemes.segment(text)) {
        if (previous) {
          // The hyphen ends the line in the style of the letter before it.
          const hyphen = !this.address && LETTER.test(previous.segment) && LETTER.test(segment) ? previous.style : undefined;
          const width = hyphen ? measure(hyphen.font, '-', hyphen.size) : 0;
          this.items.push({ type: 'penalty', width, penalty: CHARACTER_BREAK_PENALTY, flagged: hyphen !== undefined });
          this.meta.push(hyphen ? { kind: 'hyphen', style: hyphen } : undefined);
        }
        this.box(segment, style);
        previous = { segment, style };
      }
    }
  }
}

/** A place inside a word where it may break: after `at` characters, with a hyphen or (in an emergency) without. */
interface WordBreak {
  at: number;
  kind: 'hyphen' | 'emergency';
}

/** Where `word` may break, in order: hyphenation points, and address breaks in an emergency. */
function wordBreaks(word: string, language: Language, hyphenate: boolean, emergency: boolean): WordBreak[] {
  const breaks: WordBreak[] = [];
  if (hyphenate) {
    const pieces = syllables(word, language);
    let offset = 0;
    for (let i = 0; i < pieces.length - 1; i++) {
      offset += (pieces[i] as string).length;
      breaks.push({ at: offset, kind: 'hyphen' });
    }
  }
  if (emergency) {
    for (let i = 1; i < word.length - 1; i++) {
      if (ADDRESS_BREAKS.test(word.charAt(i)) && !breaks.some((b) => b.at === i + 1)) breaks.push({ at: i + 1, kind: 'emergency' });
    }
    breaks.sort((a, b) => a.at - b.at);
  }
  return breaks;
}

/** A compound breaks at its hyphen only between real words: never "Bion-|M2", "MTB-|2" or "e-|mail". */
function breakableAfter(word: string, rest: string): boolean {
  if (!word.endsWith('-')) return true;
  const following = /^\S*/u.exec(rest)?.[0] ?? '';
  const letters = (t: string): number => t.replace(/\P{L}/gu, '').length;
  const before = word.slice(word.lastIndexOf('-', word.length - 2) + 1, -1);
  return !/\p{N}/u.test(following) && letters(following) >= 3 && letters(before) >= 3;
}

/** A word holding one of these is a URL or an e-mail address: no hyphen is ever added to it. */
const ADDRESS = /[/@]|\.\p{L}{2}/u;

/**
 * Whether the space-delimited word from `at` on is an address, asked with `at` growing: each word is
 * read once, however many break opportunities split it.
 */
function addressReader(text: string): (at: number) => boolean {
  let end = -1;
  let address = false;
  return (at) => {
    if (at > end) {
      const space = text.indexOf(' ', at);
      end = space < 0 ? text.length : space;
      address = ADDRESS.test(text.slice(at, end));
    }
    return address;
  };
}

export function buildItems(spans: readonly Span<TextStyle>[], options: ItemOptions): Built {
  const text = spans.map((s) => s.text).join('');
  const { emergency } = options;
  const builder = new ItemBuilder(options.width, options.justify, emergency);
  const isAddress = addressReader(text);
  const breaker = new LineBreaker(text);
  let start = 0;
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
    const segment = text.slice(start, next.position);
    const word = segment.replace(/ +$/u, '');
    const wordStart = start;
    start = next.position;
    if (word === '') continue;
    builder.address = isAddress(wordStart);
    const breaks = wordBreaks(word, options.language, options.hyphenate && !builder.address, emergency);
    let from = 0;
    for (let k = 0; k <= breaks.length; k++) {
      const cut = breaks[k];
      const to = cut ? cut.at : word.length;
      if (to <= from) continue;
      const runs = styleRuns(spans, wordStart + from, wordStart + to);
      for (const run of runs) builder.box(run.text, run.style);
      const last = runs.at(-1);
      if (cut?.kind === 'hyphen' && last) {
        builder.penalty(measure(last.style.font, '-', last.style.size), HYPHEN_PENALTY, true, last.style);
      } else if (cut?.kind === 'emergency') builder.penalty(0, EMERGENCY_BREAK_PENALTY, false);
      from = to;
    }
    if (word.length < segment.length) {
      const spaceStyle = styleRuns(spans, wordStart + word.length, wordStart + word.length + 1)[0]?.style;
      if (spaceStyle) builder.space(spaceStyle);
    } else if (next.position < text.length && breakableAfter(word, text.slice(next.position))) {
      builder.penalty(0, word.endsWith('-') ? EXPLICIT_BREAK_PENALTY : 0, word.endsWith('-'));
    }
  }
  return builder.finish();
}
