import type { ReleaseSummary } from '../../../main/api/contract';
import { RELEASE_STATUSES } from '../format';

export const SORTS = ['newest', 'oldest', 'reference', 'title', 'status'] as const;
export type Sort = (typeof SORTS)[number];

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const compare: Record<Sort, (a: ReleaseSummary, b: ReleaseSummary) => number> = {
  newest: (a, b) => b.date.localeCompare(a.date) || collator.compare(b.ref, a.ref),
  oldest: (a, b) => a.date.localeCompare(b.date) || collator.compare(a.ref, b.ref),
  // CP9-2019 before CP10-2019: references compare with their numbers as numbers.
  reference: (a, b) => collator.compare(a.ref, b.ref),
  title: (a, b) => collator.compare(a.title, b.title) || collator.compare(a.ref, b.ref),
  status: (a, b) => RELEASE_STATUSES.indexOf(a.status) - RELEASE_STATUSES.indexOf(b.status) || b.date.localeCompare(a.date),
};

export function sortReleases(releases: readonly ReleaseSummary[], sort: Sort): ReleaseSummary[] {
  return [...releases].sort(compare[sort]);
}
