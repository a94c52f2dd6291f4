import { createRequire } from 'node:module';
import type { Language } from '../../core/language';

// Each language's patterns are loaded on its first word (en-gb's and ru's are some 150 KB of code each):
// a French release never pays for the others. `require`, since hyphen is CommonJS.
const load = createRequire(import.meta.url);
const PATTERNS: Record<Language, string> = { fr: 'hyphen/fr/index.js', en: 'hyphen/en-gb/index.js', ru: 'hyphen/ru/index.js' };
const hyphenators = new Map<Language, (text: string) => string>();

function hyphenator(language: Language): (text: string) => string {
  let hyphenate = hyphenators.get(language);
  if (!hyphenate) {
    hyphenate = (load(PATTERNS[language]) as { hyphenateSync(text: string): string }).hyphenateSync;
    hyphenators.set(language, hyphenate);
  }
  return hyphenate;
}

const SOFT_HYPHEN = '\u00AD';

/** Words we leave whole: names and acronyms (capitalised), codes, numbers, addresses. */
const UNBREAKABLE = /[\p{N}@/_]|^\P{L}*\p{Lu}/u;
const MIN_LENGTH = 6;
/** Letters kept together at the start and the end of a word (French and Russian practice). */
const LEFT_MIN = 2;
const RIGHT_MIN = 3;

const letters = (text: string): number => text.replace(/\P{L}/gu, '').length;

/** Joins pieces that would leave fewer than LEFT_MIN / RIGHT_MIN letters before or after a break. */
function enforceMinimums(pieces: string[]): string[] {
  const out = [...pieces];
  while (out.length > 1 && letters(out[0] ?? '') < LEFT_MIN) out.splice(0, 2, `${out[0]}${out[1]}`);
  while (out.length > 1 && letters(out.at(-1) ?? '') < RIGHT_MIN) out.splice(-2, 2, `${out.at(-2)}${out.at(-1)}`);
  return out;
}

const cache = new Map<string, string[]>();

/** The pieces of `word` between its hyphenation points in `language` (the word itself when it has none). */
export function syllables(word: string, language: Language): string[] {
  const key = `${language}:${word}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const marked = word.length < MIN_LENGTH || UNBREAKABLE.test(word) ? word : hyphenator(language)(word);
  const pieces = enforceMinimums(marked.split(SOFT_HYPHEN).filter((p) => p !== ''));
  cache.set(key, pieces);
  return pieces;
}
