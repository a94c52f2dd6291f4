/**
 * The words of a text a spell checker should judge, with where they are. What a dictionary cannot know
 * is left out rather than flagged: addresses (web, mail), numbers and what is glued to them ("Bion-M2",
 * "MTB-2"), words in capitals (acronyms: CNES, MAKS, SCO) and single letters.
 */
import type { Language } from './language';
import type { Release } from './schema';
import { blockText } from './search';

export interface WordSpot {
  word: string;
  /** UTF-16 offsets in the text, end excluded. */
  start: number;
  end: number;
}

// Letters with their accents, joined by an apostrophe (l’occasion, aujourd’hui) or a hyphen (пресс-атташе).
const WORD = /[\p{L}\p{M}]+(?:[’'\u2011-][\p{L}\p{M}]+)*/gu;
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:fr|com|org|net|ru|eu|int|gov|space)\b\S*/giu;
const GLUED = /[\p{N}_@/\\]/u;

/** The words of `text` to check, in order. */
export function wordsToCheck(text: string): WordSpot[] {
  // Blanked, not removed: offsets stay those of the text.
  const plain = text.replace(ADDRESS, (address) => ' '.repeat(address.length));
  const spots: WordSpot[] = [];
  for (const match of plain.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    if ([...word].length < 2) continue;
    // An acronym, elided or not (CNES, l’IAC).
    const stem = word.split(/[’']/).at(-1) as string;
    if (stem === stem.toUpperCase() && stem !== stem.toLowerCase()) continue;
    if (GLUED.test(plain[start - 1] ?? '') || GLUED.test(plain[end] ?? '')) continue;
    spots.push({ word, start, end });
  }
  return spots;
}

/** A word that starts with a capital is most often a name (Rogozin, Roshydromet): a dictionary has nothing to suggest for it. */
export function looksLikeName(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** A text of a release, named for a refusal or a report: "title", "lead", "body 3". */
export interface ReleasePart {
  where: string;
  text: string;
}

/** What a release prints of its own words, part by part. */
export function releaseParts(release: Release): ReleasePart[] {
  const parts: ReleasePart[] = [
    { where: 'title', text: release.title },
    { where: 'subtitle', text: release.subtitle },
    { where: 'lead', text: release.lead },
    ...release.body.map((block, index) => ({ where: `body ${index + 1}`, text: block.type === 'quote' && block.attribution ? `${blockText(block)} ${block.attribution}` : blockText(block) })),
  ];
  return parts.filter((part) => part.text.trim() !== '');
}

/**
 * Whether a spot is still to flag in a release that ignores `ignored`: a word ignored is left whatever its
 * case ("Bionaute" opening a sentence is the "bionaute" ignored in the middle of one), not its accents.
 */
export function notIgnored(ignored: readonly string[] | undefined, language: Language): (spot: { word: string }) => boolean {
  const left = new Set((ignored ?? []).map((word) => word.toLocaleLowerCase(language)));
  return (spot) => !left.has(spot.word.toLocaleLowerCase(language));
}

/** The words a release ignores once `word` is one of them: each once (case aside), sorted. */
export function withIgnored(ignored: readonly string[] | undefined, word: string, language: Language): string[] {
  const words = notIgnored(ignored, language)({ word }) ? [...(ignored ?? []), word] : [...(ignored ?? [])];
  return words.sort((a, b) => a.localeCompare(b, language));
}
