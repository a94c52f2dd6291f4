import { mkdir, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../main/core/errors';
import { openStore } from '../../../main/store';
import { acquireLock, breakStaleLock, look, type LockOwner } from '../../../main/store/lock';
import { bundleChild, contact, lockHolder, runChild, tempDir } from './helpers';

let tools: Awaited<ReturnType<typeof tempDir>>;
let script: string;
let dir: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  tools = await tempDir();
  script = await bundleChild(tools.path);
});
afterAll(async () => tools.remove());
afterEach(async () => dir.remove());

const lockFileOf = (dataDir: string): string => join(dataDir, 'presskit.json.lock');

describe('the folder lock', () => {
  it('lets concurrent writers in several processes lose no update', async () => {
    dir = await tempDir();
    const store = await openStore(dir.path);
    const writers = ['a', 'b', 'c'];
    const perWriter = 15;
    const results = await Promise.all(writers.map((name) => runChild(script, ['increment', dir.path, name, String(perWriter)])));
    for (const result of results) expect(result).toMatchObject({ code: 0, stderr: '' });

    const ids = (await store.read()).contacts.map((contact) => contact.id);
    expect(ids).toHaveLength(writers.length * perWriter);
    for (const name of writers) {
      // Each writer's own updates stay in order, whatever the interleaving.
      const mine = ids.filter((id) => id.startsWith(`${name}-`));
      expect(mine).toEqual(Array.from({ length: perWriter }, (_, index) => `${name}-${index}`));
    }
    expect((await readdir(dir.path)).sort()).toEqual(['archive', 'backups', 'presskit.json']);
    await store.close();
  });

  it('refuses, in a sentence, the second of two processes saving a document read at the same revision, and loses nothing', async () => {
    dir = await tempDir();
    const store = await openStore(dir.path);
    await store.update((draft) => void draft.contacts.push({ ...contact('a'), name: 'Camille' }));
    const rev = (await store.revision('contacts', 'a')) ?? '';
    const first = await runChild(script, ['rename', dir.path, 'a', rev, 'Camille Durand']);
    expect(first.stdout).toBe('saved\n');
    const second = await runChild(script, ['rename', dir.path, 'a', rev, 'Camille D.']);
    expect(second.stdout).toBe(
      'UserError: Camille Durand was changed elsewhere (another window or the presskit command) since it was opened here: this change was not saved, so as not to overwrite that one. Open it again to see the other change.\n',
    );
    expect((await store.read()).contacts[0]?.name).toBe('Camille Durand');
    // Made from the revision now stored, the same change is saved.
    const fresh = (await store.revision('contacts', 'a')) ?? '';
    expect(fresh).toMatch(/^2-/);
    expect((await runChild(script, ['rename', dir.path, 'a', fresh, 'Camille D.'])).stdout).toBe('saved\n');
    expect((await store.read()).contacts[0]?.name).toBe('Camille D.');
    await store.close();
  });

  it('makes a writer wait for, and never steal from, a live holder', async () => {
    dir = await tempDir();
    const store = await openStore(dir.path);
    const holder = await lockHolder(script, dir.path);
    try {
      await expect(acquireLock(lockFileOf(dir.path), { timeoutMs: 0 })).rejects.toThrow(UserError);
      await expect(acquireLock(lockFileOf(dir.path), { timeoutMs: 0 })).rejects.toThrow('The data folder is busy');
      const owner = JSON.parse(await readFile(lockFileOf(dir.path), 'utf8')) as LockOwner;
      expect(owner).toMatchObject({ pid: holder.child.pid, hostname: hostname() });

      // An update waits behind the holder, and goes through once the holder is gone.
      const before = await readFile(store.file);
      let done = false;
      const update = store.update((draft) => void (draft.brand.organisation = 'after the holder')).then(() => (done = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(done).toBe(false);
      expect(await readFile(store.file)).toEqual(before);
      holder.child.kill('SIGTERM');
      await update;
      expect((await store.read()).brand.organisation).toBe('after the holder');
    } finally {
      holder.child.kill('SIGKILL');
      await holder.exited;
    }
    await store.close();
  });

  it('takes over at once the lock of a process killed with kill -9', async () => {
    dir = await tempDir();
    const holder = await lockHolder(script, dir.path);
    holder.child.kill('SIGKILL');
    expect((await holder.exited).signal).toBe('SIGKILL');
    const stale = JSON.parse(await readFile(lockFileOf(dir.path), 'utf8')) as LockOwner;
    expect(stale.pid).toBe(holder.child.pid);

    // A single attempt, no waiting: the dead owner's lock is taken over on sight.
    const lock = await acquireLock(lockFileOf(dir.path), { timeoutMs: 0 });
    expect(lock.tookOverFrom).toEqual(stale);
    const owner = JSON.parse(await readFile(lockFileOf(dir.path), 'utf8')) as LockOwner;
    expect(owner.pid).toBe(process.pid);
    await lock.release();
    expect(await readdir(dir.path)).toEqual([]);

    const store = await openStore(dir.path);
    await store.update((draft) => void (draft.brand.organisation = 'saved'));
    await store.close();
  });

  it('trusts a lock from another host, and a half-written one, for a while', async () => {
    dir = await tempDir();
    const elsewhere: LockOwner = { pid: 1, hostname: `not-${hostname()}`, boot: 0, token: 'x', at: new Date().toISOString() };
    await writeFile(lockFileOf(dir.path), JSON.stringify(elsewhere));
    await expect(acquireLock(lockFileOf(dir.path), { timeoutMs: 0 })).rejects.toThrow('busy');
    await writeFile(lockFileOf(dir.path), '');
    await expect(acquireLock(lockFileOf(dir.path), { timeoutMs: 0 })).rejects.toThrow('busy');
  });

  it('takes over a lock dated in the future, which says nothing about its age', async () => {
    dir = await tempDir();
    const elsewhere: LockOwner = { pid: 1, hostname: `not-${hostname()}`, boot: 0, token: 'x', at: new Date().toISOString() };
    await writeFile(lockFileOf(dir.path), JSON.stringify(elsewhere));
    const tomorrow = new Date(Date.now() + 86_400_000);
    await utimes(lockFileOf(dir.path), tomorrow, tomorrow);
    const lock = await acquireLock(lockFileOf(dir.path), { timeoutMs: 0 });
    expect(lock.tookOverFrom).toEqual(elsewhere);
    await lock.release();
  });

  it('refuses, in a sentence, a lock path that is a folder', async () => {
    dir = await tempDir();
    await mkdir(lockFileOf(dir.path));
    const refused = await acquireLock(lockFileOf(dir.path), { timeoutMs: 0 }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).message).toBe(`${lockFileOf(dir.path)} stands where the data folder's lock file goes but is not a file; remove it and try again.`);
    expect((refused as UserError).detail).toEqual({ code: 'store.lockNotFile', params: { file: lockFileOf(dir.path) } });
  });

  it('never moves a lock taken since it was judged stale, not even for an instant', async () => {
    // An owner that released its lock and exited looks dead: a process that read the lock just before may
    // judge it stale when the file is already another holder's. Moving it aside to check, even to put it
    // back at once, let a third process take the lock beside that holder: an import was lost under load.
    dir = await tempDir();
    const file = lockFileOf(dir.path);
    const gone: LockOwner = { pid: 2 ** 22 + 1, hostname: hostname(), boot: 0, token: 'gone', at: new Date().toISOString() };
    await writeFile(file, JSON.stringify(gone));
    const seen = await look(file);
    await rm(file);
    const holder = await acquireLock(file, { timeoutMs: 0 });
    const before = await stat(file, { bigint: true });
    expect(await breakStaleLock(file, seen!)).toBe(false);
    const after = await stat(file, { bigint: true });
    // rename() and link() both touch the inode's ctime: unchanged, the lock was never moved.
    expect({ ino: after.ino, ctime: after.ctimeNs }).toEqual({ ino: before.ino, ctime: before.ctimeNs });
    await holder.release();
    expect(await readdir(dir.path)).toEqual([]);
  });

  it('releases only its own lock', async () => {
    dir = await tempDir();
    const lock = await acquireLock(lockFileOf(dir.path));
    const someoneElse: LockOwner = { pid: process.pid, hostname: hostname(), boot: 0, token: 'theirs', at: '' };
    await writeFile(lockFileOf(dir.path), JSON.stringify(someoneElse));
    await lock.release();
    expect(JSON.parse(await readFile(lockFileOf(dir.path), 'utf8'))).toEqual(someoneElse);
  });
});
