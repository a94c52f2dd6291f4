/**
 * The durable store of one data folder: `presskit.json` (on lowdb), its backups, its images, and the lock
 * that lets the app and the CLI share the folder. Every change is: lock, re-read the file (another process
 * may have written), apply, validate, durable write and backup, unlock.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { StoreData, emptyStore } from '../core/schema';
import { inEnglish, UserError, type ErrorDetail, type ErrorParams, type WordingCode } from '../core/errors';
import { removeLeftoverTemps } from './atomic-write';
import { asUserError, isWriteRefusal, notAFolder } from './fs-errors';
import { readImage, saveImage, type ImageType } from './images';
import { removeLeftoverStaging, stageImages, type ImageStaging } from './image-staging';
import { acquireLock } from './lock';
import { STORE_FILE_NAME, StoreFile } from './store-file';

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
  update<T>(mutate: (draft: StoreData) => T | Promise<T>, options?: { images?: ImageStaging }): Promise<T>;
  /** A staging area for the images of a change (see update); discard it once done, saved or not. */
  stageImages(): ImageStaging;
  /** Stores an image by content hash and returns its ImageName. */
  saveImage(bytes: Uint8Array, type: ImageType): Promise<string>;
  /** UserError if the image is missing. */
  readImage(name: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** Told, in a plain sentence, when the file was repaired or upgraded on load. */
  onNotice?: (message: string, detail?: ErrorDetail) => void;
  /** The clock that names backups and set-aside files (tests inject one). */
  now?: () => Date;
}

function invalidChange(error: z.ZodError): UserError {
  const issue = error.issues[0];
  const field = issue?.path.join('.') ?? '';
  return new UserError('store.invalid', { field });
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

export async function openStore(dataDir: string, options: StoreOptions = {}): Promise<Store> {
  const folder = resolve(dataDir);
  const { onNotice } = options;
  const notify = (code: WordingCode, params: ErrorParams): void => onNotice?.(inEnglish(code, params), { code, params });
  const storeFile = new StoreFile(folder, options.now ?? (() => new Date()), notify);
  const db = new Low<StoreData>(storeFile, emptyStore());
  const imagesDir = join(folder, 'images');
  const queue = createQueue();
  let closed = false;

  const guard = <T>(task: () => Promise<T>): Promise<T> => {
    if (closed) return Promise.reject(new Error('The store is closed.'));
    return task().catch((error: unknown) => {
      throw asUserError(error, folder);
    });
  };
  let swept = false;
  const withLock = async <T>(task: () => Promise<T>): Promise<T> => {
    const lock = await acquireLock(`${storeFile.file}.lock`);
    try {
      if (!swept) {
        // Only lock holders write these temps: any left now belong to a killed writer.
        await removeLeftoverTemps(folder, `${STORE_FILE_NAME}.`);
        await removeLeftoverTemps(storeFile.backupsDir);
        await removeLeftoverStaging(folder);
        swept = true;
      }
      return await task();
    } finally {
      await lock.release();
    }
  };
  const locked = <T>(task: () => Promise<T>): Promise<T> => queue.run(() => guard(() => withLock(task)));
  /**
   * Reading needs no write: a file that needs repair is repaired under the lock when the folder can be
   * written, and otherwise read as it would be repaired, leaving the folder untouched.
   */
  const current = (): Promise<StoreData> =>
    guard(async () => {
      const peeked = await storeFile.peek();
      if (peeked !== 'repair') return peeked;
      return queue.run(() =>
        withLock(async () => {
          await db.read();
          return db.data;
        }).catch((error: unknown) => {
          if (isWriteRefusal(error)) return storeFile.view();
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
    file: storeFile.file,
    read: current,
    update(mutate, options = {}) {
      return locked(async () => {
        await db.read();
        const draft = structuredClone(db.data);
        const result = await mutate(draft);
        const checked = StoreData.safeParse(draft);
        if (!checked.success) throw invalidChange(checked.error);
        // The images go first: a saved state never names an image that is not there yet.
        const undoImages = await options.images?.commit();
        const previous = db.data;
        db.data = checked.data;
        try {
          await db.write();
        } catch (error) {
          db.data = previous;
          await undoImages?.();
          throw error;
        }
        return result;
      });
    },
    stageImages: () => stageImages(folder, imagesDir),
    saveImage: (bytes, type) => guard(() => saveImage(imagesDir, bytes, type)),
    readImage: (name) => guard(() => readImage(imagesDir, name)),
    async close() {
      await queue.idle();
      closed = true;
    },
  };
}
