/** Turning parsed communiqués into archive records: references, contacts merged by e-mail. Pure. */
import type { ParsedCommunique, ParsedContact } from '../core/import';
import { LANGUAGES, type Language } from '../core/language';
import { newReference, nextOfficial } from '../core/numbering';
import { pickVersion, referenceProblem, versionsOf } from '../core/reference';
import { Contact, Release, type Kit, type RichText, type StoreData } from '../core/schema';
import { UserError } from '../core/errors';
import type { ClashChoice } from './contract';
import { foldKey } from '../core/fold-key';
import { pickFrom } from '../store/draft';

export interface Clock {
  now(): Date;
  newId(): string;
}

export const systemClock: Clock = { now: () => new Date(), newId: () => crypto.randomUUID() };

/** The release `ref` names in `language`; without one, the reference's only version (see pickVersion). */
export function findRelease(data: StoreData, ref: string, language?: Language): Release {
  return pickFrom(data.releases, (plain) => placeOf(plain, pickVersion(plain, ref, language).id)) as Release;
}

/**
 * Where each document was last found in its list: a save keeps the others at their places, so looking the
 * same one up again (every autosave of the release being edited) is a comparison, not a scan of 20,000.
 */
const lastPlaces = new Map<string, number>();

function placeOf(plain: ReadonlyArray<{ id: string }>, id: string): number {
  const hint = lastPlaces.get(id);
  if (hint !== undefined && plain[hint]?.id === id) return hint;
  const at = plain.findIndex((candidate) => candidate.id === id);
  if (at >= 0) lastPlaces.set(id, at);
  return at;
}

/** Kit names are unique as the user reads them: see foldKey. `except` is the kit being renamed. */
export function assertFreeKitName(data: StoreData, name: string, except?: string): void {
  const wanted = foldKey(name);
  if (data.kits.some((k) => k.id !== except && foldKey(k.name) === wanted)) {
    throw new UserError('kit.nameTaken', { kit: name }, 'conflict');
  }
}

/** The releases a kit prints, in its order. */
export function kitReleases(data: StoreData, kit: Kit): Release[] {
  return kit.items.flatMap((item) => (item.type === 'release' ? [findById(data.releases, item.releaseId, 'release')] : []));
}

export function findById<T extends { id: string }>(items: T[], id: string, what: 'release' | 'contact' | 'kit' | 'media'): T {
  const item = pickFrom(items, (plain) => placeOf(plain, id));
  if (!item) throw new UserError(`${what}.gone`, undefined, 'not-found');
  return item;
}

/** A reference is unique per language, as the user reads it (see foldKey). `except` is the release being renamed. */
export function assertFreeReference(data: StoreData, ref: string, language: Language, except?: string): void {
  if (versionsOf(data.releases, ref).some((r) => r.id !== except && r.language === language)) {
    throw new UserError('release.refTaken', { ref }, 'conflict');
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
export function mergeContact(data: StoreData, incoming: ParsedContact & Partial<Contact>, clock: Clock, count: MergeCount): string {
  const email = incoming.email.trim().toLowerCase();
  const name = incoming.name.trim().toLowerCase();
  const existing = data.contacts.find((c) => (email ? c.email.toLowerCase() === email : !c.email && c.name.toLowerCase() === name));
  if (!existing) {
    const taken = incoming.id !== undefined && data.contacts.some((c) => c.id === incoming.id);
    const contact = Contact.parse({ ...incoming, email: incoming.email.trim(), id: incoming.id && !taken ? incoming.id : clock.newId() });
    data.contacts.push(contact);
    count.added += 1;
    return contact.id;
  }
  for (const language of LANGUAGES) if (incoming.roles[language]) existing.roles[language] ||= incoming.roles[language];
  existing.organisation ||= incoming.organisation ?? '';
  existing.photo ??= incoming.photo ?? null;
  for (const phone of incoming.phones) {
    if (!existing.phones.some((p) => p.number === phone.number)) existing.phones.push(phone);
  }
  count.merged += 1;
  return existing.id;
}

/** The next free reference in the year of `date`, from the brand's pattern. */
export function nextRef(data: StoreData, date: string): string {
  return nextOfficial(data, date);
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
  /** Without one, a clash refuses the import, naming the file (`file`, `index`) for the caller to ask. */
  onClash?: ClashChoice;
  file: string;
  index: number;
}

/**
 * The reference and language a communiqué is filed under: its own, unless they are taken and the user
 * chose another way (null: skip it). Without a choice, a clash is refused, naming the file.
 */
function clashFree(data: StoreData, ref: string, language: Language, date: string, options: NewReleaseOptions): { ref: string; language: Language } | null {
  const versions = versionsOf(data.releases, ref);
  if (!versions.some((r) => r.language === language)) return { ref, language };
  const choice = options.onClash;
  if (choice === undefined) {
    // What the caller needs to ask: the next free number, and the languages the reference has no version in yet.
    const free = LANGUAGES.filter((other) => !versions.some((r) => r.language === other)).join(',');
    throw new UserError('import.clash', { ref, language, file: options.file, index: options.index, next: nextRef(data, date), free }, 'conflict');
  }
  if (choice === 'skip') return null;
  if (choice === 'next') return { ref: nextRef(data, date), language };
  if ('as' in choice) {
    const problem = referenceProblem(choice.as, language, data.brand.referencePattern, data.releases);
    if (problem) throw new UserError(problem.code, problem.params, 'conflict');
    return { ref: choice.as.trim(), language };
  }
  assertFreeReference(data, ref, choice.language);
  return { ref, language: choice.language };
}

/**
 * Files one parsed communiqué into the archive, its figures' images stored already. Its own reference is
 * kept; without one it is numbered as a new release (provisional until approval if the brand says so; a
 * provisional release takes its number on approval). A reference taken in
 * its language is resolved by the user's choice (null: skipped), else refused (and the caller's
 * transaction writes nothing). A reference filed in other languages makes it their version in this one:
 * it joins their translation group, unmarked, since it is a real translation.
 */
export function addParsedRelease(
  data: StoreData,
  parsed: Omit<ParsedCommunique, 'body'> & { body: RichText },
  options: NewReleaseOptions,
  clock: Clock,
  count: MergeCount,
): Release | null {
  const date = parsed.date ?? clock.now().toISOString().slice(0, 10);
  // A communiqué without a reference of its own is numbered as a new release is: under the brand's rule.
  const filed = clashFree(data, options.ref ?? parsed.ref ?? newReference(data, date, parsed.title), options.language ?? parsed.language, date, options);
  if (!filed) return null;
  const { ref, language } = filed;
  const sibling = versionsOf(data.releases, ref)[0];
  if (sibling) sibling.translationGroup ??= sibling.id;
  const contactIds = parsed.contacts.map((c) => mergeContact(data, c, clock, count));
  const { place, kind, title, subtitle, lead, body } = parsed;
  const release = newRelease(clock, 'Imported', {
    ref: sibling?.ref ?? ref,
    language,
    translationGroup: sibling?.translationGroup ?? null,
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
