/**
 * The differences between two contents of a release, word by word and block by block (the `diff`
 * package): the fields of the header one by one, the body's blocks paired in order. Pure.
 */
import { embargoLine } from '../embargo';
import { diffArrays, diffWordsWithSpace } from 'diff';
import { blockText } from '../search';
import type { ReleaseContent } from '../schema';

/** A stretch of text: unchanged, inserted or deleted. */
export interface DiffPart {
  text: string;
  change?: 'added' | 'removed';
}

/** The fields compared one by one, in the order the editor shows them. */
export const DIFF_FIELDS = ['title', 'subtitle', 'lead', 'kind', 'place', 'date', 'embargo', 'event', 'tags'] as const;
export type DiffField = (typeof DIFF_FIELDS)[number] | 'body';

/** One block that differs: a field, or a block of the body (`index` from 1, in the newer text for an insertion or a change, in the older for a deletion). */
export interface BlockDiff {
  field: DiffField;
  index?: number;
  change: 'added' | 'removed' | 'changed';
  parts: DiffPart[];
}

function fieldText(content: ReleaseContent, field: (typeof DIFF_FIELDS)[number]): string {
  if (field === 'tags') return content.tags.join(', ');
  // An embargo is compared as it reads in the release's own words.
  if (field === 'embargo') return content.embargo ? embargoLine(content.embargo, content.language) : '';
  return content[field] ?? '';
}

/** The words of `before` and `after`, deletions and insertions marked. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((part) => ({ text: part.value, ...(part.added ? { change: 'added' as const } : part.removed ? { change: 'removed' as const } : {}) }));
}

function changedBlock(field: DiffField, before: string, after: string, index?: number): BlockDiff {
  return { field, ...(index === undefined ? {} : { index }), change: 'changed', parts: wordDiff(before, after) };
}

/**
 * The body's blocks that differ. Blocks are matched by their text in order (an inserted paragraph shifts
 * none of the others); a run of deleted blocks followed by inserted ones is read as those blocks edited,
 * one for one, and what is left over as wholly inserted or deleted.
 */
function bodyDiff(before: readonly string[], after: readonly string[]): BlockDiff[] {
  const blocks: BlockDiff[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  const changes = diffArrays([...before], [...after]);
  for (let i = 0; i < changes.length; i += 1) {
    const change = changes[i];
    if (!change) break;
    if (!change.added && !change.removed) {
      oldIndex += change.count;
      newIndex += change.count;
      continue;
    }
    const next = changes[i + 1];
    const removed = change.removed ? change.value : [];
    const added = change.added ? change.value : change.removed && next?.added ? next.value : [];
    if (change.removed && next?.added) i += 1;
    const paired = Math.min(removed.length, added.length);
    removed.slice(0, paired).forEach((text, k) => blocks.push(changedBlock('body', text, added[k] ?? '', newIndex + k + 1)));
    removed.slice(paired).forEach((text, k) => blocks.push({ field: 'body', index: oldIndex + paired + k + 1, change: 'removed', parts: [{ text, change: 'removed' }] }));
    added.slice(paired).forEach((text, k) => blocks.push({ field: 'body', index: newIndex + paired + k + 1, change: 'added', parts: [{ text, change: 'added' }] }));
    oldIndex += removed.length;
    newIndex += added.length;
  }
  return blocks;
}

/** Every block that differs from `before` to `after`; none when the texts are the same. */
export function contentDiff(before: ReleaseContent, after: ReleaseContent): BlockDiff[] {
  const fields = DIFF_FIELDS.flatMap((field) => {
    const [a, b] = [fieldText(before, field), fieldText(after, field)];
    if (a === b) return [];
    if (!a) return [{ field, change: 'added' as const, parts: [{ text: b, change: 'added' as const }] }];
    if (!b) return [{ field, change: 'removed' as const, parts: [{ text: a, change: 'removed' as const }] }];
    return [changedBlock(field, a, b)];
  });
  return [...fields, ...bodyDiff(before.body.map(blockText), after.body.map(blockText))];
}
