/**
 * Reading needs no write: a data folder on a read-only disk, or on a full one, still opens and reads.
 * Real mounts (tmpfs) rather than chmod, which does not stop root, as the tests run.
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../main/core/errors';
import { openStore } from '../../../main/store';
import { SNAPSHOT_AFTER } from '../../../main/store/snapshot';
import { contact, tempDir } from './helpers';

const run = promisify(execFile);

let dir: Awaited<ReturnType<typeof tempDir>>;
let folder: string;

async function canMount(): Promise<boolean> {
  const probe = await tempDir();
  try {
    await run('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe.path]);
    await run('umount', [probe.path]);
    return true;
  } catch {
    return false;
  } finally {
    await probe.remove();
  }
}
const mounting = await canMount();

beforeEach(async () => {
  dir = await tempDir();
  folder = join(dir.path, 'data');
  await mkdir(folder);
});
afterEach(async () => {
  await run('umount', [folder]).catch(() => undefined);
  await dir.remove();
});

/** A data folder on its own small disk, holding one saved contact and its backups. */
async function savedFolder(sizeKb: number): Promise<void> {
  await run('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', folder]);
  const store = await openStore(folder);
  await store.update((draft) => void draft.contacts.push(contact('durand')));
  await store.close();
}

const remountReadOnly = () => run('mount', ['-o', 'remount,ro', folder]);

async function refusal(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe.runIf(mounting)('a data folder that cannot be written', () => {
  it('on a read-only disk, opens and reads; only a change is refused, in a sentence', async () => {
    await savedFolder(1024);
    const before = (await readdir(folder)).sort();
    await remountReadOnly();

    const store = await openStore(folder);
    expect((await store.read()).contacts.map((c) => c.id)).toEqual(['durand']);
    const refused = await refusal(store.update((draft) => void draft.contacts.push(contact('martin'))));
    expect(refused.detail).toEqual({ code: 'disk.readOnly', params: { folder } });
    await store.close();
    expect((await readdir(folder)).sort()).toEqual(before);
  });

  it('on a read-only disk, reads an archive large enough for a snapshot, and writes none', async () => {
    await run('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', folder]);
    const writer = await openStore(folder);
    const ids = Array.from({ length: SNAPSHOT_AFTER + 10 }, (_, at) => `c${at}`);
    await writer.update((draft) => void draft.contacts.push(...ids.map(contact)));
    await writer.close();
    const before = (await readdir(join(folder, 'archive'))).sort();
    await remountReadOnly();

    for (let open = 0; open < 2; open += 1) {
      const store = await openStore(folder);
      expect((await store.read()).contacts.map((c) => c.id)).toEqual(ids);
      await store.close();
    }
    expect((await readdir(join(folder, 'archive'))).sort()).toEqual(before);
  });

  it('on a read-only disk, reads a missing or damaged file from its newest backup, as a repair would', async () => {
    await savedFolder(1024);
    await rm(join(folder, 'presskit.json'));
    await remountReadOnly();
    const missing = await openStore(folder);
    expect((await missing.read()).contacts.map((c) => c.id)).toEqual(['durand']);
    await missing.close();

    await run('mount', ['-o', 'remount,rw', folder]);
    await writeFile(join(folder, 'presskit.json'), '{"schemaVersion": 1, "rel');
    await remountReadOnly();
    const damaged = await openStore(folder);
    expect((await damaged.read()).contacts.map((c) => c.id)).toEqual(['durand']);
    await damaged.close();
  });

  it('on a read-only disk, reads a lost archive folder from its backups, as the repair would bring it back', async () => {
    await savedFolder(1024);
    await rm(join(folder, 'archive'), { recursive: true });
    await remountReadOnly();
    const store = await openStore(folder);
    expect((await store.read()).contacts.map((c) => c.id)).toEqual(['durand']);
    await store.close();
  });

  it('on a full disk, opens and reads, and a refused change leaves no lock behind', async () => {
    await savedFolder(256);
    // Fill the disk: the write stops, refused, once no block is left.
    await writeFile(join(folder, 'filler'), Buffer.alloc(1024 * 1024)).catch(() => undefined);
    const before = (await readdir(folder)).sort();

    const store = await openStore(folder);
    expect((await store.read()).contacts.map((c) => c.id)).toEqual(['durand']);
    const refused = await refusal(store.update((draft) => void draft.contacts.push(contact('martin'))));
    expect(refused.detail?.code).toBe('disk.full');
    await store.close();
    expect((await readdir(folder)).sort()).toEqual(before);
  });
});
