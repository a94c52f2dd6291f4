import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, emptyStore } from '../../../main/core/schema';
import { UserError } from '../../../main/core/errors';
import { wordDetail } from '../../../main/core/wording';
import { openStore, type Store } from '../../../main/store';
import { fakeClock, fixture, tempDir } from './helpers';

let dir: Awaited<ReturnType<typeof tempDir>>;
afterEach(async () => dir.remove());

/** A folder whose store went through two saves (so two backups), the second of 2026-11-24 18:02. */
async function folderWithHistory(clock: ReturnType<typeof fakeClock>): Promise<void> {
  const store = await openStore(dir.path, { now: clock.now });
  await store.update((draft) => void (draft.brand.organisation = 'first'));
  clock.advance(60_000);
  await store.update((draft) => void (draft.brand.organisation = 'second'));
  await store.close();
}

async function reopen(clock: ReturnType<typeof fakeClock>): Promise<{ store: Store; notices: string[]; inFrench: (string | null)[] }> {
  const notices: string[] = [];
  const inFrench: (string | null)[] = [];
  const store = await openStore(dir.path, {
    now: clock.now,
    onNotice: (message, detail) => {
      notices.push(message);
      inFrench.push(detail ? wordDetail(detail, 'fr') : null);
    },
  });
  return { store, notices, inFrench };
}

describe.each([
  ['truncated JSON', (text: string) => text.slice(0, text.length / 2)],
  ['an empty file', () => ''],
  ['JSON that breaks the schema', (text: string) => text.replace('"releases": []', '"releases": [{ "id": 7 }]')],
  ['no version', (text: string) => text.replace(`"schemaVersion": ${SCHEMA_VERSION},`, '')],
])('a damaged data file: %s', (_label, damage) => {
  it('is kept aside, and the newest valid backup is restored with a notice', async () => {
    dir = await tempDir();
    const clock = fakeClock('2026-11-24T18:01:00.000Z');
    await folderWithHistory(clock);
    const damaged = damage(await readFile(join(dir.path, 'presskit.json'), 'utf8'));
    await writeFile(join(dir.path, 'presskit.json'), damaged);

    clock.advance(86_400_000);
    const { store, notices, inFrench } = await reopen(clock);
    expect((await store.read()).brand.organisation).toBe('second');
    const aside = 'presskit.corrupt-2026-11-25T18-02-00-000Z.json';
    expect(await readFile(join(dir.path, aside), 'utf8')).toBe(damaged);
    expect(notices).toEqual([
      `The data file was damaged: it was kept as ${aside}, and the backup of 2026-11-24 18:02 UTC was restored.`,
    ]);
    // The app's message box says it in the interface's language.
    expect(inFrench).toEqual([`Le fichier de données était endommagé\u00a0: il a été mis de côté sous ${aside}, et la sauvegarde du 2026-11-24 18:02 UTC a été restaurée.`]);
    // The restored state is an ordinary file again: it reopens without a notice.
    await store.close();
    const again = await reopen(clock);
    expect(again.notices).toEqual([]);
    await again.store.close();
  });
});

describe('recovery', () => {
  it('skips a damaged backup for an older valid one', async () => {
    dir = await tempDir();
    const clock = fakeClock('2026-11-24T18:01:00.000Z');
    await folderWithHistory(clock);
    const backups = (await readdir(join(dir.path, 'backups'))).sort();
    await writeFile(join(dir.path, 'backups', backups.at(-1) ?? ''), '{"schemaVersion": 1, "rel');
    await writeFile(join(dir.path, 'presskit.json'), '{');

    const { store, notices } = await reopen(clock);
    expect((await store.read()).brand.organisation).toBe('first');
    expect(notices[0]).toContain('the backup of 2026-11-24 18:01 UTC was restored');
    await store.close();
  });

  it('starts from an empty store, and says so, when no backup can be read', async () => {
    dir = await tempDir();
    await writeFile(join(dir.path, 'presskit.json'), 'not json at all');
    const clock = fakeClock();
    const { store, notices } = await reopen(clock);
    expect(await store.read()).toEqual(emptyStore());
    expect(await readFile(join(dir.path, 'presskit.corrupt-2026-11-25T09-00-00-000Z.json'), 'utf8')).toBe('not json at all');
    expect(notices).toEqual([
      'The data file was damaged: it was kept as presskit.corrupt-2026-11-25T09-00-00-000Z.json and, as no backup could be read, PressKit Studio started from an empty archive.',
    ]);
    await store.close();
  });

  it('repairs a file damaged while the store is open, on the next read', async () => {
    dir = await tempDir();
    const clock = fakeClock('2026-11-24T18:01:00.000Z');
    await folderWithHistory(clock);
    const { store, notices } = await reopen(clock);
    await writeFile(store.file, '{"schemaVersion": 1}');
    expect((await store.read()).brand.organisation).toBe('second');
    expect(notices).toHaveLength(1);
    await store.close();
  });
});

describe('a missing data file beside backups', () => {
  it('is damage, not a new archive: the newest valid backup is restored, with a notice', async () => {
    dir = await tempDir();
    const clock = fakeClock('2026-11-24T18:01:00.000Z');
    await folderWithHistory(clock);
    await rm(join(dir.path, 'presskit.json'));

    const { store, notices, inFrench } = await reopen(clock);
    expect((await store.read()).brand.organisation).toBe('second');
    expect(notices).toEqual(['The data file was missing; the backup from 2026-11-24 18:02 UTC was restored.']);
    expect(inFrench).toEqual(['Le fichier de données avait disparu\u202f; la sauvegarde du 2026-11-24 18:02 UTC a été restaurée.']);
    expect((await stat(store.file)).isFile()).toBe(true);
    await store.close();
  });

  it('says so when no backup can be read, and starts empty', async () => {
    dir = await tempDir();
    await mkdir(join(dir.path, 'backups'));
    await writeFile(join(dir.path, 'backups', 'presskit.2026-11-24T18-02-00-000Z.json'), '{"schemaVersion": 1, "rel');
    const { store, notices } = await reopen(fakeClock());
    expect(await store.read()).toEqual(emptyStore());
    expect(notices).toEqual(['The data file was missing and no backup could be read; PressKit Studio started from an empty archive.']);
    await store.close();
  });

  it('in a new folder, without backups, starts an empty archive silently', async () => {
    dir = await tempDir();
    const { store, notices } = await reopen(fakeClock());
    expect(await store.read()).toEqual(emptyStore());
    expect(notices).toEqual([]);
    await store.close();
  });
});

describe('a file from a newer version', () => {
  const newer = async (): Promise<string> => (await fixture('presskit-v1.json')).replace('"schemaVersion": 1', `"schemaVersion": ${SCHEMA_VERSION + 1}`);

  it('is refused with a UserError and left untouched', async () => {
    dir = await tempDir();
    const text = await newer();
    await writeFile(join(dir.path, 'presskit.json'), text);
    const opening = openStore(dir.path);
    await expect(opening).rejects.toBeInstanceOf(UserError);
    await expect(opening).rejects.toThrow(`saved by a newer version of PressKit Studio (data format ${SCHEMA_VERSION + 1}`);
    expect(await readFile(join(dir.path, 'presskit.json'), 'utf8')).toBe(text);
    expect((await readdir(dir.path)).sort()).toEqual(['presskit.json']);
  });

  it('written by another process while open, stops the next change', async () => {
    dir = await tempDir();
    const store = await openStore(dir.path);
    const text = await newer();
    await writeFile(store.file, text);
    await expect(store.update((draft) => void (draft.brand.organisation = 'mine'))).rejects.toThrow('newer version');
    await expect(store.read()).rejects.toThrow('newer version');
    expect(await readFile(store.file, 'utf8')).toBe(text);
    await store.close();
  });
});
