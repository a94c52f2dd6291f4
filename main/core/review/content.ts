/** A release's content as revisions keep it, and whether two contents are the same. Pure. */
import { copyData } from '../copy-data';
import type { Release, ReleaseContent } from '../schema';

/** The content fields of a release, in a fixed order (so that two equal contents serialise alike). */
export function contentOf(release: ReleaseContent): ReleaseContent {
  const { ref, language, date, place, kind, title, subtitle, lead, body, boilerplate, embargo, contactIds, tags, event } = release;
  return copyData({ ref, language, date, place, kind, title, subtitle, lead, body, boilerplate, embargo, contactIds, tags, event });
}

export function sameContent(a: ReleaseContent, b: ReleaseContent): boolean {
  return JSON.stringify(contentOf(a)) === JSON.stringify(contentOf(b));
}

/** Whether a change to a release touches its content (a status alone does not). */
export function changesContent(release: Release, changes: Partial<ReleaseContent>): boolean {
  return !sameContent(release, { ...release, ...changes });
}
