import { isDeepStrictEqual } from 'node:util';
import { embargoBeforeDate, embargoLabel } from '../../core/embargo';
import { copyData } from '../../core/copy-data';
import { inEnglish, UserError, type ErrorDetail } from '../../core/errors';
import { learnFigureWords } from '../../core/figures';
import { changesContent } from '../../core/review/content';
import { newRevision } from '../../core/review/history';
import { assertStatusChange, statusAfterEdit } from '../../core/review/status';
import { isBundleFileName, MAX_IMPORT_BYTES, parseBundle, parseCommunique, type ImportedFigure, type ParsedCommunique, type PresskitBundle } from '../../core/import';
import { checkPictures, recordMedia, stagePictures, storedBody, type CheckedPictures, type StagedPicture } from '../import-figures';
import { mergeBundle, saveWithStagedImages, stageBundleImages } from '../merge-bundle';
import { versionsOf } from '../../core/reference';
import type { Release, StoreData } from '../../core/schema';
import { markAfterEdit, newMark } from '../../core/translation';
import type { ClashChoice, ReleaseChanges } from '../contract';
import { isDiscardable, newReference, numbersNow, takeNumber } from '../../core/numbering';
import { listReleases } from '../release-list';
import { addParsedRelease, assertFreeReference, findById, findRelease, newRelease, type Clock, type MergeCount } from '../records';
import type { ImageStaging } from '../../store';
import type { ApiContext, Handlers } from './context';
import type { ReviewChannel } from './review';

const MAX_REVISIONS = 50;

function worded(detail: ErrorDetail) {
  return { message: inEnglish(detail.code, detail.params), ...detail };
}

function kitUsing(data: StoreData, releaseId: string) {
  return data.kits.find((kit) => kit.items.some((item) => item.type === 'release' && item.releaseId === releaseId));
}

/**
 * Applies the editor's (or a restored revision's) changes. The workflow's rules hold here, for every
 * caller: approval only through an approval, and an edit of an approved text sends it back to review.
 * A status change is a revision of the history (an edit is one when its session closes: see
 * `releases.closeSession`); so is a restored revision (`restored`: its number).
 */
export function applyChanges(data: StoreData, release: Release, changes: ReleaseChanges, clock: Clock, restored?: number): void {
  if (changes.ref !== undefined || changes.language !== undefined) {
    assertFreeReference(data, changes.ref ?? release.ref, changes.language ?? release.language, release.id);
  }
  const unknown = changes.contactIds?.find((id) => !data.contacts.some((c) => c.id === id));
  if (unknown) throw new UserError('release.contactGone', undefined, 'conflict');
  if (changes.status !== undefined) assertStatusChange(release.status, changes.status);
  const { status: asked, ...content } = changes;
  const status = changesContent(release, content) ? statusAfterEdit(asked ?? release.status) : (asked ?? release.status);
  const embargo = changes.embargo === undefined ? release.embargo : changes.embargo;
  const date = changes.date ?? release.date;
  if (embargo && embargoBeforeDate(embargo, date)) throw new UserError('embargo.beforeDate', { until: embargoLabel(embargo), date }, 'bad-input');
  const stamp = clock.now().toISOString();
  const moved = status !== release.status;
  if (moved) release.revisions = [...release.revisions, { at: stamp, note: `Status: ${status}` }].slice(-MAX_REVISIONS);
  const before = { title: release.title, subtitle: release.subtitle, lead: release.lead, body: release.body };
  Object.assign(release, content, { status, updatedAt: stamp });
  if (changes.body !== undefined) learnFigureWords(data.media, release.body, release.language, stamp);
  release.untranslated = markAfterEdit(release.untranslated, before, release);
  // A restored revision is one revision, whatever it did to the status.
  if (restored !== undefined) data.history.push(newRevision(data.history, release, 'restore', { id: clock.newId(), at: stamp }, { from: restored }));
  else if (moved) data.history.push(newRevision(data.history, release, 'status', { id: clock.newId(), at: stamp }));
}

/** Refuses `changes` if another writer changed one of their fields since the editor read `base`. */
function assertUnchangedSince(release: Release, changes: ReleaseChanges, base: ReleaseChanges): void {
  const fields = Object.keys(changes) as Array<keyof ReleaseChanges>;
  if (fields.some((field) => field in base && !isDeepStrictEqual(copyData(release[field]), base[field]))) {
    throw new UserError('store.stale', { name: release.ref }, 'conflict');
  }
}

/** A new draft from `source`, with its own id, history and the given fields. */
function copyOf(source: Release, clock: Clock, fields: Partial<Release>, note: string): Release {
  const stamp = clock.now().toISOString();
  return { ...copyData(source), id: clock.newId(), status: 'draft', ...fields, createdAt: stamp, updatedAt: stamp, revisions: [{ at: stamp, note }] };
}

export function releaseHandlers({ store, clock }: ApiContext): Omit<Handlers<'releases'>, ReviewChannel> {
  return {
    'releases.list': async (query) => listReleases((await store.read()).releases, query),

    'releases.get': async ({ ref, language }) => findRelease(await store.read(), ref, language),

    'releases.import': async ({ files, ref, language, onClash }) => {
      const typedRef = onClash !== undefined && typeof onClash === 'object' && 'as' in onClash;
      if ((ref || typedRef) && files.length > 1) throw new UserError('import.oneFileRef', undefined, 'usage');
      // Parse every file and check every picture before touching the store: an import that fails changes nothing.
      const communiques: Array<{ parsed: ParsedCommunique; checked: CheckedPictures; file: string; index: number; onClash: ClashChoice | undefined }> = [];
      const bundles: PresskitBundle[] = [];
      for (const [index, file] of files.entries()) {
        if (isBundleFileName(file.name)) {
          if (ref) throw new UserError('import.bundleRef', { file: file.name }, 'usage');
          bundles.push(parseBundle(file.bytes, { purpose: 'import', name: file.name }));
          continue;
        }
        if (file.bytes.byteLength > MAX_IMPORT_BYTES) throw new UserError('import.tooLarge', { file: file.name });
        const parsed = await parseCommunique(file, language ? { language } : {});
        const neighbours = new Map((file.images ?? []).map((image) => [image.path, image.bytes]));
        communiques.push({ parsed, checked: checkPictures(file.name, parsed, neighbours), file: file.name, index, onClash: file.onClash ?? onClash });
      }
      const count: MergeCount = { added: 0, merged: 0 };
      let staged: Array<Map<ImportedFigure, StagedPicture>> = [];
      const stage = async (staging: ImageStaging) => {
        await stageBundleImages(staging, bundles);
        staged = await Promise.all(communiques.map(({ checked }) => stagePictures(staging, checked.pictures)));
      };
      const skipped: Array<{ file: string; ref: string }> = [];
      const refs = await saveWithStagedImages(store, stage, (data) => [
        ...bundles.flatMap((bundle) => mergeBundle(data, bundle, clock, count)),
        ...communiques.flatMap(({ parsed, file, index, onClash: choice }, at) => {
          const pictures = staged[at] ?? new Map();
          const release = addParsedRelease(data, { ...parsed, body: storedBody(parsed.body, pictures) }, { ref, language, onClash: choice, file, index }, clock, count);
          if (!release) {
            skipped.push({ file, ref: ref ?? parsed.ref ?? '' });
            return [];
          }
          recordMedia(data, pictures, release.language, clock);
          return [release.ref];
        }),
      ]);
      const warnings = communiques.flatMap(({ checked }) => checked.warnings.map(worded));
      return { refs, contactsAdded: count.added, contactsMerged: count.merged, ...(warnings.length > 0 ? { warnings } : {}), ...(skipped.length > 0 ? { skipped } : {}) };
    },

    'releases.create': async ({ language, title }) =>
      store.update((data) => {
        const date = clock.now().toISOString().slice(0, 10);
        const release = newRelease(clock, 'Created', { ref: newReference(data, date, title ?? ''), language: language ?? 'fr', date, title: title ?? '' });
        data.releases.push(release);
        return release;
      }),

    'releases.update': async ({ id, changes, rev, base }) =>
      store.update(
        (data) => {
          const release = findById(data.releases, id, 'release');
          if (base) assertUnchangedSince(release, changes, base);
          applyChanges(data, release, changes, clock);
          // First saved with a title: a new release leaves its provisional reference (unless the brand numbers on approval).
          if (numbersNow(data, release, 'saved')) takeNumber(data, release);
          return release;
        },
        { expected: { releases: { [id]: rev } } },
      ),

    'releases.discardUntouched': async ({ id }) => {
      // Read first: leaving a release that stays writes nothing.
      const read = await store.read();
      const release = read.releases.find((r) => r.id === id);
      if (!release || !isDiscardable(read, release)) return { discarded: false };
      return store.update((data) => {
        const current = data.releases.find((r) => r.id === id);
        if (!current || !isDiscardable(data, current)) return { discarded: false };
        data.releases = data.releases.filter((r) => r.id !== id);
        data.history = data.history.filter((entry) => entry.releaseId !== id);
        return { discarded: true };
      });
    },

    'releases.duplicate': async ({ id }) =>
      store.update((data) => {
        const source = findById(data.releases, id, 'release');
        const copy = copyOf(source, clock, { ref: newReference(data, source.date, source.title), translationGroup: null, untranslated: null }, `Copy of ${source.ref}`);
        data.releases.push(copy);
        return copy;
      }),

    'releases.translate': async ({ id, language }) =>
      store.update((data) => {
        const source = findById(data.releases, id, 'release');
        if (versionsOf(data.releases, source.ref).some((r) => r.language === language)) {
          throw new UserError('translation.versionTaken', { ref: source.ref, context: language }, 'conflict');
        }
        source.translationGroup ??= source.id;
        const note = `Translation of ${source.ref} (${source.language})`;
        const translation = copyOf(source, clock, { language, translationGroup: source.translationGroup, untranslated: newMark(source) }, note);
        data.releases.push(translation);
        return translation;
      }),

    'releases.markTranslated': async ({ id }) =>
      store.update((data) => {
        const release = findById(data.releases, id, 'release');
        if (release.untranslated) {
          const stamp = clock.now().toISOString();
          release.untranslated = null;
          release.updatedAt = stamp;
          release.revisions = [...release.revisions, { at: stamp, note: 'Marked as translated' }].slice(-MAX_REVISIONS);
        }
        return release;
      }),

    'releases.delete': async ({ ref, language }) =>
      store.update((data) => {
        const release = findRelease(data, ref, language);
        const kit = kitUsing(data, release.id);
        if (kit) throw new UserError('release.inKit', { ref: release.ref, kit: kit.name }, 'conflict');
        data.releases = data.releases.filter((r) => r.id !== release.id);
        return release;
      }),

    'releases.restore': async ({ release }) =>
      store.update((data) => {
        assertFreeReference(data, release.ref, release.language);
        if (data.releases.some((r) => r.id === release.id)) throw new UserError('release.refTaken', { ref: release.ref }, 'conflict');
        data.releases.push(release);
        return { ref: release.ref };
      }),

    'releases.setStatus': async ({ ref, language, status }) =>
      store.update((data) => {
        const release = findRelease(data, ref, language);
        applyChanges(data, release, { status }, clock);
        return release;
      }),
  };
}
