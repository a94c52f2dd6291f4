import { describe, expect, it } from 'vitest';
import { isUserError } from '../../../main/core/errors';
import { contentOf } from '../../../main/core/review/content';
import { assertApprovable, assertStatusChange, isApproved, statusAfterEdit } from '../../../main/core/review/status';
import { contentDiff, wordDiff } from '../../../main/core/review/word-diff';
import { Release, type ReleaseContent, type ReleaseStatus } from '../../../main/core/schema';

const base = contentOf(
  Release.parse({
    id: 'r1',
    ref: 'CP1-2026',
    language: 'fr',
    date: '2026-12-01',
    title: 'Le CNES et Roscosmos signent un accord',
    body: [
      { type: 'paragraph', content: [{ text: 'Premier paragraphe inchangé.' }] },
      { type: 'paragraph', content: [{ text: 'La capsule Bion-M2 partira en 2022.' }] },
      { type: 'paragraph', content: [{ text: 'Dernier paragraphe.' }] },
    ],
    createdAt: '2026-12-01T10:00:00Z',
    updatedAt: '2026-12-01T10:00:00Z',
  }),
);
const para = (text: string) => ({ type: 'paragraph' as const, content: [{ text }] });

function refusal(run: () => void): string | undefined {
  try {
    run();
  } catch (error) {
    if (isUserError(error)) return `${error.detail.code}/${error.kind}`;
    throw error;
  }
  return undefined;
}

describe('the review workflow', () => {
  it('counts approved and published as cleared for release, nothing else', () => {
    expect((['draft', 'review', 'approved', 'published'] as ReleaseStatus[]).map(isApproved)).toEqual([false, false, true, true]);
  });

  it('sends an approved or published text back to review when it is edited, and leaves the others be', () => {
    expect(statusAfterEdit('approved')).toBe('review');
    expect(statusAfterEdit('published')).toBe('review');
    expect(statusAfterEdit('draft')).toBe('draft');
    expect(statusAfterEdit('review')).toBe('review');
  });

  it('approves only through an approval, publishes only what is approved', () => {
    expect(refusal(() => assertStatusChange('review', 'approved'))).toBe('review.approveFirst/usage');
    expect(refusal(() => assertStatusChange('review', 'published'))).toBe('review.publishUnapproved/conflict');
    expect(refusal(() => assertStatusChange('approved', 'published'))).toBeUndefined();
    expect(refusal(() => assertStatusChange('draft', 'review'))).toBeUndefined();
    expect(refusal(() => assertStatusChange('published', 'draft'))).toBeUndefined();
    expect(refusal(() => assertApprovable('published', 'CP1-2026'))).toBe('review.alreadyApproved/conflict');
    expect(refusal(() => assertApprovable('review', 'CP1-2026'))).toBeUndefined();
  });
});

describe('the word diff', () => {
  it('marks the words deleted and inserted, and keeps the rest', () => {
    expect(wordDiff('partira en 2022', 'partira en 2023')).toEqual([{ text: 'partira en ' }, { text: '2022', change: 'removed' }, { text: '2023', change: 'added' }]);
  });

  it('names the blocks that differ, each with its own words marked', () => {
    const after: ReleaseContent = {
      ...base,
      title: 'Le CNES et Roscosmos signent un nouvel accord',
      body: [para('Premier paragraphe inchangé.'), para('La capsule Bion-M2 partira en 2023.'), para('Dernier paragraphe.')],
    };
    expect(contentDiff(base, after)).toEqual([
      { field: 'title', change: 'changed', parts: [{ text: 'Le CNES et Roscosmos signent un ' }, { text: 'nouvel ', change: 'added' }, { text: 'accord' }] },
      { field: 'body', index: 2, change: 'changed', parts: [{ text: 'La capsule Bion-M2 partira en ' }, { text: '2022', change: 'removed' }, { text: '2023', change: 'added' }, { text: '.' }] },
    ]);
  });

  it('reads an inserted or deleted paragraph as one block, without shifting the others', () => {
    const inserted = { ...base, body: [para('Premier paragraphe inchangé.'), para('Un paragraphe neuf.'), ...base.body.slice(1)] };
    expect(contentDiff(base, inserted)).toEqual([{ field: 'body', index: 2, change: 'added', parts: [{ text: 'Un paragraphe neuf.', change: 'added' }] }]);
    const deleted = { ...base, body: [base.body[0]!, base.body[2]!] };
    expect(contentDiff(base, deleted)).toEqual([{ field: 'body', index: 2, change: 'removed', parts: [{ text: 'La capsule Bion-M2 partira en 2022.', change: 'removed' }] }]);
  });

  it('finds nothing between equal texts', () => {
    expect(contentDiff(base, structuredClone(base))).toEqual([]);
  });
});
