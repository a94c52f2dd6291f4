import { longDate } from '../../main/core/dates';
import { ReleaseStatus } from '../../main/core/schema';
import type { Language } from '../../main/core/language';

export const RELEASE_STATUSES = ReleaseStatus.options;

/** The release date as its own language prints it ("27 août 2019"); the raw value if it is not a valid date. */
export function releaseDate(release: { date: string; language: Language }): string {
  try {
    return longDate(release.date, release.language);
  } catch {
    return release.date;
  }
}
