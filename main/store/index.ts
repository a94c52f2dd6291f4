/**
 * The durable store of one data folder (format 4): one file per document under `archive/` (see
 * documents.ts), their backups, the images, and the lock that lets the app and the CLI share the folder.
 * Every change is: lock, see what another process committed, apply to a copy-on-write draft, validate and
 * write only the documents it changed (all or nothing), unlock.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { StoreData } from '../core/schema';
import { inEnglish, UserError, type ErrorDetail, type ErrorParams, type WordingCode } from '../core/errors';
import { removeLeftoverTemps } from './atomic-write';
import { commitArchive, diffArchive, keyOf, loadArchive, refreshArchive, restoreFromBackups, stateFromBackups, writeWholeArchive, type ArchiveContext, type ArchiveState } from './doc-archive';
import { COLLECTIONS, type Collection } from './documents';
import { archiveDir, docBackupsRoot } from './doc-files';
import { createDraft, finishDraft } from './draft';
import { asUserError, isWriteRefusal, notAFolder } from './fs-errors';
import { readImage, saveImage, type ImageType } from './images';
import { removeLeftoverStaging, stageImages, type ImageStaging } from './image-staging';
import { folderFormat, prepareSplit, readLegacy, STORE_FILE_NAME, writeStub, type Notice } from './legacy';
import { acquireLock } from './lock';
import { readSnapshot, SNAPSHOT_AFTER, writeSnapshot } from './snapshot';

export { resolveDataDir } from './data-dir';
export { writeExportFile } from './export-file';
export { readInputFile } from './input-file';
export { readNeighbourImages, type NeighbourImage } from './neighbour-images';
export { imageTypeOf, type ImageType } from './images';
export type { ImageStaging } from './image-staging';

export interface Store {
  readonly dataDir: string;
  readonly file: string;
  /** The current committed state (re-read when the file changed), shared by every reader and frozen: change it through `update`. */
  read(): Promise<StoreData>;
  /**
   * Locked read-modify-write; if `mutate` throws or its result is invalid, nothing is written. Staged
   * `images` move into the data folder with the change, just before it is saved, and only then.
   */
  update<T>(mutate: (draft: StoreData) => T | Promise<T>, options?: UpdateOptions): Promise<T>;
  /** The revision (`<n>-<sha256>`) of a document as last read, to name in a later update's `expected`. */
  revision(collection: Collection, id: string): Promise<string | undefined>;
  /** A staging area for the images of a change (see update); discard it once done, saved or not. */
  stageImages(): ImageStaging;
  /** Stores an image by content hash and returns its ImageName. */
  saveImage(bytes: Uint8Array, type: ImageType): Promise<string>;
  /** UserError if the image is missing. */
  readImage(name: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface UpdateOptions {
  images?: ImageStaging;
  /**
   * The revisions the change was made from, by collection and id: if another writer (the app, the CLI)
   * saved one of those documents since, the change is refused with store.stale and nothing is written.
   */
  expected?: Partial<Record<Collection, Record<string, string | undefined>>>;
}

export interface StoreOptions {
  /** Told, in a plain sentence, when the file was repaired or upgraded on load. */
  onNotice?: (message: string, detail?: ErrorDetail) => void;
  /** The clock that names backups and set-aside files (tests inject one). */
  now?: () => Date;
}

/** Runs tasks one at a time: the updates of one process queue here before they contend for the file lock. */
function createQueue(): { run<T>(task: () => Promise<T>): Promise<T>; idle(): Promise<void> } {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(task) {
      const result = tail.then(task, task);
      tail = result.catch(() => undefined);
      return result;
    },
    idle: () => tail.then(() => undefined),
  };
}

function nameFor(data: StoreData, collection: Collection, id: string): string {
  const doc = (data[collection] as ReadonlyArray<{ id: string; ref?: string; name?: string }>).find((candidate) => candidate.id === id);
  return doc?.ref ?? doc?.name ?? id;
}

function checkExpected(state: ArchiveState, expected: UpdateOptions['expected']): void {
  for (const collection of COLLECTIONS) {
    for (const [id, rev] of Object.entries(expected?.[collection] ?? {})) {
      if (rev !== undefined && state.meta.get(keyOf(collection, id))?.rev !== rev) {
        throw new UserError('store.stale', { name: nameFor(state.data, collection, id) }, 'conflict');
      }
    }
  }
}

export async function openStore(dataDir: string, options: StoreOptions = {}): Promise<Store> {
  const folder = resolve(dataDir);
  const { onNotice } = options;
  const notify = (code: WordingCode, params: ErrorParams): void => onNotice?.(inEnglish(code, params), { code, params });
  const context: ArchiveContext = { dataDir: folder, now: options.now ?? (() => new Date()), notify };
  const imagesDir = join(folder, 'images');
  const queue = createQueue();
  let closed = false;
  let state: ArchiveState | undefined;

  const guard = <T>(task: () => Promise<T>): Promise<T> => {
    if (closed) return Promise.reject(new Error('The store is closed.'));
    return task().catch((error: unknown) => {
      throw asUserError(error, folder);
    });
  };
  let swept = false;
  const withLock = async <T>(task: () => Promise<T>): Promise<T> => {
    const lock = await acquireLock(join(folder, `${STORE_FILE_NAME}.lock`));
    try {
      if (!swept) {
        // Only lock holders write these temps, and snapshot writers (a snapshot whose temp is swept is only not
        // written): any left now belong to a killed writer.
        await removeLeftoverTemps(folder, `${STORE_FILE_NAME}.`);
        await removeLeftoverTemps(archiveDir(folder));
        for (const collection of COLLECTIONS) await removeLeftoverTemps(join(archiveDir(folder), collection));
        await removeLeftoverTemps(join(folder, 'backups'));
        await removeLeftoverStaging(folder);
        swept = true;
      }
      return await task();
    } finally {
      await lock.release();
    }
  };
  const locked = <T>(task: () => Promise<T>): Promise<T> => queue.run(() => guard(() => withLock(task)));
  const say = (notices: readonly Notice[]): void => notices.forEach(({ code, params }) => notify(code, params));

  let snapshotting: Promise<void> = Promise.resolve();
  let snapshotRefused = false;
  /**
   * A full load, from the snapshot on disk (snapshot.ts). It is read again by each load rather than kept:
   * kept, it would hold every document a later change replaced (a restore: the whole archive before it).
   */
  const load = async (write: boolean): Promise<{ state: ArchiveState; dirty: boolean }> => {
    const loaded = await loadArchive(context, write, await readSnapshot(folder));
    // Only a load that paid for many reads writes one, never an autosave. A disk that refused one (read-only,
    // full) loses nothing, and is not asked again: each attempt serialises the whole archive first.
    if (loaded.fresh >= SNAPSHOT_AFTER && !snapshotRefused) {
      snapshotting = snapshotting.then(() => writeSnapshot(folder, loaded.seen)).catch(() => void (snapshotRefused = true));
    }
    return loaded;
  };
  /** The state on disk, read without writing; 'repair' when it needs a write (a split, a replay, a repair). */
  const peek = async (): Promise<ArchiveState | 'repair'> => {
    const format = await folderFormat(folder);
    if (format.kind === 'legacy' || format.stubMissing || format.lost) return 'repair';
    if (state) {
      const refreshed = await refreshArchive(context, state);
      if (refreshed !== 'reload') return refreshed;
    }
    const loaded = await load(false);
    return loaded.dirty ? 'repair' : loaded.state;
  };
  /** The same, under the lock, writing what it needs to. */
  const repair = async (): Promise<ArchiveState> => {
    const format = await folderFormat(folder);
    if (format.kind === 'legacy') {
      const legacy = await readLegacy(folder, format.bytes, context.now());
      await prepareSplit(folder, legacy.aside);
      await writeWholeArchive(context, legacy.data);
      await writeStub(folder);
      say(legacy.notices);
    } else if (format.lost) {
      notify('store.archiveRestored', { count: await restoreFromBackups(context) });
      await writeStub(folder);
    } else if (format.stubMissing) {
      await writeStub(folder);
    } else if (state) {
      const refreshed = await refreshArchive(context, state);
      if (refreshed !== 'reload') return refreshed;
    }
    return (await load(true)).state;
  };
  /** What `repair` would give, in memory only: for a folder that cannot be written. */
  const view = async (): Promise<ArchiveState> => {
    const format = await folderFormat(folder);
    if (format.kind === 'legacy') {
      const legacy = await readLegacy(folder, format.bytes, context.now());
      return { ...(await load(false)).state, data: legacy.data };
    }
    // A lost archive folder reads as the repair would bring it back, not as an empty archive.
    if (format.lost) return stateFromBackups(context);
    return (await load(false)).state;
  };
  /**
   * Reading needs no write: a folder that needs repair is repaired under the lock when it can be
   * written, and otherwise read as it would be repaired, leaving it untouched.
   */
  const current = (): Promise<StoreData> =>
    guard(async () => {
      const peeked = await peek();
      if (peeked !== 'repair') {
        state = peeked;
        return peeked.data;
      }
      return queue.run(() =>
        withLock(async () => {
          state = await repair();
          return state.data;
        }).catch(async (error: unknown) => {
          if (isWriteRefusal(error)) return (await view()).data;
          throw error;
        }),
      );
    });

  await guard(() =>
    mkdir(folder, { recursive: true }).catch((error: unknown) => {
      // mkdir reports a file standing where the folder should be as EEXIST.
      throw (error as NodeJS.ErrnoException).code === 'EEXIST' ? notAFolder(folder) : error;
    }),
  );
  await current();

  return {
    dataDir: folder,
    file: join(folder, STORE_FILE_NAME),
    read: current,
    update(mutate, options = {}) {
      return locked(async () => {
        const base = await repair();
        state = base;
        checkExpected(base, options.expected);
        const draft = createDraft(base.data);
        const returned = await mutate(draft);
        const next = finishDraft(draft);
        const result = finishDraft(returned);
        const change = diffArchive(base, next, context.now());
        // The images go first: a saved state never names an image that is not there yet.
        const undoImages = await options.images?.commit();
        try {
          state = await commitArchive(context, base, change);
        } catch (error) {
          await undoImages?.();
          throw error;
        }
        return result;
      });
    },
    async revision(collection, id) {
      await current();
      return state?.meta.get(keyOf(collection, id))?.rev;
    },
    stageImages: () => stageImages(folder, imagesDir),
    saveImage: (bytes, type) => guard(() => saveImage(imagesDir, bytes, type)),
    readImage: (name) => guard(() => readImage(imagesDir, name)),
    async close() {
      await queue.idle();
      await snapshotting;
      closed = true;
    },
  };
}

export { docBackupsRoot };
