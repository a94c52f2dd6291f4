/**
 * archive/snapshot.json is derived data: the open reads it instead of every document file, and whatever
 * becomes of it (deleted, truncated, damaged, stale, overtaken by another process or by a file changed
 * behind the head's back) the documents read are those on disk.
 */
import { readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoreData } from '../../../main/core/schema';
import { openStore } from '../../../main/store';
import { loadArchive } from '../../../main/store/doc-archive';
import { encodeDoc, encodeEnvelope, nextRev, type Envelope } from '../../../main/store/documents';
import { readSnapshot, SNAPSHOT_AFTER, snapshotPath } from '../../../main/store/snapshot';
import { contact, tempDir } from './helpers';

let dir: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => dir.remove());

const MANY = SNAPSHOT_AFTER + 20;
const contactFile = (id: string): string => join(dir.path, 'archive', 'contacts', `${id}.json`);

/** A folder of MANY contacts, saved in one change, then opened once: that full load writes the snapshot. */
async function snapshotted(): Promise<StoreData> {
  const writer = await openStore(dir.path);
  await writer.update((draft) => void draft.contacts.push(...Array.from({ length: MANY }, (_, at) => contact(`c${at}`))));
  await writer.close();
  const reader = await openStore(dir.path);
  const data = await reader.read();
  await reader.close();
  await stat(snapshotPath(dir.path));
  return data;
}

/** What a new process reads, and how many document files its load read rather than took from the snapshot. */
async function coldRead(): Promise<{ data: StoreData; fresh: number }> {
  const context = { dataDir: dir.path, now: () => new Date(), notify: () => undefined };
  const { state, fresh } = await loadArchive(context, false, await readSnapshot(dir.path));
  const store = await openStore(dir.path);
  const data = await store.read();
  await store.close();
  expect(state.data).toEqual(data);
  return { data, fresh };
}

/** The file of contact `id` as a writer of another process would have saved its `name`, head or no head. */
async function rewriteBehindTheHead(id: string, name: string): Promise<void> {
  const envelope = JSON.parse(await readFile(contactFile(id), 'utf8')) as Envelope;
  const doc = { ...(envelope.doc as object), name };
  await writeFile(contactFile(id), encodeEnvelope({ ...envelope, rev: nextRev(envelope.rev, encodeDoc(doc)), doc }));
}

describe('the snapshot of the archive', () => {
  it('is what a new process opens from: no document file is read again', async () => {
    const data = await snapshotted();
    const cold = await coldRead();
    expect(cold.fresh).toBe(0);
    expect(cold.data).toEqual(data);
  });

  it('is not written for a small archive, whose files cost less to read than its upkeep', async () => {
    const store = await openStore(dir.path);
    await store.update((draft) => void draft.contacts.push(contact('one')));
    await store.close();
    await (await openStore(dir.path)).close();
    await expect(stat(snapshotPath(dir.path))).rejects.toThrow(/ENOENT/);
  });

  it.each([
    ['deleted', () => rm(snapshotPath(dir.path))],
    ['truncated', async () => truncate(snapshotPath(dir.path), Math.floor((await stat(snapshotPath(dir.path))).size / 2))],
    [
      'damaged in place',
      async () => {
        const bytes = await readFile(snapshotPath(dir.path));
        const at = bytes.indexOf('Contact c7');
        bytes.write('Contact X7', at);
        await writeFile(snapshotPath(dir.path), bytes);
      },
    ],
    ['of another format', async () => writeFile(snapshotPath(dir.path), (await readFile(snapshotPath(dir.path), 'utf8')).replace('"format":1', '"format":99'))],
  ])('%s, is no snapshot: every file is read, and written into a new one', async (_label, spoil) => {
    const data = await snapshotted();
    await spoil();
    const cold = await coldRead();
    expect(cold.fresh).toBeGreaterThanOrEqual(MANY);
    expect(cold.data).toEqual(data);
    // The open that paid for it left a good one behind.
    expect((await coldRead()).fresh).toBe(0);
  });

  it('overtaken by the commits of another process, more than the head recalls, gives them: only their files are read', async () => {
    await snapshotted();
    const other = await openStore(dir.path);
    for (let at = 0; at < 70; at += 1) await other.update((draft) => void (draft.contacts[at % 3]!.notes = `note ${at}`));
    await other.update((draft) => void draft.contacts.splice(5, 1));
    const expected = await other.read();
    await other.close();
    const cold = await coldRead();
    expect(cold.data).toEqual(expected);
    expect(cold.fresh).toBe(3);
    expect(cold.data.contacts.map((entry) => entry.notes).slice(0, 3)).toEqual(['note 69', 'note 67', 'note 68']);
  });

  it('gives way to a document file changed behind the head: that file is read, as it is', async () => {
    await snapshotted();
    await rewriteBehindTheHead('c9', 'Changed by hand');
    const cold = await coldRead();
    expect(cold.fresh).toBe(1);
    expect(cold.data.contacts.find((entry) => entry.id === 'c9')?.name).toBe('Changed by hand');
  });

  it('never hides a document damaged since: it is recovered from its backups, with a notice', async () => {
    await snapshotted();
    await writeFile(contactFile('c3'), '{"id":"c3"');
    const notices: string[] = [];
    const store = await openStore(dir.path, { onNotice: (message) => notices.push(message) });
    expect((await store.read()).contacts.find((entry) => entry.id === 'c3')?.name).toBe('Contact c3');
    await store.close();
    expect(notices).toEqual([expect.stringMatching(/^The file of Contact c3 was damaged: it was kept as /)]);
  });
});
