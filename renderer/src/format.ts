import { longDate } from '../../main/core/dates';
import type { ReleaseSummary } from '../../main/api/contract';

const STATUS_LABELS: Record<ReleaseSummary['status'], string> = {
  draft: 'Draft',
  review: 'In review',
  approved: 'Approved',
  published: 'Published',
};

export function statusLabel(status: ReleaseSummary['status']): string {
  return STATUS_LABELS[status];
}

/** The release date as its own language prints it ("27 août 2019"); the raw value if it is not a valid date. */
export function releaseDate(release: Pick<ReleaseSummary, 'date' | 'language'>): string {
  try {
    return longDate(release.date, release.language);
  } catch {
    return release.date;
  }
}
