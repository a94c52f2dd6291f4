/** Turning parsed communiqués into archive records: references, contacts merged by e-mail. Pure. */
import type { ParsedCommunique, ParsedContact } from '../core/import';
import type { Language } from '../core/language';
import { nextReference } from '../core/reference';
import { Release, type Contact, type StoreData } from '../core/schema';
import { UserError } from '../core/errors';

export interface Clock {
  now(): Date;
  newId(): string;
}

export const systemClock: Clock = { now: () => new Date(), newId: () => crypto.randomUUID() };

export function findRelease(data: StoreData, ref: string): Release {
  const wanted = ref.trim().toLowerCase();
  const release = data.releases.find((r) => r.ref.toLowerCase() === wanted);
  if (!release) throw new UserError(`There is no release with reference ${ref} in the archive.`, 'not-found');
  return release;
}

export function findById<T extends { id: string }>(items: T[], id: string, what: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new UserError(`This ${what} is no longer in the archive; it may have been deleted in another window.`, 'not-found');
  return item;
}

export function assertFreeReference(data: StoreData, ref: string): void {
  const wanted = ref.toLowerCase();
  if (data.releases.some((r) => r.ref.toLowerCase() === wanted)) {
    throw new UserError(`A release with reference ${ref} is already in the archive: choose another reference.`, 'conflict');
  }
}

export interface MergeCount {
  added: number;
  merged: number;
}

/**
 * Adds a parsed contact to the directory, or completes the existing one with the same e-mail
 * (never overwriting what the press office already typed). Returns the contact's id.
 */
export function mergeContact(data: StoreData, parsed: ParsedContact, clock: Clock, count: MergeCount): string {
  const email = parsed.email.trim().toLowerCase();
  const name = parsed.name.trim().toLowerCase();
  const existing = data.contacts.find((c) => (email ? c.email.toLowerCase() === email : !c.email && c.name.toLowerCase() === name));
  if (!existing) {
    const contact: Contact = {
      id: clock.newId(),
      name: parsed.name,
      role: parsed.role,
      organisation: '',
      phones: parsed.phones,
      email: parsed.email.trim(),
      photo: null,
      languages: [],
      notes: '',
    };
    data.contacts.push(contact);
    count.added += 1;
    return contact.id;
  }
  if (!existing.role) existing.role = parsed.role;
  for (const phone of parsed.phones) {
    if (!existing.phones.some((p) => p.number.replace(/\s/g, '') === phone.number.replace(/\s/g, ''))) existing.phones.push(phone);
  }
  count.merged += 1;
  return existing.id;
}

/** The next free reference in the year of `date`, from the brand's pattern. */
export function nextRef(data: StoreData, date: string): string {
  return nextReference(data.brand.referencePattern, Number(date.slice(0, 4)), data.releases.map((r) => r.ref));
}

/** A new draft release: what the caller gives, defaults for the rest, and its first revision note. */
export function newRelease(clock: Clock, note: string, fields: Pick<Release, 'ref' | 'language' | 'date'> & Partial<Release>): Release {
  const stamp = clock.now().toISOString();
  return Release.parse({
    id: clock.newId(),
    title: '',
    body: [],
    ...fields,
    createdAt: stamp,
    updatedAt: stamp,
    revisions: [{ at: stamp, note }],
  });
}

export interface NewReleaseOptions {
  ref?: string;
  language?: Language;
}

/** Files one parsed communiqué into the archive; throws (and the caller's transaction writes nothing) on a taken reference. */
export function addParsedRelease(
  data: StoreData,
  parsed: ParsedCommunique,
  options: NewReleaseOptions,
  clock: Clock,
  count: MergeCount,
): Release {
  const date = parsed.date ?? clock.now().toISOString().slice(0, 10);
  const ref = options.ref ?? parsed.ref ?? nextRef(data, date);
  assertFreeReference(data, ref);
  const contactIds = parsed.contacts.map((c) => mergeContact(data, c, clock, count));
  const { place, kind, title, subtitle, lead, body } = parsed;
  const release = newRelease(clock, 'Imported', {
    ref,
    language: options.language ?? parsed.language,
    date,
    place,
    kind,
    title,
    subtitle,
    lead,
    body,
    contactIds: [...new Set(contactIds)],
  });
  data.releases.push(release);
  return release;
}
