/**
 * archive/snapshot.json: the documents as a full load last read them, each beside the stamp of the file
 * it came from, so that the next open reads one file instead of thousands. Derived data: an entry is used
 * only while its document file still has that stamp (whoever changed the file since, a commit of another
 * process or a hand behind the head's back, it is read again), and a snapshot that is missing, damaged or
 * of another format is no snapshot. It is written without the lock, by whichever process paid for a load.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { writeFileAtomic } from './atomic-write';
import { archiveDir, type Stamp } from './doc-files';
import type { Envelope } from './documents';

export interface Cached {
  readonly stamp: Stamp;
  readonly envelope: Envelope;
}

/** By the file's path under archive/: `releases/<file>.json`, or `brand.json`. */
export type Snapshot = ReadonlyMap<string, Cached>;

const FORMAT = 1;
/** A load that had to read this many files writes a snapshot: below that, reading them costs less than its upkeep. */
export const SNAPSHOT_AFTER = 256;
/** Entries serialised between two turns of the event loop: the app's main process keeps answering. */
const SLICE = 1024;

export const snapshotPath = (dataDir: string): string => join(archiveDir(dataDir), 'snapshot.json');

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The snapshot of the folder, empty when there is none that reads: its first line is a header naming the
 * format and the sha256 of the rest, so that a truncated or damaged file is never half believed.
 */
export async function readSnapshot(dataDir: string): Promise<Snapshot> {
  try {
    const bytes = await readFile(snapshotPath(dataDir));
    const newline = bytes.indexOf(10);
    if (newline < 0) return new Map();
    const header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as { format?: unknown; sha256?: unknown };
    const body = bytes.subarray(newline + 1);
    if (header.format !== FORMAT || header.sha256 !== sha256(body)) return new Map();
    const entries = JSON.parse(body.toString('utf8')) as Array<[string, Stamp, Envelope]>;
    return new Map(entries.map(([name, stamp, envelope]) => [name, { stamp, envelope }]));
  } catch {
    return new Map();
  }
}

/** Writes `snapshot` durably (atomic-write), serialised a slice at a time. */
export async function writeSnapshot(dataDir: string, snapshot: Snapshot): Promise<void> {
  const chunks: Buffer[] = [];
  const hash = createHash('sha256');
  const add = (text: string): void => {
    const chunk = Buffer.from(text, 'utf8');
    hash.update(chunk);
    chunks.push(chunk);
  };
  let slice: string[] = [];
  const flush = (): void => {
    if (slice.length > 0) add(`${chunks.length > 1 ? ',' : ''}${slice.join(',')}`);
    slice = [];
  };
  add('[');
  for (const [name, { stamp, envelope }] of snapshot) {
    slice.push(JSON.stringify([name, stamp, envelope]));
    if (slice.length === SLICE) {
      flush();
      await nextTurn();
    }
  }
  flush();
  add(']');
  const header = Buffer.from(`${JSON.stringify({ format: FORMAT, sha256: hash.digest('hex') })}\n`, 'utf8');
  await writeFileAtomic(snapshotPath(dataDir), Buffer.concat([header, ...chunks]));
}
