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

const brandFile = (): string => join(dir.path, 'archive', 'brand.json');

describe.each([
  ['truncated JSON', (text: string) => text.slice(0, text.length / 2)],
  ['an empty file', () => ''],
  ['JSON that breaks the schema', (text: string) => text.replace('"logo":null', '"logo":7')],
  ['content that no longer matches its revision', (text: string) => text.replace('"second"', '"tampered"')],
])('a damaged document: %s', (_label, damage) => {
  it('is kept aside, and its newest valid revision is restored from the backups with a notice', async () => {
    dir = await tempDir();
    const clock = fakeClock('2026-11-24T18:01:00.000Z');
    await folderWithHistory(clock);
    const damaged = damage(await readFile(brandFile(), 'utf8'));
    await writeFile(brandFile(), damaged);

    clock.advance(86_400_000);
    const { store, notices, inFrench } = await reopen(clock);
    expect((await store.read()).brand.organisation).toBe('second');
    const aside = join('archive', 'damaged', 'brand.2026-11-25T18-02-00-000Z.brand.json');
    expect(await readFile(join(dir.path, aside), 'utf8')).toBe(damaged);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(new RegExp(`^The file of brand was damaged: it was kept as ${aside.replace(/[.]/g, '\\.')}, and its revision 3-[0-9a-f]{64} was restored from the backups\\.$`));
    // The app's message box says it in the interface's language.
    expect(inFrench[0]).toMatch(/^Le fichier de brand était endommagé\u00a0: il a été mis de côté sous /);
    // The restored document is an ordinary file again: it reopens without a notice.
    await store.close();
    const again = await reopen(clock);
    expect(again.notices).toEqual([]);
    await again.store.close();
  });
});

describe('recovery of a document', () => {
  it('reads a document laid out otherwise than the store writes it (indented, its doc not last) as the same document', async () => {
    dir = await tempDir();
    const clock = fakeClock('2026-11-24T18:01:00.000Z');
    await folderWithHistory(clock);
    const { doc, ...rest } = JSON.parse(await readFile(brandFile(), 'utf8')) as { doc: unknown };
    await writeFile(brandFile(), JSON.stringify({ doc, ...rest }, null, 2));
    const { store, notices } = await reopen(clock);
    expect((await store.read()).brand.organisation).toBe('second');
    expect(notices).toEqual([]);
    await store.close();
  });

  it('skips a damaged backup for an older valid one', async () => {
    dir = await tempDir();
    const clock = fakeClock('2026-11-24T18:01:00.000Z');
    await folderWithHistory(clock);
    const backups = join(dir.path, 'backups', 'archive', 'brand');
    const revisions = (await readdir(backups)).sort();
    expect(revisions.map((name) => name.slice(0, 2))).toEqual(['1-', '2-', '3-']);
    await writeFile(join(backups, revisions[2]!), '{"id": "brand", "rev');
    await writeFile(brandFile(), '{');

    const { store, notices } = await reopen(clock);
    expect((await store.read()).brand.organisation).toBe('first');
    expect(notices[0]).toMatch(/its revision 2-[0-9a-f]{64} was restored/);
    await store.close();
  });

  it('keeps the file aside, and says so, when no backup can be read', async () => {
    dir = await tempDir();
    const clock = fakeClock('2026-11-24T18:01:00.000Z');
    await folderWithHistory(clock);
    await rm(join(dir.path, 'backups'), { recursive: true });
    await writeFile(brandFile(), 'not json at all');
    const { store, notices } = await reopen(clock);
    expect((await store.read()).brand).toEqual(emptyStore().brand);
    expect(notices).toEqual([`The file of brand.json was damaged and none of its backups could be read: it was kept as ${join('archive', 'damaged', 'brand.2026-11-24T18-02-00-000Z.brand.json')}.`]);
    await store.close();
  });

  it('finds the label of the archive, presskit.json, missing or damaged beside the documents, and writes it again', async () => {
    dir = await tempDir();
    const clock = fakeClock('2026-11-24T18:01:00.000Z');
    await folderWithHistory(clock);
    const stub = await readFile(join(dir.path, 'presskit.json'), 'utf8');
    for (const damage of [() => rm(join(dir.path, 'presskit.json')), () => writeFile(join(dir.path, 'presskit.json'), '{')]) {
      await damage();
      const { store, notices } = await reopen(clock);
      expect((await store.read()).brand.organisation).toBe('second');
      expect(notices).toEqual([]);
      expect(await readFile(store.file, 'utf8')).toBe(stub);
      await store.close();
    }
  });
});

/** A folder of format 3: its file, and two rotating backups of it, the second of 2026-11-24 18:02. */
async function legacyFolder(): Promise<void> {
  const v3 = JSON.parse(await fixture('presskit-v3.json')) as { brand: { organisation: string } };
  await mkdir(join(dir.path, 'backups'));
  for (const [stamp, organisation] of [['2026-11-24T18-01-00-000Z', 'first'], ['2026-11-24T18-02-00-000Z', 'second']] as const) {
    await writeFile(join(dir.path, 'backups', `presskit.${stamp}.json`), JSON.stringify({ ...v3, brand: { ...v3.brand, organisation } }));
  }
  await writeFile(join(dir.path, 'presskit.json'), JSON.stringify({ ...v3, brand: { ...v3.brand, organisation: 'second' } }));
}

describe.each([
  ['truncated JSON', (text: string) => text.slice(0, text.length / 2)],
  ['an empty file', () => ''],
  ['JSON that breaks the schema', (text: string) => text.replace('"releases":[', '"releases":[{ "id": 7 },')],
  ['no version', (text: string) => text.replace('"schemaVersion":3,', '')],
])('a damaged data file of format 3: %s', (_label, damage) => {
  it('is kept aside, and its newest valid backup is split into documents, with a notice', async () => {
    dir = await tempDir();
    await legacyFolder();
    const damaged = damage(await readFile(join(dir.path, 'presskit.json'), 'utf8'));
    await writeFile(join(dir.path, 'presskit.json'), damaged);

    const clock = fakeClock('2026-11-25T18:02:00.000Z');
    const { store, notices, inFrench } = await reopen(clock);
    expect((await store.read()).brand.organisation).toBe('second');
    const aside = 'presskit.corrupt-2026-11-25T18-02-00-000Z.json';
    expect(await readFile(join(dir.path, aside), 'utf8')).toBe(damaged);
    expect(notices).toEqual([
      `The data file was damaged: it was kept as ${aside}, and the backup of 2026-11-24 18:02 UTC was restored.`,
    ]);
    expect(inFrench).toEqual([`Le fichier de données était endommagé\u00a0: il a été mis de côté sous ${aside}, et la sauvegarde du 2026-11-24 18:02 UTC a été restaurée.`]);
    await store.close();
    const again = await reopen(clock);
    expect(again.notices).toEqual([]);
    await again.store.close();
  });
});

describe('a folder of format 3', () => {
  it('skips a damaged backup for an older valid one', async () => {
    dir = await tempDir();
    await legacyFolder();
    await writeFile(join(dir.path, 'backups', 'presskit.2026-11-24T18-02-00-000Z.json'), '{"schemaVersion": 1, "rel');
    await writeFile(join(dir.path, 'presskit.json'), '{');
    const { store, notices } = await reopen(fakeClock());
    expect((await store.read()).brand.organisation).toBe('first');
    expect(notices[0]).toContain('the backup of 2026-11-24 18:01 UTC was restored');
    await store.close();
  });

  it('starts from an empty store, and says so, when no backup can be read', async () => {
    dir = await tempDir();
    await writeFile(join(dir.path, 'presskit.json'), 'not json at all');
    const { store, notices } = await reopen(fakeClock());
    expect(await store.read()).toEqual(emptyStore());
    expect(await readFile(join(dir.path, 'presskit.corrupt-2026-11-25T09-00-00-000Z.json'), 'utf8')).toBe('not json at all');
    expect(notices).toEqual([
      'The data file was damaged: it was kept as presskit.corrupt-2026-11-25T09-00-00-000Z.json and, as no backup could be read, PressKit Studio started from an empty archive.',
    ]);
    await store.close();
  });

  it('without its data file but with backups, is damage, not a new archive: the newest valid backup is restored, with a notice', async () => {
    dir = await tempDir();
    await legacyFolder();
    await rm(join(dir.path, 'presskit.json'));
    const { store, notices, inFrench } = await reopen(fakeClock());
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
