import { captionsText, photoFileName, refFileName, releasePhotos, slug, type PackEntry } from '../../core/pack/pack-files';
import { mailDocument, releaseNotice } from '../../core/pack/mail';
import { mailText } from '../../core/pack/mail-text';
import { mailHtml } from '../../core/pack/mail-html';
import type { Language } from '../../core/language';
import type { Contact, Release, StoreData } from '../../core/schema';
import type { RenderHooks } from '../../pdf';
import { findById, findRelease } from '../records';
import { zipPack } from '../pack-zip';
import type { ApiContext, Handlers } from './context';
import { contactsById, kitDocument, releaseDocument, vCards } from './render';

const encoder = new TextEncoder();

/** The hooks of document `index` of `count`: its progress as a share of the whole pack, the same cancellation. */
function share(hooks: RenderHooks, index: number, count: number): RenderHooks {
  const { onProgress, signal } = hooks;
  return {
    ...(signal ? { signal } : {}),
    ...(onProgress ? { onProgress: (progress) => onProgress({ phase: progress.phase, done: index * 1000 + Math.round((1000 * progress.done) / Math.max(1, progress.total)), total: count * 1000 }) } : {}),
  };
}

/** A release's text and HTML, and its photos under the pack's names. */
async function releaseFiles({ store }: ApiContext, data: StoreData, release: Release): Promise<{ entries: PackEntry[]; photos: PackEntry[]; captions: { file: string; caption: string; credit: string }[] }> {
  const photos = releasePhotos(release, data.media);
  const photoFiles = new Map(photos.map((photo, index) => [photo.image, photoFileName(release.ref, index, photo)]));
  const mail = mailDocument({ release, contacts: contactsById(data, release.contactIds), brand: data.brand, photoFiles });
  const photoEntries: PackEntry[] = [];
  for (const photo of photos) photoEntries.push({ name: `photos/${photoFiles.get(photo.image) as string}`, bytes: await store.readImage(photo.image) });
  return {
    entries: [
      { name: `${refFileName(release.ref)}.txt`, bytes: encoder.encode(mailText(mail)) },
      { name: `${refFileName(release.ref)}.html`, bytes: encoder.encode(mailHtml(mail)) },
    ],
    photos: photoEntries,
    captions: photos.map((photo) => ({ file: photoFiles.get(photo.image) as string, caption: photo.caption, credit: photo.credit })),
  };
}

/** The photos, their captions and the contacts (vCard 3.0, what most phones read, in the pack's language). */
async function closing({ store }: ApiContext, data: StoreData, photos: PackEntry[], captions: { file: string; caption: string; credit: string }[], contacts: Contact[], language: Language): Promise<PackEntry[]> {
  return [
    ...photos,
    ...(photos.length ? [{ name: 'photos/captions.txt', bytes: encoder.encode(captionsText(captions)) }] : []),
    ...(contacts.length ? [{ name: 'contacts.vcf', bytes: encoder.encode(await vCards(store, data, contacts, { version: 3, language })) }] : []),
  ];
}

export function packHandlers(context: ApiContext): Handlers<'pack'> {
  const { store, render, jobs } = context;
  return {
    'pack.release': ({ ref, language, jobId }) =>
      jobs.run(jobId, async (hooks) => {
        const data = await store.read();
        const release = findRelease(data, ref, language);
        const pdf = await render({ kind: 'release', document: await releaseDocument(store, data, release), options: { paper: 'a4', bleedMm: 0, cropMarks: false } }, hooks);
        const files = await releaseFiles(context, data, release);
        const entries = [{ name: `${refFileName(release.ref)}.pdf`, bytes: pdf.bytes }, ...files.entries, ...(await closing(context, data, files.photos, files.captions, contactsById(data, release.contactIds), release.language))];
        const bytes = await zipPack(entries, { day: release.date, comment: `${releaseNotice(release)}\n${release.ref} · ${release.title}` });
        return { bytes, name: `${refFileName(release.ref)}.zip`, files: entries.map((entry) => entry.name) };
      }),

    'pack.kit': ({ id, jobId }) =>
      jobs.run(jobId, async (hooks) => {
        const data = await store.read();
        const kit = findById(data.kits, id, 'kit');
        const document = await kitDocument(store, data, kit);
        const releases = document.releases.map((item) => item.release);
        const count = releases.length + 1;
        const kitPdf = await render({ kind: 'kit', document, options: kit.output }, share(hooks, 0, count));
        const entries: PackEntry[] = [{ name: `${slug(kit.name) || 'kit'}.pdf`, bytes: kitPdf.bytes }];
        const photos: PackEntry[] = [];
        const captions: { file: string; caption: string; credit: string }[] = [];
        for (const [index, item] of document.releases.entries()) {
          const pdf = await render({ kind: 'release', document: item, options: { paper: kit.output.paper, bleedMm: 0, cropMarks: false } }, share(hooks, index + 1, count));
          const files = await releaseFiles(context, data, item.release);
          entries.push({ name: `${refFileName(item.release.ref)}.pdf`, bytes: pdf.bytes }, ...files.entries);
          photos.push(...files.photos);
          captions.push(...files.captions);
        }
        const contactIds = [...new Set([...kit.contactIds, ...releases.flatMap((release) => release.contactIds)])];
        entries.push(...(await closing(context, data, photos, captions, contactsById(data, contactIds), kit.language)));
        const embargoed = releases.filter((release) => release.embargo).map((release) => `${release.ref}: ${releaseNotice(release)}`);
        const day = kit.event.startDate ?? releases[0]?.date ?? kit.createdAt.slice(0, 10);
        const bytes = await zipPack(entries, { day, comment: [kit.name, ...embargoed].join('\n') });
        return { bytes, name: `${slug(kit.name) || 'kit'}.zip`, files: entries.map((entry) => entry.name) };
      }),
  };
}
