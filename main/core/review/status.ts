/** The review workflow: draft → review → approved → published, and what an edit does to an approval. Pure. */
import { UserError } from '../errors';
import type { ReleaseStatus } from '../schema';

/** Approved and published texts are the ones cleared for release: they print without the draft watermark. */
export function isApproved(status: ReleaseStatus): boolean {
  return status === 'approved' || status === 'published';
}

/** An edit to an approved text makes it a text no one approved: back to review. */
export function statusAfterEdit(status: ReleaseStatus): ReleaseStatus {
  return isApproved(status) ? 'review' : status;
}

/**
 * Refuses a change of status the workflow does not allow. A release becomes approved only through an
 * approval (which records what was approved, by whom), and is published only once approved.
 */
export function assertStatusChange(from: ReleaseStatus, to: ReleaseStatus): void {
  if (from === to) return;
  if (to === 'approved') throw new UserError('review.approveFirst', undefined, 'usage');
  if (to === 'published' && from !== 'approved') throw new UserError('review.publishUnapproved', undefined, 'conflict');
}

/** An approval is of a text not yet approved. */
export function assertApprovable(status: ReleaseStatus, ref: string): void {
  if (isApproved(status)) throw new UserError('review.alreadyApproved', { ref }, 'conflict');
}
