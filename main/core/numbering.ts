/**
 * When a release is numbered: a new one has a provisional reference (see reference.ts) until it is first
 * saved with a title, or until it is approved if the brand says so; then it and its versions in the other
 * languages, which share its reference, take the next official number together. Pure.
 */
import { isProvisional, nextProvisional, nextReference, versionsOf } from './reference';
import type { Release, StoreData } from './schema';

type Archive = Pick<StoreData, 'brand' | 'releases'>;

/** The next official reference in the year of `date`, from the brand's pattern. */
export function nextOfficial(data: Archive, date: string): string {
  return nextReference(data.brand.referencePattern, Number(date.slice(0, 4)), data.releases.map((r) => r.ref));
}

/** The reference a new release starts with: provisional, unless it has a title and the brand numbers on the title. */
export function newReference(data: Archive, date: string, title: string): string {
  if (title.trim() !== '' && data.brand.numbering === 'onTitle') return nextOfficial(data, date);
  return nextProvisional(Number(date.slice(0, 4)), data.releases.map((r) => r.ref));
}

/** Whether a release just saved (`saved`) or being approved (`approved`) takes its official number now. */
export function numbersNow(data: Archive, release: Release, moment: 'saved' | 'approved'): boolean {
  if (!isProvisional(release.ref)) return false;
  return moment === 'approved' || (data.brand.numbering === 'onTitle' && release.title.trim() !== '');
}

/**
 * Gives the provisional `release` the official reference `ref` (by default the next one), with every
 * version filed under its provisional reference: translations share their source's number.
 */
export function takeNumber(data: Archive, release: Release, ref: string = nextOfficial(data, release.date)): string {
  for (const version of versionsOf(data.releases, release.ref)) version.ref = ref;
  return ref;
}

/** A release in which nothing was written: no title, subtitle, lead or body text. */
export function isUntouched(release: Release): boolean {
  const words = [release.title, release.subtitle, release.lead].some((text) => text.trim() !== '');
  return !words && release.body.length === 0;
}

/**
 * Whether leaving `release` should discard it: a new release still provisional, untouched, with no other
 * version and in no kit, would stay in the archive as an "Untitled" leftover.
 */
export function isDiscardable(data: Pick<StoreData, 'releases' | 'kits'>, release: Release): boolean {
  if (!isProvisional(release.ref) || !isUntouched(release)) return false;
  if (versionsOf(data.releases, release.ref).length > 1) return false;
  return !data.kits.some((kit) => kit.items.some((item) => item.type === 'release' && item.releaseId === release.id));
}
