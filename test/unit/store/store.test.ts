import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { emptyStore } from '../../../main/core/schema';
import { UserError } from '../../../main/core/errors';
import { openStore } from '../../../main/store';
import { bundleChild, contact, finished, fixture, folderSnapshot, storedDocs, tempDir } from './helpers';

let dir: Awaited<ReturnType<typeof tempDir>>;
afterEach(async () => dir.remove());

describe('openStore', () => {
  it('creates the folder and an empty store', async () => {
    dir = await tempDir();
    const store = await openStore(join(dir.path, 'new', 'folder'));
    expect(await store.read()).toEqual(emptyStore());
    // presskit.json only says where the archive is, with a format number older apps refuse.
    expect(JSON.parse(await readFile(store.file, 'utf8'))).toMatchObject({ schemaVersion: 4, layout: 'archive/' });
    await store.close();
  });

  it('round-trips a change through the file', async () => {
    dir = await tempDir();
    const store = await openStore(dir.path);
    const result = await store.update((draft) => {
      draft.contacts.push(contact('durand'));
      draft.brand.organisation = 'Agence spatiale';
      return draft.contacts.length;
    });
    expect(result).toBe(1);
    await store.close();

    const reopened = await openStore(dir.path);
    const data = await reopened.read();
    expect(data.contacts).toEqual([contact('durand')]);
    expect(data.brand.organisation).toBe('Agence spatiale');
    await reopened.close();
  });

  it('opens a current archive without rewriting any of its files', async () => {
    dir = await tempDir();
    await writeFile(join(dir.path, 'presskit.json'), await fixture('presskit-v3.json'));
    await openStore(dir.path).then((store) => store.close());
    const before = await folderSnapshot(dir.path);
    const store = await openStore(dir.path);
    expect((await store.read()).contacts[0]?.name).toBe('Camille Durand');
    expect(await folderSnapshot(dir.path)).toEqual(before);
    await store.close();
  });

  it('keeps each document in its own file, with a revision that counts its changes and names its content', async () => {
    dir = await tempDir();
    const store = await openStore(dir.path);
    await store.update((draft) => void draft.contacts.push(contact('a'), contact('b')));
    const first = await storedDocs(dir.path, 'contacts');
    expect(Object.keys(first).sort()).toEqual(['a', 'b']);
    expect(first.a?.rev).toMatch(/^1-[0-9a-f]{64}$/);
    await store.update((draft) => void (draft.contacts[1]!.notes = 'changed'));
    const second = await storedDocs(dir.path, 'contacts');
    expect(second.a).toEqual(first.a);
    expect(second.b?.rev).toMatch(/^2-[0-9a-f]{64}$/);
    expect(second.b?.doc).toEqual({ ...contact('b'), notes: 'changed' });
    expect(await store.revision('contacts', 'b')).toBe(second.b?.rev);
    await store.close();
  });

  it('removes the temp files a killed writer left behind, at its first change (reading needs no write)', async () => {
    dir = await tempDir();
    await openStore(dir.path).then((store) => store.close());
    await writeFile(join(dir.path, '.presskit.json.4242-0a1b2c.tmp'), '{"schemaVersion": 1, "rel');
    await writeFile(join(dir.path, 'backups', '.presskit.2026-11-25T09-00-00-000Z.json.4242-0a1b2c.tmp'), '{');
    const store = await openStore(dir.path);
    await store.read();
    expect(await readdir(dir.path)).toContain('.presskit.json.4242-0a1b2c.tmp');
    await store.update((draft) => void draft.contacts.push(contact('a')));
    expect((await readdir(dir.path)).sort()).toEqual(['archive', 'backups', 'presskit.json']);
    expect((await readdir(join(dir.path, 'backups'))).some((name) => name.endsWith('.tmp'))).toBe(false);
    await store.close();
  });

  it('removes, at its first change, the image staging a killed import left, and keeps a live one', async () => {
    dir = await tempDir();
    // Above the largest pid Linux hands out: that process is surely gone.
    const gone = join(dir.path, '.staging-4194305-0a1b2c');
    const live = join(dir.path, `.staging-${process.pid}-0a1b2c`);
    await mkdir(gone);
    await writeFile(join(gone, `${'a'.repeat(64)}.png`), 'half an import');
    await mkdir(live);
    const store = await openStore(dir.path);
    await store.update((draft) => void draft.contacts.push(contact('a')));
    expect((await readdir(dir.path)).sort()).toEqual([live.slice(dir.path.length + 1), 'archive', 'backups', 'presskit.json'].sort());
    await store.close();
  });

  it('refuses, in a sentence, a data folder that is a file', async () => {
    dir = await tempDir();
    await writeFile(join(dir.path, 'plain-file'), '');
    const opening = openStore(join(dir.path, 'plain-file'));
    await expect(opening).rejects.toBeInstanceOf(UserError);
    await expect(opening).rejects.toThrow(/^\S*plain-file is not a folder; choose another data folder\.$/);
  });

  it('shares one frozen state among readers: changing what read() returned fails, and changes nothing stored', async () => {
    dir = await tempDir();
    const store = await openStore(dir.path);
    await store.update((draft) => void draft.contacts.push(contact('a')));
    const data = await store.read();
    expect(await store.read()).toBe(data);
    expect(() => data.contacts.push(contact('ghost'))).toThrow(TypeError);
    expect(() => (data.contacts[0]!.name = 'ghost')).toThrow(TypeError);
    expect((await store.read()).contacts.map((c) => c.name)).toEqual([contact('a').name]);
    // An update works on its own copy: the state readers hold stays as it was.
    await store.update((draft) => void (draft.contacts[0]!.name = 'renamed'));
    expect(data.contacts[0]!.name).toBe(contact('a').name);
    expect((await store.read()).contacts[0]!.name).toBe('renamed');
    await store.close();
  });

  it('sees what another opener wrote', async () => {
    dir = await tempDir();
    const first = await openStore(dir.path);
    const second = await openStore(dir.path);
    expect((await first.read()).contacts).toHaveLength(0);
    await second.update((draft) => void draft.contacts.push(contact('a')));
    expect((await first.read()).contacts.map((c) => c.id)).toEqual(['a']);
    // The next update starts from the file, not from first's older copy.
    await first.update((draft) => void draft.contacts.push(contact('b')));
    expect((await second.read()).contacts.map((c) => c.id)).toEqual(['a', 'b']);
    await Promise.all([first.close(), second.close()]);
  });
});

describe('a change that fails', () => {
  it('writes nothing when the mutation throws', async () => {
    dir = await tempDir();
    const store = await openStore(dir.path);
    await store.update((draft) => void draft.contacts.push(contact('a')));
    const before = await folderSnapshot(dir.path);
    await expect(
      store.update((draft) => {
        draft.contacts.length = 0;
        throw new Error('handler failed');
      }),
    ).rejects.toThrow('handler failed');
    expect(await folderSnapshot(dir.path)).toEqual(before);
    expect((await store.read()).contacts).toHaveLength(1);
    await store.close();
  });

  it('writes nothing when the result is invalid, and says why', async () => {
    dir = await tempDir();
    const store = await openStore(dir.path);
    const before = await folderSnapshot(dir.path);
    const failure = store.update((draft) => {
      draft.contacts.push({ ...contact('a'), email: 'not an address' });
    });
    await expect(failure).rejects.toBeInstanceOf(UserError);
    await expect(failure).rejects.toThrow(/not saved.*contacts\.0\.email/);
    expect(await folderSnapshot(dir.path)).toEqual(before);
    await store.close();
  });

  it('saves the change and gives a notice when only the backup cannot be written', async () => {
    dir = await tempDir();
    const notices: string[] = [];
    const store = await openStore(dir.path, { onNotice: (message) => notices.push(message) });
    await rm(join(dir.path, 'backups'), { recursive: true });
    await writeFile(join(dir.path, 'backups'), 'in the way');
    await store.update((draft) => void draft.contacts.push(contact('a')));
    expect(Object.keys(await storedDocs(dir.path, 'contacts'))).toEqual(['a']);
    expect(notices).toEqual([`The change was saved, but its backup copy could not be written in ${join(dir.path, 'backups')}.`]);
    await store.close();
  });

  describe('when the disk refuses the write', () => {
    let tools: Awaited<ReturnType<typeof tempDir>>;
    let script: string;
    beforeAll(async () => {
      tools = await tempDir();
      script = await bundleChild(tools.path);
    });
    afterAll(async () => tools.remove());

    it('keeps the previous file byte for byte and reports a full disk', async () => {
      dir = await tempDir();
      const store = await openStore(dir.path);
      await store.update((draft) => void draft.contacts.push(contact('a')));
      await store.close();
      const before = await folderSnapshot(dir.path);

      // A file-size limit of 64 KiB (ulimit -f counts 512-byte blocks in sh) makes the temp write fail
      // with EFBIG, as a full disk would, in a real process writing a real file.
      const child = spawn('sh', ['-c', 'ulimit -f 128 && exec "$0" "$@"', process.execPath, script, 'grow', dir.path], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const result = await finished(child);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/^UserError: The disk holding .* refused a file that large/);

      expect(await folderSnapshot(dir.path)).toEqual(before);
    });
  });
});
