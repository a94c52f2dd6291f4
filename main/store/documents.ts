/**
 * Data format 4: the archive as one file per document. This module knows the layout and the envelope of
 * a document (its revision, `updatedAt` and place in its collection); it reads and writes nothing.
 *
 *   archive/<collection>/<id>.json   releases, contacts, kits, media, history: one document each
 *   archive/brand.json, settings.json, dictionary.json
 *   archive/index/<collection>/<shard>.json   derived: each document's rev and place (and a release's summary)
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { Brand, Contact, HistoryEntry, Kit, Media, Release, Settings, type StoreData } from '../core/schema';

export const ARCHIVE_DIR = 'archive';

export const COLLECTIONS = ['releases', 'contacts', 'kits', 'media', 'history'] as const;
export type Collection = (typeof COLLECTIONS)[number];
export const SINGLES = ['brand', 'settings', 'dictionary'] as const;
export type Single = (typeof SINGLES)[number];
/** A document's address: `releases/<id>`, or a single's name. */
export type DocKey = string;

export const Dictionary = z.array(z.string().min(1).max(100));

export const DOC_SCHEMAS: { readonly [C in Collection]: z.ZodType<StoreData[C][number]> } = {
  releases: Release,
  contacts: Contact,
  kits: Kit,
  media: Media,
  history: HistoryEntry,
};
export const SINGLE_SCHEMAS: { readonly [S in Single]: z.ZodType<StoreData[S]> } = { brand: Brand, settings: Settings, dictionary: Dictionary };

/** `<counter>-<sha256 of the content>`, the shape of CouchDB's `_rev`. */
export const Rev = z.string().regex(/^[1-9]\d*-[0-9a-f]{64}$/);

export const Envelope = z.object({
  id: z.string().min(1),
  rev: Rev,
  updatedAt: z.string(),
  /** Its place in its collection (the order the arrays of StoreData have). */
  seq: z.number(),
  doc: z.unknown(),
});
export type Envelope = z.infer<typeof Envelope>;

export function encodeDoc(doc: unknown): string {
  return JSON.stringify(doc);
}

export function contentHash(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

export function revCounter(rev: string | undefined): number {
  return rev ? Number.parseInt(rev, 10) : 0;
}

/** The revision after `previous` for content `text`. */
export function nextRev(previous: string | undefined, text: string): string {
  return `${revCounter(previous) + 1}-${contentHash(text)}`;
}

/** True when the envelope's rev matches its content (a document damaged in place does not). */
export function revMatches(envelope: Envelope): boolean {
  return envelope.rev.endsWith(`-${contentHash(encodeDoc(envelope.doc))}`);
}

export function encodeEnvelope(envelope: Envelope): string {
  return `${JSON.stringify(envelope)}\n`;
}

/** File names are the id where it is safe on every file system (lower case, no separator), else its hex. */
export function fileNameOf(id: string): string {
  return /^[a-z0-9_-]{1,64}$/.test(id) ? `${id}.json` : `~${Buffer.from(id, 'utf8').toString('hex')}.json`;
}

export function docPath(dataDir: string, collection: Collection, id: string): string {
  return join(dataDir, ARCHIVE_DIR, collection, fileNameOf(id));
}

export function singlePath(dataDir: string, single: Single): string {
  return join(dataDir, ARCHIVE_DIR, `${single}.json`);
}

export const SHARDS = 256;

/** Which index shard holds the id: a hash spreads the ids, so that a write rewrites 1/256 of the index. */
export function shardOf(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 2);
}

export function keyOf(collection: Collection, id: string): DocKey {
  return `${collection}/${id}`;
}
