/** A release's revisions in the store's history: numbering, lookup, and when a new one is due. Pure. */
import { UserError } from '../errors';
import type { HistoryEntry, Release, RevisionKind } from '../schema';
import { contentOf, sameContent } from './content';

/** The revisions of one release, oldest first. */
export function revisionsOf(history: readonly HistoryEntry[], releaseId: string): HistoryEntry[] {
  return history.filter((entry) => entry.releaseId === releaseId).sort((a, b) => a.n - b.n);
}

/** A new revision of `release` as it is now: the next number, its content and status. */
export function newRevision(
  history: readonly HistoryEntry[],
  release: Release,
  kind: RevisionKind,
  stamp: { id: string; at: string },
  extra: Pick<HistoryEntry, 'by' | 'from' | 'pdfSha256'> = {},
): HistoryEntry {
  const last = revisionsOf(history, release.id).at(-1);
  return { id: stamp.id, releaseId: release.id, n: (last?.n ?? 0) + 1, at: stamp.at, kind, status: release.status, ...extra, snapshot: contentOf(release) };
}

/** Whether an editing session left the release different from its latest revision (or it has none). */
export function editedSinceLastRevision(history: readonly HistoryEntry[], release: Release): boolean {
  const last = revisionsOf(history, release.id).at(-1);
  return !last || !sameContent(last.snapshot, release);
}

export function revisionNumbered(history: readonly HistoryEntry[], release: Release, n: number): HistoryEntry {
  const entry = revisionsOf(history, release.id).find((candidate) => candidate.n === n);
  if (!entry) throw new UserError('review.noRevision', { ref: release.ref, n }, 'not-found');
  return entry;
}

export function lastApproval(history: readonly HistoryEntry[], release: Release): HistoryEntry | undefined {
  return revisionsOf(history, release.id).findLast((entry) => entry.kind === 'approve');
}
