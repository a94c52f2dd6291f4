/**
 * Reading and writing the files of format 4 (see documents.ts): documents, their backups, the journal and
 * the head. Every writer holds the folder's lock.
 */
import { closeSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { z } from 'zod';
import { fsyncFolder, writeFileAtomic } from './atomic-write';
import { ARCHIVE_DIR, Envelope, contentHash, encodeEnvelope, fileNameOf, revCounter, revMatches, type Collection, type Single } from './documents';

/** A document's place: in a collection, or one of the singles (brand, settings, dictionary). */
export type Place = { collection: Collection; id: string } | { single: Single };

export const Put = z.object({
  collection: z.string(),
  id: z.string(),
  envelope: Envelope,
});
export type Put = z.infer<typeof Put>;

/** The intent of a change that touches several files, written before any of them (see applyJournal). */
export const Journal = z.object({
  puts: z.array(Put),
  deletes: z.array(z.object({ collection: z.string(), id: z.string() })),
});
export type Journal = z.infer<typeof Journal>;

/** The last commits, so that another process re-reads only what they changed. */
export const Head = z.object({
  gen: z.number().int().nonnegative(),
  recent: z.array(z.object({ gen: z.number().int(), keys: z.array(z.string()) })),
});
export type Head = z.infer<typeof Head>;
export const HEAD_RECENT = 64;

/** How many revisions of each document backups/ keeps (the last one of a deleted document for ever). */
export const KEEP_REVISIONS = 10;

export const archiveDir = (dataDir: string): string => join(dataDir, ARCHIVE_DIR);
export const journalPath = (dataDir: string): string => join(dataDir, ARCHIVE_DIR, 'journal.json');
export const headPath = (dataDir: string): string => join(dataDir, ARCHIVE_DIR, 'head.json');
export const docBackupsRoot = (dataDir: string): string => join(dataDir, 'backups', ARCHIVE_DIR);

export function pathOf(dataDir: string, collection: string, id: string): string {
  return collection === id ? join(dataDir, ARCHIVE_DIR, `${id}.json`) : join(dataDir, ARCHIVE_DIR, collection, fileNameOf(id));
}

/** The folder of the backups of the document in `file`: `backups/archive/<collection>/<file name without .json>/`. */
export function backupsOfFile(dataDir: string, file: string): string {
  return join(docBackupsRoot(dataDir), relative(archiveDir(dataDir), dirname(file)), basename(file, '.json'));
}

export function backupsOf(dataDir: string, collection: string, id: string): string {
  return backupsOfFile(dataDir, pathOf(dataDir, collection, id));
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

export async function readOptional(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

export async function listJson(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).filter((name) => name.endsWith('.json') && !name.startsWith('.'));
  } catch (error) {
    if (isMissing(error) || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return [];
    throw error;
  }
}

/** The envelope in `bytes` if it is whole and its rev matches its content; undefined if damaged. */
export function decodeEnvelope(bytes: Buffer): Envelope | undefined {
  try {
    const parsed = Envelope.safeParse(JSON.parse(bytes.toString('utf8')));
    return parsed.success && (docBytesMatch(parsed.data.rev, bytes) || revMatches(parsed.data)) ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const DOC_MEMBER = Buffer.from(',"doc":');
const CLOSING_BRACE = 0x7d;

/**
 * The rev checked against the doc's own bytes in the file, where encodeEnvelope puts it (the last member):
 * it spares a JSON.stringify of every document on a full load. In bytes that parsed, the first `,"doc":`
 * (no string holds an unescaped quote) before the last brace can only be that member; a file laid out
 * otherwise falls back to revMatches.
 */
function docBytesMatch(rev: string, bytes: Buffer): boolean {
  const start = bytes.indexOf(DOC_MEMBER);
  const end = bytes.lastIndexOf(CLOSING_BRACE);
  return start > 0 && end > start && rev.endsWith(`-${contentHash(bytes.subarray(start + DOC_MEMBER.length, end))}`);
}

/** What a file is now: a write through writeFileAtomic renames a new inode in, one in place moves its ctime. */
export type Stamp = string;

const stampOf = (info: Stats): Stamp => `${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`;

/** The file's stamp; undefined when it is missing. */
export function stampSync(file: string): Stamp | undefined {
  const info = statSync(file, { throwIfNoEntry: false });
  return info ? stampOf(info) : undefined;
}

let readBuffer = Buffer.allocUnsafe(1 << 16);

/**
 * A file's bytes and the stamp of those very bytes (the open file's own stat); undefined when it is
 * missing. Synchronous, into one reused buffer: thousands of small files read this way cost a fraction of
 * fs/promises' thread-pool round trips and garbage. `bytes` is valid until the next read.
 */
export function readStampedSync(file: string): { bytes: Buffer; stamp: Stamp } | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
  try {
    const stamp = stampOf(fstatSync(fd));
    let length = 0;
    for (;;) {
      if (length === readBuffer.length) readBuffer = Buffer.concat([readBuffer, Buffer.allocUnsafe(readBuffer.length)]);
      const got = readSync(fd, readBuffer, length, readBuffer.length - length, length);
      if (got === 0) break;
      length += got;
    }
    return { bytes: readBuffer.subarray(0, length), stamp };
  } finally {
    closeSync(fd);
  }
}

/** Runs `task` over `items`, `width` at a time: thousands of small reads or fsyncs at once would only queue. */
export async function inBatches<T, R>(items: readonly T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

export async function writeDoc(dataDir: string, put: Put): Promise<void> {
  const file = pathOf(dataDir, put.collection, put.id);
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, encodeEnvelope(put.envelope));
}

export async function deleteDoc(dataDir: string, collection: string, id: string): Promise<void> {
  await rm(pathOf(dataDir, collection, id), { force: true });
}

/** Applies a journal's puts and deletes: writing the same bytes twice is harmless, so a replay is too. */
export async function applyJournal(dataDir: string, journal: Journal): Promise<void> {
  await inBatches(journal.puts, 16, (put) => writeDoc(dataDir, put));
  await Promise.all(journal.deletes.map(({ collection, id }) => deleteDoc(dataDir, collection, id)));
  const folders = new Set(journal.deletes.map(({ collection, id }) => dirname(pathOf(dataDir, collection, id))));
  await Promise.all([...folders].map((folder) => fsyncFolder(folder).catch(() => undefined)));
}

/** The file's JSON as `schema` reads it; undefined when it is missing, unreadable or not of that shape. */
async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T | undefined> {
  const bytes = await readOptional(file);
  if (!bytes) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(bytes.toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The journal is written whole (atomic-write) before anything it names: one that does not read was never committed. */
export function readJournal(dataDir: string): Promise<Journal | undefined> {
  return readJson(journalPath(dataDir), Journal);
}

export async function writeJournal(dataDir: string, journal: Journal): Promise<void> {
  await mkdir(archiveDir(dataDir), { recursive: true });
  await writeFileAtomic(journalPath(dataDir), JSON.stringify(journal));
}

export async function removeJournal(dataDir: string): Promise<void> {
  await rm(journalPath(dataDir), { force: true });
  await fsyncFolder(archiveDir(dataDir));
}

export function readHead(dataDir: string): Promise<Head | undefined> {
  return readJson(headPath(dataDir), Head);
}

/** What identifies the head file now (a rename brings a new inode), without reading it. */
export async function headKey(dataDir: string): Promise<string | undefined> {
  try {
    const info = await stat(headPath(dataDir), { bigint: true });
    return `${info.ino}:${info.size}:${info.mtimeNs}`;
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

export async function writeHead(dataDir: string, head: Head): Promise<void> {
  await writeFileAtomic(headPath(dataDir), JSON.stringify(head));
}

/** Backs up a document's revision and prunes its older revisions to KEEP_REVISIONS. */
export async function backUpDoc(dataDir: string, put: Put): Promise<void> {
  const folder = backupsOf(dataDir, put.collection, put.id);
  await mkdir(folder, { recursive: true });
  const name = `${put.envelope.rev}.json`;
  await writeFileAtomic(join(folder, name), encodeEnvelope(put.envelope));
  const older = (await listJson(folder)).filter((other) => other !== name).sort((a, b) => revCounter(b) - revCounter(a));
  await Promise.all(older.slice(KEEP_REVISIONS - 1).map((other) => rm(join(folder, other), { force: true })));
}

/** Records in a document's backups that it was deleted: its revisions before stay, and a restore skips it. */
export async function backUpDeletion(dataDir: string, collection: string, id: string, rev: string | undefined): Promise<void> {
  const folder = backupsOf(dataDir, collection, id);
  await mkdir(folder, { recursive: true });
  await writeFileAtomic(join(folder, `${revCounter(rev) + 1}-deleted.json`), `${JSON.stringify({ id, deleted: true })}\n`);
}

/** Once a day, the rev of every document: what the archive was that day (each rev is in backups/archive/). */
export async function snapshotIndex(dataDir: string, at: Date, revs: ReadonlyMap<string, { rev: string }>): Promise<void> {
  const file = join(dataDir, 'backups', 'index', `${at.toISOString().slice(0, 10)}.json`);
  if (await stat(file).then(() => true, (error: unknown) => (isMissing(error) ? false : Promise.reject(error)))) return;
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify({ at: at.toISOString(), revs: Object.fromEntries([...revs].map(([key, { rev }]) => [key, rev])) })}\n`);
}

/**
 * Every document as its newest backup has it, deleted ones left out: the archive folder itself was lost
 * (deleted, or dropped by a sync tool), and this is the last state each document was saved in.
 */
export async function newestOfEveryBackup(dataDir: string): Promise<Put[]> {
  const root = docBackupsRoot(dataDir);
  const puts: Put[] = [];
  const folders = async (folder: string): Promise<string[]> => (await readdir(folder, { withFileTypes: true }).catch(() => [])).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  for (const collection of await folders(root)) {
    const single = (await listJson(join(root, collection))).length > 0;
    const docs = single ? [join(root, collection)] : (await folders(join(root, collection))).map((name) => join(root, collection, name));
    for (const folder of docs) {
      const names = (await listJson(folder)).sort((a, b) => revCounter(b) - revCounter(a));
      if (names[0]?.endsWith('-deleted.json')) continue;
      for (const name of names) {
        const envelope = decodeEnvelope((await readOptional(join(folder, name))) ?? Buffer.alloc(0));
        if (envelope) {
          puts.push({ collection, id: envelope.id, envelope });
          break;
        }
      }
    }
  }
  return puts;
}

/** The newest readable revision in backups/ of the document whose file is `file`, if any. */
export async function newestBackup(dataDir: string, file: string): Promise<Envelope | undefined> {
  const folder = backupsOfFile(dataDir, file);
  const names = (await listJson(folder)).sort((a, b) => revCounter(b) - revCounter(a));
  for (const name of names) {
    const envelope = decodeEnvelope((await readOptional(join(folder, name))) ?? Buffer.alloc(0));
    if (envelope) return envelope;
  }
  return undefined;
}
