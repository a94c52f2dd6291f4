import { embargoIsPast, embargoLabel } from '../../core/embargo';
import { inEnglish, isUserError, UserError, type ErrorDetail, type ErrorParams, type WordingCode } from '../../core/errors';
import { figureImages } from '../../core/figures';
import { printedReference } from '../../core/reference';
import { OutputOptions, type Contact, type Kit, type Release, type RichText, type StoreData } from '../../core/schema';
import type { Language } from '../../core/language';
import { isApproved } from '../../core/review/status';
import { assertTranslated } from '../../core/translation';
import { vCardFile } from '../../core/vcard';
import { vCardPhoto } from '../vcard-photo';
import type { KitDocument, ReleaseDocument } from '../../pdf';
import type { Store } from '../../store';
import type { ExportWarning } from '../contract';
import type { Clock } from '../records';
import { findById, findRelease, kitReleases } from '../records';
import type { ApiContext, Handlers } from './context';

/** A stored image, and the refusal that names it, with the fix, when its file is missing. */
type NamedImage = [name: string | null, missing: ErrorDetail];

/** The stored images a document names, read once each; a missing one is named for what it is, with the fix. */
async function readImages(store: Store, wanted: NamedImage[]): Promise<Map<string, Uint8Array>> {
  const images = new Map<string, Uint8Array>();
  for (const [name, missing] of wanted) {
    if (!name || images.has(name)) continue;
    const bytes = await store.readImage(name).catch((error: unknown) => {
      if (isUserError(error) && error.kind === 'not-found') {
        throw new UserError(missing.code, missing.params, 'not-found');
      }
      throw error;
    });
    images.set(name, bytes);
  }
  return images;
}

const LOGO: ErrorDetail = { code: 'export.logoMissing' };

/** The contacts' photos, each named in the refusal when its file is missing. */
function photos(contacts: readonly Contact[]): NamedImage[] {
  return contacts.map((contact) => [contact.photo, { code: 'contactPhoto.missing', params: { name: contact.name } }]);
}

/** The pictures of a text's figures; a missing one is refused naming the document it is in. */
function figures(body: RichText, document: string): NamedImage[] {
  return figureImages(body).map((image): NamedImage => [image, { code: 'figure.imageMissing', params: { document } }]);
}

export function contactsById(data: StoreData, ids: readonly string[]): Contact[] {
  return ids.flatMap((id) => data.contacts.filter((c) => c.id === id));
}

/** A release as documents print it: a provisional reference says so, never passing for an official number. */
function asPrinted(release: Release): Release {
  return { ...release, ref: printedReference(release.ref, release.language) };
}

/**
 * What the typesetter needs for one release: its contacts in order and the brand's images; marked as a
 * draft unless approved, or unless the user chose to leave the watermark off (`watermark: false`).
 */
export async function releaseDocument(store: Store, data: StoreData, release: Release, watermark?: boolean): Promise<ReleaseDocument> {
  const images = await readImages(store, [[data.brand.logo, LOGO], ...figures(release.body, release.ref)]);
  return { release: asPrinted(release), contacts: contactsById(data, release.contactIds), brand: data.brand, images, draft: watermark !== false && !isApproved(release.status) };
}

/** A kit is a draft as long as one of its releases is not approved. */
export async function kitDocument(store: Store, data: StoreData, kit: Kit, watermark?: boolean): Promise<KitDocument> {
  if (kit.items.length === 0) throw new UserError('kit.empty', { kit: kit.name });
  const releases = kitReleases(data, kit);
  const images = await readImages(store, [
    [data.brand.logo, LOGO],
    [kit.cover.image, { code: 'export.coverMissing', params: { kit: kit.name } }],
    ...releases.flatMap((release) => figures(release.body, release.ref)),
    ...kit.items.flatMap((item) => (item.type === 'about' ? figures(item.body, item.title) : [])),
  ]);
  return {
    kit,
    // Each release marked as it would be on its own: a kit's journalist pack prints them one by one too.
    releases: releases.map((release) => ({ release: asPrinted(release), contacts: contactsById(data, release.contactIds), brand: data.brand, images, draft: watermark !== false && !isApproved(release.status) })),
    contacts: contactsById(data, kit.contactIds),
    brand: data.brand,
    images,
    media: data.media,
    draft: watermark !== false && releases.some((release) => !isApproved(release.status)),
  };
}

/** The contacts as a .vcf file, each card with its photo, and the press office's address from the brand. */
export async function vCards(store: Store, data: StoreData, contacts: readonly Contact[], options: { version: 3 | 4; language: Language }): Promise<string> {
  const images = await readImages(store, photos(contacts));
  const cards = await Promise.all(
    contacts.map(async (contact) => {
      const photo = contact.photo ? images.get(contact.photo) : undefined;
      return photo ? { contact, photo: await vCardPhoto(photo) } : { contact };
    }),
  );
  return vCardFile(cards, { ...options, address: data.brand.pressOfficeAddress });
}

/** A warning for each release whose embargo has lifted by now: its PDF would still announce it. */
function pastEmbargoes(releases: readonly Release[], clock: Clock): ExportWarning[] {
  const now = clock.now();
  return releases.flatMap(({ ref, embargo }) => {
    if (!embargo || !embargoIsPast(embargo, now)) return [];
    return [warning('embargo.past', { ref, until: embargoLabel(embargo) })];
  });
}

function warning(code: WordingCode, params: ErrorParams): ExportWarning {
  return { code, params, message: inEnglish(code, params) };
}

function chosenContacts(contacts: Contact[], emails: string[] | undefined): Contact[] {
  const wanted = emails?.map((email) => email.toLowerCase());
  const missing = wanted?.find((email) => !contacts.some((c) => c.email.toLowerCase() === email));
  if (missing) throw new UserError('contact.noEmail', { email: missing }, 'not-found');
  const chosen = wanted ? contacts.filter((c) => wanted.includes(c.email.toLowerCase())) : contacts;
  if (chosen.length === 0) throw new UserError('contacts.none');
  return chosen;
}

export function renderHandlers({ store, render, jobs, clock }: ApiContext): Handlers<'preview' | 'export'> {
  return {
    'preview.render': async ({ release, options }) => {
      const data = await store.read();
      const { report, bytes, pageKeys } = await render({ kind: 'release', document: await releaseDocument(store, data, release), options: OutputOptions.parse(options ?? {}), pageKeys: true });
      return { bytes, pages: report.pages, ...(pageKeys ? { pageKeys } : {}) };
    },

    'preview.kit': async ({ kit }) => {
      const data = await store.read();
      const { report, bytes, pageKeys } = await render({ kind: 'kit', document: await kitDocument(store, data, kit), options: kit.output, pageKeys: true });
      return { bytes, pages: report.pages, ...(pageKeys ? { pageKeys } : {}) };
    },

    // Each export is a job from its first instant, reading included, so a Cancel pressed at once is never lost.
    'export.release': ({ ref, language, options, watermark, jobId, allowUntranslated }) =>
      jobs.run(jobId, async (hooks) => {
        const data = await store.read();
        const release = findRelease(data, ref, language);
        assertTranslated(release, allowUntranslated);
        const document = await releaseDocument(store, data, release, watermark);
        const rendered = await render({ kind: 'release', document, options: OutputOptions.parse(options ?? {}) }, hooks);
        return { ...rendered, warnings: pastEmbargoes([document.release], clock) };
      }),

    'export.kit': ({ id, options, watermark, jobId, allowUntranslated }) =>
      jobs.run(jobId, async (hooks) => {
        const data = await store.read();
        const kit = findById(data.kits, id, 'kit');
        const document = await kitDocument(store, data, kit, watermark);
        for (const { release } of document.releases) assertTranslated(release, allowUntranslated, kit.name);
        const rendered = await render({ kind: 'kit', document, options: { ...kit.output, ...options } }, hooks);
        return { ...rendered, warnings: pastEmbargoes(document.releases.map(({ release }) => release), clock) };
      }),

    'export.cards': ({ emails, language, options, jobId }) =>
      jobs.run(jobId, async (hooks) => {
        const data = await store.read();
        const contacts = chosenContacts(data.contacts, emails);
        const images = await readImages(store, [[data.brand.logo, LOGO], ...photos(contacts)]);
        const document = { contacts, brand: data.brand, images, language: language ?? data.settings.uiLanguage };
        return { ...(await render({ kind: 'cards', document, options: OutputOptions.parse(options ?? {}) }, hooks)), warnings: [] };
      }),

    'export.vcard': async ({ emails, version, language }) => {
      const data = await store.read();
      const contacts = chosenContacts(data.contacts, emails);
      return { text: await vCards(store, data, contacts, { version: version ?? 3, language: language ?? data.settings.uiLanguage }), count: contacts.length };
    },

    'export.progress': async ({ jobId }) => jobs.progress(jobId),

    'export.cancel': async ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
  };
}
