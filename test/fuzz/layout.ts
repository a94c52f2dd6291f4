/**
 * The typesetter: random releases (paragraphs, headings, lists, quotes; bold, italic, links; long words,
 * URLs; French, English and Russian with their no-break spaces) on random paper, margins and bleed,
 * rendered by main/pdf. Never a crash; every word poppler reads lies on the trimmed page and within the
 * side margins; every letter of the embargo banner (any instant, in the agencies' zones and a few odd
 * ones), title, subtitle, lead and body reaches pdftotext, in order.
 */
import fc from 'fast-check';
import { embargoLine } from '../../main/core/embargo';
import { NAMED_ZONES } from '../../main/core/embargo-zones';
import type { Language } from '../../main/core/language';
import { Brand, Release, type Block, type Embargo, type Inline } from '../../main/core/schema';
import { pageGeometry } from '../../main/pdf/layout/geometry';
import { renderRelease, type RenderOptions } from '../../main/pdf';
import type { Scale } from './mutations';
import { readPdfText, type PageText } from './pdf-text';
import type { FuzzProperty } from './property';
import { expectOurRefusal, Violation } from './verdict';

export interface LayoutCase {
  language: Language;
  title: string;
  subtitle: string;
  lead: string;
  body: Block[];
  embargo: Embargo | null;
  fonts: { body: string; heading: string };
  marginsMm: { top: number; right: number; bottom: number; left: number };
  options: RenderOptions;
}

const LETTERS: Record<Language, string> = {
  fr: 'abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿABCDÉÈÀÇŒ',
  en: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ru: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ',
};
// French spaces and punctuation, quotes the typographer curls, dashes, digits.
const MARKS = [',', '.', ' ;', '\u202f;', ' :', '\u00a0:', ' !', '\u202f?', '«\u00a0', '\u00a0»', '"', "'", '’', '(', ')', ' — ', '-', '…', '%', '2019', '27', '1er'];

const SIZES: Record<Scale, { words: number; blocks: number; longWord: number }> = {
  suite: { words: 40, blocks: 6, longWord: 60 },
  long: { words: 120, blocks: 16, longWord: 200 },
};

function word(language: Language, scale: Scale): fc.Arbitrary<string> {
  const letter = fc.constantFrom(...LETTERS[language]);
  return fc.oneof(
    { weight: 12, arbitrary: fc.string({ unit: letter, minLength: 1, maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: letter, minLength: 20, maxLength: SIZES[scale].longWord }) },
    { weight: 1, arbitrary: fc.string({ unit: letter, minLength: 1, maxLength: 30 }).map((path) => `https://exemple.fr/${path}/${path}`) },
    { weight: 2, arbitrary: fc.tuple(fc.string({ unit: letter, minLength: 1, maxLength: 10 }), fc.constantFrom(...MARKS)).map(([w, mark]) => w + mark) },
  );
}

function text(language: Language, scale: Scale, minWords = 1): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(word(language, scale), fc.constantFrom(...' '.repeat(8), '\u00a0', '\u202f')), { minLength: minWords, maxLength: SIZES[scale].words })
    .map((words) => words.map(([w, space], at) => (at === words.length - 1 ? w : w + space)).join(''));
}

function inlines(language: Language, scale: Scale): fc.Arbitrary<Inline[]> {
  const run = fc.record(
    { text: text(language, scale), bold: fc.boolean(), italic: fc.boolean(), href: fc.constantFrom('https://exemple.fr/cp124', 'mailto:presse@cnes.fr', 'tel:+33144767539') },
    { requiredKeys: ['text'] },
  );
  return fc.array(run, { minLength: 1, maxLength: 4 });
}

function block(language: Language, scale: Scale): fc.Arbitrary<Block> {
  const content = inlines(language, scale);
  const items = fc.array(content, { minLength: 1, maxLength: 5 });
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ type: fc.constant('paragraph' as const), content }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('heading' as const), level: fc.constantFrom(2 as const, 3 as const), content }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('bulletList' as const), items }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('orderedList' as const), items }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('quote' as const), content, attribution: text(language, scale) }, { requiredKeys: ['type', 'content'] }) },
  );
}

const margin = fc.integer({ min: 5, max: 60 });

/** Half-hour and negative offsets, a zone Intl names only by its offset, and the agencies' own. */
const ZONES = [...NAMED_ZONES.map(({ zone }) => zone), 'UTC', 'Asia/Kolkata', 'America/Sao_Paulo', 'Pacific/Chatham', 'Etc/GMT-3'];
const RELEASE_DAY = Date.parse('2019-08-27T00:00:00Z');
const embargo: fc.Arbitrary<Embargo> = fc.record({
  at: fc.integer({ min: 0, max: 80 * 365 * 24 * 60 }).map((minutes) => new Date(RELEASE_DAY + minutes * 60_000).toISOString()),
  zone: fc.constantFrom(...ZONES),
});
const FONTS = ['Noto Serif', 'Noto Sans'];

export function layoutCase(scale: Scale): fc.Arbitrary<LayoutCase> {
  return fc.constantFrom<Language>('fr', 'en', 'ru').chain((language) =>
    fc.record({
      language: fc.constant(language),
      title: text(language, scale),
      subtitle: fc.oneof(fc.constant(''), text(language, scale)),
      lead: fc.oneof(fc.constant(''), text(language, scale)),
      body: fc.array(block(language, scale), { maxLength: SIZES[scale].blocks }),
      embargo: fc.option(embargo, { nil: null }),
      fonts: fc.record({ body: fc.constantFrom(...FONTS), heading: fc.constantFrom(...FONTS) }),
      marginsMm: fc.oneof(fc.constant({ top: 20, right: 20, bottom: 20, left: 22 }), fc.record({ top: margin, right: margin, bottom: margin, left: margin })),
      options: fc.record({ paper: fc.constantFrom('a4' as const, 'letter' as const), bleedMm: fc.constantFrom(0, 3, 10), cropMarks: fc.boolean() }),
    }),
  );
}

function releaseOf(value: LayoutCase): Release {
  return Release.parse({
    id: 'fuzz',
    ref: 'CP1-2019',
    language: value.language,
    date: '2019-08-27',
    title: value.title,
    subtitle: value.subtitle,
    lead: value.lead,
    body: value.body,
    embargo: value.embargo,
    boilerplate: false,
    createdAt: '2019-08-27T10:00:00+02:00',
    updatedAt: '2019-08-27T10:00:00+02:00',
  });
}

/** Letters only, as a reader would compare them: hyphenation, spacing, quotes and case set aside. */
export function letters(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/ß/gu, 'ss').replace(/[^\p{L}]/gu, '');
}

function runsText(runs: readonly Inline[]): string {
  return runs.map((run) => run.text).join('');
}

function blockText(b: Block): string {
  if (b.type === 'bulletList' || b.type === 'orderedList') return b.items.map(runsText).join(' ');
  if (b.type === 'figure') return `${b.caption} ${b.credit}`;
  return `${runsText(b.content)} ${b.type === 'quote' ? (b.attribution ?? '') : ''}`;
}

/**
 * Where `wanted` stops being found: it must be the pages' letters taken as one stretch per page, page
 * after page (a page break puts the footer and running head between two stretches). -1 when all is found.
 */
export function lostAt(wanted: string, pages: readonly string[]): number {
  let found = 0;
  for (const page of pages) {
    let low = 0;
    let high = wanted.length - found;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (page.includes(wanted.slice(found, found + middle))) low = middle;
      else high = middle - 1;
    }
    found += low;
    if (found === wanted.length) return -1;
  }
  return found;
}

function lostLetters(value: LayoutCase, pages: readonly PageText[]): Violation[] {
  const pageLetters = pages.map((page) => letters(page.text));
  const fields: Array<[string, string]> = [
    ['embargo', value.embargo ? embargoLine(value.embargo, value.language) : ''],
    ['title', value.title],
    ['subtitle', value.subtitle],
    ['lead', value.lead],
    ['body', value.body.map(blockText).join(' ')],
  ];
  return fields.flatMap(([field, source]) => {
    const wanted = letters(source);
    const at = lostAt(wanted, pageLetters);
    return at < 0 ? [] : [new Violation(`letters of the ${field} are missing from pdftotext's text, from « ${wanted.slice(Math.max(0, at - 20), at)}|${wanted.slice(at, at + 20)} »`, `letters of the ${field} are missing`)];
  });
}

const TOLERANCE = 0.5;

interface Area {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function wordsOutside(pages: readonly PageText[], area: Area, what: string): Violation[] {
  for (const [at, page] of pages.entries()) {
    const outside = page.words.find((w) => w.xMin < area.left - TOLERANCE || w.xMax > area.right + TOLERANCE || w.yMin < area.top - TOLERANCE || w.yMax > area.bottom + TOLERANCE);
    if (!outside) continue;
    const box = [outside.xMin, outside.yMin, outside.xMax, outside.yMax].map((n) => n.toFixed(1)).join(' ');
    const bounds = [area.left, area.top, area.right, area.bottom].map((n) => n.toFixed(1)).join(' ');
    return [new Violation(`a word lies outside ${what}: « ${outside.text.slice(0, 40)} » on page ${at + 1} at ${box}, outside ${bounds}`, `a word lies outside ${what}`)];
  }
  return [];
}

/** Every word on the trimmed page, and between the side margins (the running head and footer sit in the top and bottom ones). */
function misplacedWords(value: LayoutCase, pages: readonly PageText[]): Violation[] {
  const g = pageGeometry(value.options.paper, value.marginsMm, value.options.bleedMm, value.options.cropMarks);
  const page = { left: g.outset, right: g.outset + g.width, top: g.outset, bottom: g.outset + g.height };
  return [...wordsOutside(pages, page, 'the trimmed page'), ...wordsOutside(pages, { ...page, left: page.left + g.margins.left, right: page.right - g.margins.right }, 'the side margins')];
}

export const layout: FuzzProperty<LayoutCase> = {
  name: 'layout',
  arbitrary: layoutCase,
  check: async (value) => {
    const brand = Brand.parse({ colors: {}, fonts: value.fonts, boilerplate: {}, marginsMm: value.marginsMm });
    let bytes: Uint8Array;
    try {
      ({ bytes } = await renderRelease({ release: releaseOf(value), contacts: [], brand, images: new Map() }, value.options));
    } catch (error) {
      expectOurRefusal(error);
      return;
    }
    const pages = readPdfText(bytes);
    // Every broken rule is reported, so that a known one does not hide another in the same case.
    const [first, ...others] = [...lostLetters(value, pages), ...misplacedWords(value, pages)];
    if (first) throw new Violation(first.message, first.kind, others);
  },
};
