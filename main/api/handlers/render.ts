import { isUserError, UserError, type ErrorDetail } from '../../core/errors';
import { OutputOptions, type Contact, type Kit, type Release, type StoreData } from '../../core/schema';
import { assertTranslated } from '../../core/translation';
import { vCardFile } from '../../core/vcard';
import type { KitDocument, ReleaseDocument } from '../../pdf';
import type { Store } from '../../store';
import { findById, findRelease } from '../records';
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

function contactsById(data: StoreData, ids: readonly string[]): Contact[] {
  return ids.flatMap((id) => data.contacts.filter((c) => c.id === id));
}

/** What the typesetter needs for one release: its contacts in order and the brand's images. */
async function releaseDocument(store: Store, data: StoreData, release: Release): Promise<ReleaseDocument> {
  const images = await readImages(store, [[data.brand.logo, LOGO]]);
  return { release, contacts: contactsById(data, release.contactIds), brand: data.brand, images, timeZone: data.settings.timeZone };
}

async function kitDocument(store: Store, data: StoreData, kit: Kit): Promise<KitDocument> {
  if (kit.items.length === 0) throw new UserError('kit.empty', { kit: kit.name });
  const images = await readImages(store, [[data.brand.logo, LOGO], [kit.cover.image, { code: 'export.coverMissing', params: { kit: kit.name } }]]);
  const releases = kit.items.flatMap((item) => (item.type === 'release' ? [findById(data.releases, item.releaseId, 'release')] : []));
  return {
    kit,
    releases: releases.map((release) => ({ release, contacts: contactsById(data, release.contactIds), brand: data.brand, images, timeZone: data.settings.timeZone })),
    contacts: contactsById(data, kit.contactIds),
    brand: data.brand,
    images,
    timeZone: data.settings.timeZone,
  };
}

function chosenContacts(contacts: Contact[], emails: string[] | undefined): Contact[] {
  const wanted = emails?.map((email) => email.toLowerCase());
  const missing = wanted?.find((email) => !contacts.some((c) => c.email.toLowerCase() === email));
  if (missing) throw new UserError('contact.noEmail', { email: missing }, 'not-found');
  const chosen = wanted ? contacts.filter((c) => wanted.includes(c.email.toLowerCase())) : contacts;
  if (chosen.length === 0) throw new UserError('contacts.none');
  return chosen;
}

export function renderHandlers({ store, render, jobs }: ApiContext): Handlers<'preview' | 'export'> {
  return {
    'preview.render': async ({ release, options }) => {
      const data = await store.read();
      const { report, bytes } = await render({ kind: 'release', document: await releaseDocument(store, data, release), options: OutputOptions.parse(options ?? {}) });
      return { bytes, pages: report.pages };
    },

    'preview.kit': async ({ kit }) => {
      const data = await store.read();
      const { report, bytes } = await render({ kind: 'kit', document: await kitDocument(store, data, kit), options: kit.output });
      return { bytes, pages: report.pages };
    },

    // Each export is a job from its first instant, reading included, so a Cancel pressed at once is never lost.
    'export.release': ({ ref, language, options, jobId, allowUntranslated }) =>
      jobs.run(jobId, async (hooks) => {
        const data = await store.read();
        const release = findRelease(data, ref, language);
        assertTranslated(release, allowUntranslated);
        const document = await releaseDocument(store, data, release);
        return render({ kind: 'release', document, options: OutputOptions.parse(options ?? {}) }, hooks);
      }),

    'export.kit': ({ id, options, jobId, allowUntranslated }) =>
      jobs.run(jobId, async (hooks) => {
        const data = await store.read();
        const kit = findById(data.kits, id, 'kit');
        const document = await kitDocument(store, data, kit);
        for (const { release } of document.releases) assertTranslated(release, allowUntranslated, kit.name);
        return render({ kind: 'kit', document, options: { ...kit.output, ...options } }, hooks);
      }),

    'export.cards': ({ emails, language, options, jobId }) =>
      jobs.run(jobId, async (hooks) => {
        const data = await store.read();
        const contacts = chosenContacts(data.contacts, emails);
        const images = await readImages(store, [[data.brand.logo, LOGO]]);
        const document = { contacts, brand: data.brand, images, language: language ?? data.settings.uiLanguage };
        return render({ kind: 'cards', document, options: OutputOptions.parse(options ?? {}) }, hooks);
      }),

    'export.vcard': async ({ emails }) => {
      const contacts = chosenContacts((await store.read()).contacts, emails);
      return { text: vCardFile(contacts), count: contacts.length };
    },

    'export.progress': async ({ jobId }) => jobs.progress(jobId),

    'export.cancel': async ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
  };
}
