/**
 * The archive of format 4 in memory and on disk: loading the documents into one frozen StoreData, seeing
 * what another process committed since, and committing a change as the documents it changed. `write`
 * loads and `commit` expect the caller to hold the folder's lock.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { SCHEMA_VERSION, emptyStore, type StoreData } from '../core/schema';
import { UserError, type ErrorParams, type WordingCode } from '../core/errors';
import { writeFileAtomic } from './atomic-write';
import { fileStamp } from './backups';
import { deepFreeze } from './deep-freeze';
import { COLLECTIONS, DOC_SCHEMAS, SINGLES, SINGLE_SCHEMAS, contentHash, encodeDoc, nextRev, type Collection, type Envelope, type Single } from './documents';
import {
  HEAD_RECENT,
  applyJournal,
  archiveDir,
  backUpDeletion,
  backUpDoc,
  decodeEnvelope,
  headKey,
  inBatches,
  listJson,
  newestOfEveryBackup,
  newestBackup,
  pathOf,
  readHead,
  readJournal,
  readOptional,
  removeJournal,
  snapshotIndex,
  stampSync,
  readStampedSync,
  writeHead,
  writeJournal,
  type Journal,
  type Put,
} from './doc-files';
import type { Cached, Snapshot } from './snapshot';

export interface DocMeta {
  rev: string;
  seq: number;
  updatedAt: string;
}

export interface ArchiveState {
  readonly data: StoreData;
  /** By key: `<collection>/<id>`, or the single's name. */
  readonly meta: ReadonlyMap<string, DocMeta>;
  readonly gen: number;
  readonly headKey: string | undefined;
}

export interface ArchiveContext {
  readonly dataDir: string;
  readonly now: () => Date;
  readonly notify: (code: WordingCode, params: ErrorParams) => void;
}

export const keyOf = (collection: string, id: string): string => (collection === id ? id : `${collection}/${id}`);

const DEFAULT_SINGLES: { readonly [S in Single]: StoreData[S] } = (() => {
  const empty = emptyStore();
  return { brand: empty.brand, settings: empty.settings, dictionary: empty.dictionary };
})();

interface Found {
  collection: string;
  id: string;
  envelope: Envelope;
}

/** The name a sentence gives a document: a release's reference, a contact's or kit's name. */
function nameOf(collection: string, doc: unknown, id: string): string {
  const record = (doc ?? {}) as { ref?: unknown; name?: unknown };
  const name = collection === 'releases' ? record.ref : collection === 'contacts' || collection === 'kits' ? record.name : undefined;
  return typeof name === 'string' ? name : keyOf(collection, id);
}

/** A damaged document file: set aside (when writing) and replaced by its newest backup, if it has one. */
async function recoverDoc(context: ArchiveContext, collection: string, file: string, bytes: Buffer, write: boolean): Promise<Envelope | undefined> {
  const restored = await newestBackup(context.dataDir, file);
  if (!write) return restored;
  const aside = join('archive', 'damaged', `${collection}.${fileStamp(context.now())}.${file.split(/[\\/]/).pop() ?? 'doc.json'}`);
  await mkdir(join(context.dataDir, 'archive', 'damaged'), { recursive: true });
  await writeFileAtomic(join(context.dataDir, aside), bytes);
  if (restored) {
    await writeFileAtomic(file, `${JSON.stringify(restored)}\n`);
    context.notify('store.docRecovered', { name: nameOf(collection, restored.doc, restored.id), file: aside, rev: restored.rev });
  } else {
    await rm(file, { force: true });
    context.notify('store.docLost', { name: file.split(/[\\/]/).pop() ?? file, file: aside });
  }
  return restored;
}

/** One load's reading: the snapshot it may take documents from, and what it saw, for a new snapshot. */
interface Reading {
  readonly context: ArchiveContext;
  readonly write: boolean;
  readonly cache: Snapshot;
  readonly seen: Map<string, Cached>;
  /** Files looked at, and those of them read from disk, the cache not holding them as they are. */
  files: number;
  fresh: number;
  dirty: boolean;
}

/** Files read between two turns of the event loop: a full load does not hold the main process for long. */
const READ_SLICE = 512;

/** A document file (`name` under archive/): from the snapshot when the file is as it was then, else read and checked. */
async function readDoc(reading: Reading, collection: string, name: string): Promise<Envelope | undefined> {
  if (++reading.files % READ_SLICE === 0) await nextTurn();
  const file = join(archiveDir(reading.context.dataDir), name);
  const cached = reading.cache.get(name);
  if (cached && cached.stamp === stampSync(file)) {
    reading.seen.set(name, cached);
    return cached.envelope;
  }
  const read = readStampedSync(file);
  if (!read) return undefined;
  reading.fresh += 1;
  // A rev that matches its content was written by a writer that validated it: no schema check needed here.
  const envelope = decodeEnvelope(read.bytes);
  if (envelope) {
    reading.seen.set(name, { stamp: read.stamp, envelope });
    return envelope;
  }
  reading.dirty = true;
  return recoverDoc(reading.context, collection, file, Buffer.from(read.bytes), reading.write);
}

async function readCollection(reading: Reading, collection: Collection): Promise<Found[]> {
  const found: Found[] = [];
  for (const name of await listJson(join(archiveDir(reading.context.dataDir), collection))) {
    const envelope = await readDoc(reading, collection, `${collection}/${name}`);
    if (envelope) found.push({ collection, id: envelope.id, envelope });
  }
  return found;
}

function bySeq(a: { seq: number }, b: { seq: number }): number {
  return a.seq - b.seq;
}

/** StoreData from the documents found, each collection in its order. */
function assemble(found: Iterable<Found>): { data: StoreData; meta: Map<string, DocMeta> } {
  const meta = new Map<string, DocMeta>();
  const lists = new Map<string, Array<{ seq: number; doc: unknown }>>(COLLECTIONS.map((collection) => [collection, []]));
  const singles: Record<string, unknown> = { ...DEFAULT_SINGLES };
  for (const { collection, id, envelope } of found) {
    meta.set(keyOf(collection, id), { rev: envelope.rev, seq: envelope.seq, updatedAt: envelope.updatedAt });
    const list = lists.get(collection);
    if (list) list.push({ seq: envelope.seq, doc: envelope.doc });
    else singles[collection] = envelope.doc;
  }
  const data = { schemaVersion: SCHEMA_VERSION, ...singles } as Record<string, unknown>;
  for (const [collection, list] of lists) data[collection] = list.sort(bySeq).map((entry) => entry.doc);
  return { data: deepFreeze(data as unknown as StoreData), meta };
}

/** The documents found, and `journal` (not yet applied) applied over them. */
function overlay(found: Found[], journal: Journal | undefined): Found[] {
  if (!journal) return found;
  const byKey = new Map(found.map((entry) => [keyOf(entry.collection, entry.id), entry]));
  for (const { collection, id } of journal.deletes) byKey.delete(keyOf(collection, id));
  for (const { collection, id, envelope } of journal.puts) byKey.set(keyOf(collection, id), { collection, id, envelope });
  return [...byKey.values()];
}

/**
 * Loads every document, each from `cache` when its file is as the cache saw it. With `write`, a journal
 * left by a killed writer is replayed and damaged documents are replaced by their backups on disk;
 * without, the same is done in memory only, and `dirty` says so. `seen` is every file read as it was
 * (what a new snapshot holds), `fresh` how many of them the cache could not give.
 */
export async function loadArchive(
  context: ArchiveContext,
  write: boolean,
  cache: Snapshot = new Map(),
): Promise<{ state: ArchiveState; dirty: boolean; seen: Snapshot; fresh: number }> {
  const key = await headKey(context.dataDir);
  let journal = await readJournal(context.dataDir);
  if (journal && write) {
    await applyJournal(context.dataDir, journal);
    await removeJournal(context.dataDir);
    journal = undefined;
  }
  const reading: Reading = { context, write, cache, seen: new Map(), files: 0, fresh: 0, dirty: journal !== undefined };
  const found: Found[] = [];
  for (const collection of COLLECTIONS) found.push(...(await readCollection(reading, collection)));
  for (const single of SINGLES) {
    const envelope = await readDoc(reading, single, `${single}.json`);
    if (envelope) found.push({ collection: single, id: single, envelope });
  }
  const { data, meta } = assemble(overlay(found, journal));
  const head = await readHead(context.dataDir);
  // A commit that landed while the documents were read may show halfway: the caller reads again.
  const dirty = reading.dirty || key !== (await headKey(context.dataDir));
  return { state: { data, meta, gen: head?.gen ?? 0, headKey: key }, dirty, seen: reading.seen, fresh: reading.fresh };
}

/** The state now on disk: `state` itself when nobody committed since, else the documents re-read. */
export async function refreshArchive(context: ArchiveContext, state: ArchiveState): Promise<ArchiveState | 'reload'> {
  const key = await headKey(context.dataDir);
  if (key === state.headKey) return state;
  const head = await readHead(context.dataDir);
  if (!head) return 'reload';
  const since = head.recent.filter((entry) => entry.gen > state.gen);
  if (head.gen === state.gen) return { ...state, headKey: key };
  if (since.length !== head.gen - state.gen || since.some((entry) => entry.keys.includes('*'))) return 'reload';
  if (await readJournal(context.dataDir)) return 'reload';
  const keys = new Set(since.flatMap((entry) => entry.keys));
  const current = new Map<string, Found>();
  for (const collection of COLLECTIONS) state.data[collection].forEach((doc) => current.set(keyOf(collection, doc.id), { collection, id: doc.id, envelope: envelopeOf(state, collection, doc.id, doc) }));
  for (const single of SINGLES) current.set(single, { collection: single, id: single, envelope: envelopeOf(state, single, single, state.data[single]) });
  for (const changed of keys) {
    const [collection, id] = changed.includes('/') ? (changed.split('/', 2) as [string, string]) : [changed, changed];
    const bytes = await readOptional(pathOf(context.dataDir, collection, id));
    if (!bytes) {
      current.delete(changed);
      continue;
    }
    const envelope = decodeEnvelope(bytes);
    if (!envelope) return 'reload';
    current.set(changed, { collection, id, envelope });
  }
  if (key !== (await headKey(context.dataDir))) return 'reload';
  const { data, meta } = assemble(current.values());
  return { data, meta, gen: head.gen, headKey: key };
}

function envelopeOf(state: ArchiveState, collection: string, id: string, doc: unknown): Envelope {
  const meta = state.meta.get(keyOf(collection, id)) ?? { rev: '1-0', seq: 0, updatedAt: '' };
  return { id, rev: meta.rev, seq: meta.seq, updatedAt: meta.updatedAt, doc };
}

function invalid(field: string): UserError {
  return new UserError('store.invalid', { field });
}

/** A place for a document now at `index` after one at `last`, before the next one's if it can be. */
function seqBetween(last: number, following: number | undefined): number {
  if (following !== undefined && following > last) return last === -Infinity ? following - 1 : (last + following) / 2;
  return last === -Infinity ? 0 : last + 1;
}

const byIdCache = new WeakMap<ReadonlyArray<{ id: string }>, ReadonlyMap<string, { id: string }>>();

/** A committed collection by id: built once per state, not once per autosave. */
function byId(docs: ReadonlyArray<{ id: string }>): ReadonlyMap<string, { id: string }> {
  let found = byIdCache.get(docs);
  if (!found) {
    found = new Map(docs.map((doc) => [doc.id, doc]));
    byIdCache.set(docs, found);
  }
  return found;
}

export interface Change {
  puts: Put[];
  deletes: Array<{ collection: string; id: string }>;
  data: StoreData;
}

/** The documents `next` changes from `state`, each validated: found by identity (see draft.ts). */
export function diffArchive(state: ArchiveState, next: StoreData, now: Date): Change {
  const puts: Put[] = [];
  const deletes: Array<{ collection: string; id: string }> = [];
  const data: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION };
  const stamp = now.toISOString();
  const put = (collection: string, id: string, doc: unknown, seq: number, changed: boolean): unknown => {
    const old = state.meta.get(keyOf(collection, id));
    // The 20,000 documents left alone cost a lookup each, not an encoding.
    if (!changed && old?.seq === seq) return doc;
    const text = encodeDoc(doc);
    const same = old !== undefined && (!changed || old.rev.endsWith(`-${contentHash(text)}`));
    if (same && old.seq === seq) return doc;
    const envelope: Envelope = same ? { id, rev: old.rev, updatedAt: old.updatedAt, seq, doc } : { id, rev: nextRev(old?.rev, text), updatedAt: stamp, seq, doc };
    puts.push({ collection, id, envelope });
    return doc;
  };
  for (const collection of COLLECTIONS) {
    const before = state.data[collection] as ReadonlyArray<{ id: string }>;
    const after = next[collection] as unknown;
    if (after === before) {
      data[collection] = before;
      continue;
    }
    if (!Array.isArray(after)) throw invalid(collection);
    const seqOf = (id: string | undefined): number | undefined => (id === undefined ? undefined : state.meta.get(keyOf(collection, id))?.seq);
    let previous: ReadonlyMap<string, { id: string }> | undefined;
    let scans = 0;
    // The committed document of an id: a few found by a scan, many through a map built for them.
    const committed = (id: string): { id: string } | undefined => {
      if (!previous && scans < 8) {
        scans += 1;
        return before.find((candidate) => candidate.id === id);
      }
      previous ??= byId(before);
      return previous.get(id);
    };
    const seen = new Set<string>();
    const result: unknown[] = [];
    // While every document so far is where it was (the same, changed in place, or new at the end), the order
    // is the committed one and the ones left alone need no lookup: an autosave among 20,000 releases compares
    // 20,000 pointers. Their ids are the committed ones, each at its place, so only a new one can repeat an
    // id: `seen` holds the ids looked at, and those skipped are added only once a document is not in place.
    let inPlace = true;
    let last = -Infinity;
    let lastAt = -1;
    after.forEach((doc: unknown, index) => {
      const was = before[index];
      if (inPlace && doc === was) {
        result.push(doc);
        return;
      }
      const docId = (doc as { id?: unknown } | null)?.id;
      const changedInPlace = was !== undefined && docId === was.id;
      const unchanged = !changedInPlace && typeof docId === 'string' && committed(docId) === doc;
      let value = doc;
      if (!unchanged) {
        const parsed = DOC_SCHEMAS[collection].safeParse(doc);
        if (!parsed.success) throw invalid([collection, index, ...(parsed.error.issues[0]?.path ?? [])].join('.'));
        value = parsed.data;
      }
      const id = (value as { id: string }).id;
      if (inPlace) {
        // The one before was left alone, so it is the committed document at that place.
        if (lastAt !== index - 1) last = seqOf(before[index - 1]?.id) ?? -Infinity;
        inPlace = changedInPlace || (was === undefined && committed(id) === undefined);
        if (!inPlace) for (let at = 0; at < Math.min(index, before.length); at += 1) seen.add((before[at] as { id: string }).id);
      }
      if (seen.has(id)) throw invalid(`${collection}.${index}.id`);
      seen.add(id);
      let seq = seqOf(id);
      if (seq === undefined || seq <= last) {
        const nextId = (after[index + 1] as { id?: string } | undefined)?.id;
        seq = seqBetween(last, seqOf(nextId));
      }
      last = seq;
      lastAt = index;
      // Frozen here, one by one: the list then is, and the commit's freeze skips its 20,000 left alone.
      result.push(deepFreeze(put(collection, id, value, seq, !unchanged)));
    });
    // In place to the end: the documents gone are those past the new end; otherwise those not seen.
    const gone = inPlace ? before.slice(after.length).map((doc) => doc.id) : before.map((doc) => doc.id).filter((id) => !seen.has(id));
    for (const id of gone) deletes.push({ collection, id });
    data[collection] = Object.freeze(result);
  }
  for (const single of SINGLES) {
    const before = state.data[single];
    const after = next[single];
    if (after === before) {
      data[single] = before;
      continue;
    }
    const parsed = SINGLE_SCHEMAS[single].safeParse(after);
    if (!parsed.success) throw invalid([single, ...(parsed.error.issues[0]?.path ?? [])].join('.'));
    data[single] = put(single, single, parsed.data, 0, true);
  }
  return { puts, deletes, data: data as unknown as StoreData };
}

/** A change's keys for the head; '*' when so many that a reader had better load everything. */
function headKeys(change: Change): string[] {
  const keys = [...change.puts, ...change.deletes].map(({ collection, id }) => keyOf(collection, id));
  return keys.length > 500 ? ['*'] : keys;
}

/**
 * Writes `change`. A change of one document is one atomic write; one of several is all or nothing: its
 * journal is written first, and a killed writer's journal is replayed by the next writer (loadArchive).
 */
export async function commitArchive(context: ArchiveContext, state: ArchiveState, change: Change): Promise<ArchiveState> {
  if (change.puts.length === 0 && change.deletes.length === 0) return { ...state, data: deepFreeze(change.data) };
  const journal: Journal = { puts: change.puts, deletes: change.deletes };
  const several = change.puts.length + change.deletes.length > 1 || change.deletes.length > 0;
  if (several) await writeJournal(context.dataDir, journal);
  try {
    await applyJournal(context.dataDir, journal);
  } catch (error) {
    if (several) await rollBack(context, state, journal).catch(() => undefined);
    throw error;
  }
  const head = await readHead(context.dataDir);
  const gen = Math.max(head?.gen ?? 0, state.gen) + 1;
  await writeHead(context.dataDir, { gen, recent: [...(head?.recent ?? []), { gen, keys: headKeys(change) }].slice(-HEAD_RECENT) });
  if (several) await removeJournal(context.dataDir);
  // The change is saved at this point: a backup that cannot be written is reported, not thrown.
  const meta = new Map(state.meta);
  for (const { collection, id } of change.deletes) meta.delete(keyOf(collection, id));
  for (const { collection, id, envelope } of change.puts) meta.set(keyOf(collection, id), { rev: envelope.rev, seq: envelope.seq, updatedAt: envelope.updatedAt });
  try {
    await inBatches(change.puts, 16, (put) => backUpDoc(context.dataDir, put));
    await inBatches(change.deletes, 16, ({ collection, id }) => backUpDeletion(context.dataDir, collection, id, state.meta.get(keyOf(collection, id))?.rev));
    await snapshotIndex(context.dataDir, context.now(), meta);
  } catch {
    context.notify('store.backupFailed', { folder: join(context.dataDir, 'backups') });
  }
  return { data: deepFreeze(change.data), meta, gen, headKey: await headKey(context.dataDir) };
}

/** Puts back what a failed change had written, and drops its journal, so that it is never replayed. */
async function rollBack(context: ArchiveContext, state: ArchiveState, journal: Journal): Promise<void> {
  await rm(join(archiveDir(context.dataDir), 'journal.json'), { force: true });
  const previous = new Map<string, unknown>();
  for (const collection of COLLECTIONS) for (const doc of state.data[collection]) previous.set(keyOf(collection, doc.id), doc);
  for (const single of SINGLES) previous.set(single, state.data[single]);
  const undo: Journal = { puts: [], deletes: [] };
  for (const { collection, id } of [...journal.puts, ...journal.deletes]) {
    const key = keyOf(collection, id);
    const doc = previous.get(key);
    if (doc === undefined || !state.meta.has(key)) undo.deletes.push({ collection, id });
    else undo.puts.push({ collection, id, envelope: envelopeOf(state, collection, id, doc) });
  }
  await applyJournal(context.dataDir, undo);
}

export const EMPTY_STATE: ArchiveState = { data: deepFreeze(emptyStore()), meta: new Map(), gen: 0, headKey: undefined };

/** What `restoreFromBackups` would bring back, in memory only: for a lost archive on a disk that cannot be written. */
export async function stateFromBackups(context: ArchiveContext): Promise<ArchiveState> {
  const { data, meta } = assemble(await newestOfEveryBackup(context.dataDir));
  return { data, meta, gen: 0, headKey: undefined };
}

/** Brings back every document from its newest backup, when the archive folder was lost; says how many. */
export async function restoreFromBackups(context: ArchiveContext): Promise<number> {
  const puts = await newestOfEveryBackup(context.dataDir);
  await applyJournal(context.dataDir, { puts, deletes: [] });
  await writeHead(context.dataDir, { gen: 1, recent: [{ gen: 1, keys: ['*'] }] });
  return puts.length;
}

/**
 * Writes a whole store as documents, into an archive folder emptied beforehand (the split of an older
 * format): no journal, as the stub written after it is what makes the folder one of documents.
 */
export async function writeWholeArchive(context: ArchiveContext, data: StoreData): Promise<void> {
  const change = diffArchive(EMPTY_STATE, data, context.now());
  await applyJournal(context.dataDir, { puts: change.puts, deletes: [] });
  await inBatches(change.puts, 16, (put) => backUpDoc(context.dataDir, put));
  await writeHead(context.dataDir, { gen: 1, recent: [{ gen: 1, keys: ['*'] }] });
}
