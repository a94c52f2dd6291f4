/**
 * The archive's list as `releases.list` gives it: a summary of each release, newest first. The store hands
 * out the same frozen release objects, and the same frozen list, until something changes: each release is
 * summarised and folded for search once, and the list sorted once per state (and from the last one after a
 * save), not on every keystroke of a search through 20,000.
 */
import { replacedBetween } from '../core/replaced';
import { searchFor, searchable, type Searchable } from '../core/search';
import type { Release } from '../core/schema';
import type { ReleaseQuery, ReleaseSummary } from './contract';

/** A release of the sorted list, with what the list derives from it once asked for. */
interface Entry {
  readonly release: Release;
  summary?: ReleaseSummary;
  search?: Searchable;
}

const sortedLists = new WeakMap<readonly Release[], readonly Entry[]>();
/** The last list sorted, to sort the next one from: a save changes one release of 20,000, not their order. */
let last: { releases: readonly Release[]; entries: readonly Entry[] } | undefined;
const MAX_RESORTED = 64;

/** Frozen, as the release it is made of: the boundary checks it once (see checked-output.ts). */
function summaryOf({ id, ref, language, date, title, status, event, tags, embargo, translationGroup, untranslated, updatedAt }: Release): ReleaseSummary {
  return Object.freeze({ id, ref, language, date, title, status, event, tags, embargo, translationGroup, untranslated, updatedAt });
}

const byReference = new Intl.Collator().compare;

function ascending(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * Newest first; on one day, by reference as the user reads it, then a reference's versions in the order
 * they were made (the original before its translations): an order with no ties, so a list sorted again
 * from the last one is the list sorted whole.
 */
function newestFirst(a: Release, b: Release): number {
  return ascending(b.date, a.date) || byReference(a.ref, b.ref) || ascending(a.createdAt, b.createdAt) || ascending(a.id, b.id);
}

/** Where `release` goes in a sorted list (after its equals). */
function placeOf(entries: readonly Entry[], release: Release): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (newestFirst((entries[middle] as Entry).release, release) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * `releases` sorted from the list sorted last, when they differ by a few documents at their places in the
 * store's order (a save, an import, a deletion at the end); undefined when a full sort is as quick.
 */
function resorted(releases: readonly Release[]): Entry[] | undefined {
  const changed = last && replacedBetween(last.releases, releases, MAX_RESORTED);
  if (!last || !changed) return undefined;
  const { gone, added } = changed;
  const entries = gone.size === 0 ? [...last.entries] : last.entries.filter((entry) => !gone.has(entry.release));
  for (const release of added) entries.splice(placeOf(entries, release), 0, { release });
  return entries;
}

/** Sorted by day (strings compare quickly), then each day's few by `newestFirst`: a third of the comparisons through the collator. */
function sortedWhole(releases: readonly Release[]): Release[] {
  const days = new Map<string, Release[]>();
  for (const release of releases) {
    const day = days.get(release.date);
    if (day) day.push(release);
    else days.set(release.date, [release]);
  }
  return [...days.keys()].sort((a, b) => ascending(b, a)).flatMap((date) => (days.get(date) as Release[]).sort(newestFirst));
}

function sorted(releases: readonly Release[]): readonly Entry[] {
  let entries = sortedLists.get(releases);
  if (!entries) {
    entries = resorted(releases) ?? sortedWhole(releases).map((release) => ({ release }));
    if (Object.isFrozen(releases)) {
      sortedLists.set(releases, entries);
      last = { releases, entries };
    }
  }
  return entries;
}

/**
 * What `listReleases` derives from `releases`, derived ahead a few releases a step: the order first, then
 * each release's summary and folded text. Each step yields how many releases are done.
 */
export function* listPreparation(releases: readonly Release[]): Generator<number, void> {
  const entries = sorted(releases);
  for (let at = 0; at < entries.length; at += 1) {
    const entry = entries[at] as Entry;
    entry.search ??= searchable(entry.release);
    entry.summary ??= summaryOf(entry.release);
    if (at % 64 === 63) yield at + 1;
  }
}

export function listReleases(releases: readonly Release[], { query, status, language, year, event, embargoed }: ReleaseQuery): ReleaseSummary[] {
  const prefix = year === undefined ? undefined : `${year}-`;
  const matches = query ? searchFor(query) : undefined;
  const found: ReleaseSummary[] = [];
  for (const entry of sorted(releases)) {
    const r = entry.release;
    if (status !== undefined && r.status !== status) continue;
    if (language !== undefined && r.language !== language) continue;
    if (prefix !== undefined && !r.date.startsWith(prefix)) continue;
    if (event !== undefined && r.event !== event) continue;
    if (embargoed !== undefined && (r.embargo !== null) !== embargoed) continue;
    if (matches && !matches((entry.search ??= searchable(r)))) continue;
    found.push((entry.summary ??= summaryOf(r)));
  }
  return found;
}
