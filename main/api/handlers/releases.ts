import { inEnglish, UserError, type ErrorDetail } from '../../core/errors';
import { isBundleFileName, MAX_IMPORT_BYTES, parseBundle, parseCommunique, type ImportedFigure, type ParsedCommunique, type PresskitBundle } from '../../core/import';
import { checkPictures, recordMedia, stagePictures, storedBody, type CheckedPictures, type StagedPicture } from '../import-figures';
import { mergeBundle, saveWithStagedImages, stageBundleImages } from '../merge-bundle';
import { matchesQuery, searchableText } from '../../core/search';
import type { Release, StoreData } from '../../core/schema';
import type { ReleaseChanges } from '../contract';
import { addParsedRelease, assertFreeReference, findById, findRelease, newRelease, nextRef, type Clock, type MergeCount } from '../records';
import type { ImageStaging } from '../../store';
import type { ApiContext, Handlers } from './context';

const MAX_REVISIONS = 50;

function worded(detail: ErrorDetail) {
  return { message: inEnglish(detail.code, detail.params), ...detail };
}

function kitUsing(data: StoreData, releaseId: string) {
  return data.kits.find((kit) => kit.items.some((item) => item.type === 'release' && item.releaseId === releaseId));
}

function applyChanges(data: StoreData, release: Release, changes: ReleaseChanges, clock: Clock): void {
  if (changes.ref !== undefined) assertFreeReference(data, changes.ref, release.id);
  const unknown = changes.contactIds?.find((id) => !data.contacts.some((c) => c.id === id));
  if (unknown) throw new UserError('release.contactGone', undefined, 'conflict');
  const stamp = clock.now().toISOString();
  if (changes.status !== undefined && changes.status !== release.status) {
    release.revisions = [...release.revisions, { at: stamp, note: `Status: ${changes.status}` }].slice(-MAX_REVISIONS);
  }
  Object.assign(release, changes, { updatedAt: stamp });
}

export function releaseHandlers({ store, clock }: ApiContext): Handlers<'releases'> {
  return {
    'releases.list': async ({ query, status, language, year, event }) => {
      const data = await store.read();
      return data.releases
        .filter(
          (r) =>
            (status === undefined || r.status === status) &&
            (language === undefined || r.language === language) &&
            (year === undefined || r.date.startsWith(`${year}-`)) &&
            (event === undefined || r.event === event) &&
            (!query || matchesQuery(searchableText(r), query)),
        )
        .sort((a, b) => b.date.localeCompare(a.date) || a.ref.localeCompare(b.ref))
        .map(({ id, ref, language, date, title, status, event, tags, translationGroup, updatedAt }) => ({ id, ref, language, date, title, status, event, tags, translationGroup, updatedAt }));
    },

    'releases.get': async ({ ref }) => findRelease(await store.read(), ref),

    'releases.import': async ({ files, ref, language }) => {
      if (ref && files.length > 1) throw new UserError('import.oneFileRef', undefined, 'usage');
      // Parse every file and check every picture before touching the store: an import that fails changes nothing.
      const communiques: Array<{ parsed: ParsedCommunique; checked: CheckedPictures }> = [];
      const bundles: PresskitBundle[] = [];
      for (const file of files) {
        if (isBundleFileName(file.name)) {
          if (ref) throw new UserError('import.bundleRef', { file: file.name }, 'usage');
          bundles.push(parseBundle(file.bytes, { purpose: 'import', name: file.name }));
          continue;
        }
        if (file.bytes.byteLength > MAX_IMPORT_BYTES) throw new UserError('import.tooLarge', { file: file.name });
        const parsed = await parseCommunique(file, language ? { language } : {});
        const neighbours = new Map((file.images ?? []).map((image) => [image.path, image.bytes]));
        communiques.push({ parsed, checked: checkPictures(file.name, parsed, neighbours) });
      }
      const count: MergeCount = { added: 0, merged: 0 };
      let staged: Array<Map<ImportedFigure, StagedPicture>> = [];
      const stage = async (staging: ImageStaging) => {
        await stageBundleImages(staging, bundles);
        staged = await Promise.all(communiques.map(({ checked }) => stagePictures(staging, checked.pictures)));
      };
      const refs = await saveWithStagedImages(store, stage, (data) => [
        ...bundles.flatMap((bundle) => mergeBundle(data, bundle, clock, count)),
        ...communiques.map(({ parsed }, index) => {
          const pictures = staged[index] ?? new Map();
          const release = addParsedRelease(data, { ...parsed, body: storedBody(parsed.body, pictures) }, { ref, language }, clock, count);
          recordMedia(data, pictures, release.language, clock);
          return release.ref;
        }),
      ]);
      const warnings = communiques.flatMap(({ checked }) => checked.warnings.map(worded));
      return { refs, contactsAdded: count.added, contactsMerged: count.merged, ...(warnings.length > 0 ? { warnings } : {}) };
    },

    'releases.create': async ({ language }) =>
      store.update((data) => {
        const date = clock.now().toISOString().slice(0, 10);
        const release = newRelease(clock, 'Created', { ref: nextRef(data, date), language: language ?? 'fr', date });
        data.releases.push(release);
        return release;
      }),

    'releases.update': async ({ id, changes }) =>
      store.update((data) => {
        const release = findById(data.releases, id, 'release');
        applyChanges(data, release, changes, clock);
        return release;
      }),

    'releases.duplicate': async ({ id, language }) =>
      store.update((data) => {
        const source = findById(data.releases, id, 'release');
        const stamp = clock.now().toISOString();
        const translation = language !== undefined && language !== source.language;
        if (translation) source.translationGroup ??= source.id;
        const copy: Release = {
          ...structuredClone(source),
          id: clock.newId(),
          ref: nextRef(data, source.date),
          language: language ?? source.language,
          status: 'draft',
          translationGroup: translation ? source.translationGroup : null,
          createdAt: stamp,
          updatedAt: stamp,
          revisions: [{ at: stamp, note: translation ? `Translation of ${source.ref}` : `Copy of ${source.ref}` }],
        };
        data.releases.push(copy);
        return copy;
      }),

    'releases.delete': async ({ ref }) =>
      store.update((data) => {
        const release = findRelease(data, ref);
        const kit = kitUsing(data, release.id);
        if (kit) throw new UserError('release.inKit', { ref: release.ref, kit: kit.name }, 'conflict');
        data.releases = data.releases.filter((r) => r.id !== release.id);
        return release;
      }),

    'releases.restore': async ({ release }) =>
      store.update((data) => {
        assertFreeReference(data, release.ref);
        if (data.releases.some((r) => r.id === release.id)) throw new UserError('release.refTaken', { ref: release.ref }, 'conflict');
        data.releases.push(release);
        return { ref: release.ref };
      }),

    'releases.setStatus': async ({ ref, status }) =>
      store.update((data) => {
        const release = findRelease(data, ref);
        applyChanges(data, release, { status }, clock);
        return release;
      }),
  };
}
