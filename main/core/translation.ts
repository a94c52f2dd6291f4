/**
 * The life of a translation's mark. A new translation starts as a copy of its source, so it would print
 * the source's words under the target language's labels: it stays marked until each of its blocks (title,
 * subtitle, lead, then each body block, numbered in that order) has been edited, or the translator says it
 * is done. Pure.
 */
import { UserError } from './errors';
import type { Block, Release, TranslationMark } from './schema';

type Text = Pick<Release, 'title' | 'subtitle' | 'lead' | 'body'>;
type TranslationBlock = string | Block;

/** The blocks a translator goes through, in reading order: title, subtitle, lead, then the body's blocks. */
export function translationBlocks(release: Text): TranslationBlock[] {
  return [release.title, release.subtitle, release.lead, ...release.body];
}

function wordsOf(block: TranslationBlock): string[] {
  if (typeof block === 'string') return [block];
  switch (block.type) {
    case 'bulletList':
    case 'orderedList':
      return block.items.flat().map((run) => run.text);
    case 'figure':
      return [block.alt, block.caption, block.credit];
    case 'quote':
      return [...block.content.map((run) => run.text), block.attribution ?? ''];
    default:
      return block.content.map((run) => run.text);
  }
}

/** A block without words (an empty subtitle) has nothing to translate. */
function needsTranslation(block: TranslationBlock): boolean {
  return wordsOf(block).some((text) => text.trim() !== '');
}

/** The blocks still to translate: those with words that have not been edited. */
function pending(mark: TranslationMark, release: Text): number[] {
  const edited = new Set(mark.edited);
  return translationBlocks(release).flatMap((block, index) => (!edited.has(index) && needsTranslation(block) ? [index] : []));
}

/** The mark of a new translation of `source`: nothing edited yet. */
export function newMark(source: Pick<Release, 'id'>): TranslationMark {
  return { source: source.id, edited: [] };
}

/**
 * The mark after an edit from `before` to `after`: the blocks whose content changed count as edited, and
 * the mark is cleared (null) once every block of the release has been.
 */
export function markAfterEdit(mark: TranslationMark | null, before: Text, after: Text): TranslationMark | null {
  if (!mark) return null;
  const old = translationBlocks(before);
  const edited = new Set(mark.edited);
  translationBlocks(after).forEach((block, index) => {
    if (JSON.stringify(block) !== JSON.stringify(old[index])) edited.add(index);
  });
  const count = translationBlocks(after).length;
  const next = { ...mark, edited: [...edited].filter((index) => index < count).sort((a, b) => a - b) };
  return pending(next, after).length === 0 ? null : next;
}

/** The indexes (see translationBlocks) of the blocks a marked translation still holds untouched. */
export function blocksToTranslate(release: Text & Pick<Release, 'untranslated'>): number[] {
  return release.untranslated ? pending(release.untranslated, release) : [];
}

/** Refuses a release still marked untranslated, unless the user confirmed it may go out as it is. */
export function assertTranslated(release: Pick<Release, 'ref' | 'language' | 'untranslated'>, allowUntranslated = false, kit?: string): void {
  if (!release.untranslated || allowUntranslated) return;
  const { ref, language } = release;
  throw kit === undefined ? new UserError('translation.untranslated', { ref, language }, 'conflict') : new UserError('translation.kitUntranslated', { ref, language, kit }, 'conflict');
}

/** Refuses adding to a kit a release still marked untranslated, unless the user confirmed it. */
export function assertAddable(release: Pick<Release, 'ref' | 'language' | 'untranslated'>, allowUntranslated = false): void {
  if (release.untranslated && !allowUntranslated) throw new UserError('translation.addUntranslated', { ref: release.ref, language: release.language }, 'conflict');
}
