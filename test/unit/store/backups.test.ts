import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyStore, type StoreData } from '../../../main/core/schema';
import { openStore, type Store } from '../../../main/store';
import { backupName, backupsToKeep, KEEP_DAYS, KEEP_LAST } from '../../../main/store/backups';
import { encodeStore } from '../../../main/store/decode';
import { contact, fakeClock, tempDir } from './helpers';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let dir: Awaited<ReturnType<typeof tempDir>> | undefined;
afterEach(async () => dir?.remove());

describe('which backups are kept', () => {
  it('keeps the last writes and the newest of each of the last days', () => {
    const now = new Date('2026-11-25T12:00:00.000Z');
    // Four saves a day, six hours apart, for 40 days up to now.
    const names = Array.from({ length: 160 }, (_, index) => backupName(new Date(now.getTime() - index * 6 * HOUR)));
    const kept = backupsToKeep(names, now, names[0] ?? '');

    const lastWrites = names.slice(0, KEEP_LAST);
    const dailies = Array.from({ length: KEEP_DAYS }, (_, day) => {
      const date = new Date(now.getTime() - day * DAY).toISOString().slice(0, 10);
      return names.find((name) => name.includes(date));
    });
    expect([...kept].sort()).toEqual([...new Set([...lastWrites, ...dailies])].sort());
    // 10 last writes cover today and two earlier days (3 dailies among them), so 10 + 27.
    expect(kept.size).toBe(KEEP_LAST + KEEP_DAYS - 3);
  });

  it('always keeps the backup just written, even when the clock went back', () => {
    const now = new Date('2026-11-25T12:00:00.000Z');
    const future = Array.from({ length: 12 }, (_, index) => backupName(new Date(now.getTime() + (index + 1) * HOUR)));
    const justWritten = backupName(now);
    expect(backupsToKeep([...future, justWritten], now, justWritten).has(justWritten)).toBe(true);
  });

  it('ignores files that are not rotating backups', () => {
    const now = new Date('2026-11-25T12:00:00.000Z');
    expect([...backupsToKeep(['presskit.v0.2020-01-01T00-00-00-000Z.json', 'notes.txt'], now, backupName(now))]).toEqual([
      backupName(now),
    ]);
  });
});

/** The most contacts any backup in the folder holds. */
async function mostContactsBackedUp(dataDir: string): Promise<number> {
  const folder = join(dataDir, 'backups');
  const counts = await Promise.all((await readdir(folder)).map(async (name) => (JSON.parse(await readFile(join(folder, name), 'utf8')) as StoreData).contacts.length));
  return Math.max(0, ...counts);
}

/** Contacts of one size (ids of one length), so that a state with more of them is a larger file. */
const numbered = (index: number) => contact(`c${String(index).padStart(4, '0')}`);

describe('the largest backup', () => {
  it('is kept beside the last writes and dailies', () => {
    const now = new Date('2026-11-25T12:00:00.000Z');
    const names = Array.from({ length: 20 }, (_, index) => backupName(new Date(now.getTime() - index * HOUR)));
    const sizes = new Map(names.map((name, index) => [name, index === 15 || index === 17 ? 9_000 : 500]));
    const withoutSizes = backupsToKeep(names, now, names[0] ?? '');
    // The newer of the two largest.
    expect(backupsToKeep(names, now, names[0] ?? '', sizes)).toEqual(new Set([...withoutSizes, names[15]]));
    expect(withoutSizes.has(names[15] ?? '')).toBe(false);
  });

  it('survives 50 writes after the archive was replaced by an empty one', async () => {
    dir = await tempDir();
    const clock = fakeClock();
    const store = await openStore(dir.path, { now: clock.now });
    for (let index = 0; index < 5; index += 1) {
      clock.advance(1_000);
      await store.update((draft) => void draft.contacts.push(numbered(index)));
    }
    // Another program (a sync tool, a script) puts an empty, valid archive in its place.
    await writeFile(store.file, encodeStore(emptyStore()));
    for (let index = 0; index < 50; index += 1) {
      clock.advance(1_000);
      await store.update((draft) => void (draft.brand.organisation = `write ${index}`));
    }
    expect(await mostContactsBackedUp(dir.path)).toBe(5);
    await store.close();
  });

  it('keeps every archive recoverable, over any sequence of writes, emptyings and deletions of the file', async () => {
    type Step = { kind: 'add' } | { kind: 'touch'; times: number } | { kind: 'empty' } | { kind: 'delete' } | { kind: 'wait'; hours: number };
    const step = fc.oneof(
      { arbitrary: fc.constant<Step>({ kind: 'add' }), weight: 4 },
      { arbitrary: fc.integer({ min: 1, max: 15 }).map<Step>((times) => ({ kind: 'touch', times })), weight: 2 },
      { arbitrary: fc.constant<Step>({ kind: 'empty' }), weight: 1 },
      { arbitrary: fc.constant<Step>({ kind: 'delete' }), weight: 1 },
      { arbitrary: fc.integer({ min: 1, max: 72 }).map<Step>((hours) => ({ kind: 'wait', hours })), weight: 1 },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 30 }), async (steps) => {
        const folder = await tempDir();
        const clock = fakeClock();
        let store: Store = await openStore(folder.path, { now: clock.now });
        let most = 0;
        try {
          for (const next of steps) {
            clock.advance(1_000);
            if (next.kind === 'wait') clock.advance(next.hours * HOUR);
            if (next.kind === 'add') {
              const count = await store.update((draft) => draft.contacts.push(numbered(draft.contacts.length)));
              most = Math.max(most, count);
            }
            // A run of changes that add no content (say, to the brand).
            for (let time = 0; next.kind === 'touch' && time < next.times; time += 1) {
              clock.advance(1_000);
              await store.update((draft) => void (draft.brand.organisation = `touch ${time % 10}`));
            }
            if (next.kind === 'empty') await store.update((draft) => void draft.contacts.splice(0));
            if (next.kind === 'delete') {
              await store.close();
              await rm(join(folder.path, 'presskit.json'));
              store = await openStore(folder.path, { now: clock.now });
            }
          }
          expect(await mostContactsBackedUp(folder.path)).toBe(most);
        } finally {
          await store.close();
          await folder.remove();
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('backups of a store', () => {
  it('rotates on every save: 10 last writes plus one per day for 30 days, each a copy of a saved state', async () => {
    dir = await tempDir();
    const clock = fakeClock('2026-10-01T08:00:00.000Z');
    const store = await openStore(dir.path, { now: clock.now });
    // 45 days, three saves a day.
    for (let day = 0; day < 45; day += 1) {
      for (let save = 0; save < 3; save += 1) {
        clock.advance(4 * HOUR);
        await store.update((draft) => void (draft.brand.organisation = `day ${day} save ${save}`));
      }
      clock.advance(DAY - 12 * HOUR);
    }
    const names = (await readdir(join(dir.path, 'backups'))).sort().reverse();
    // The last 10 writes span four days (3 + 3 + 3 + 1) and hold those days' dailies: 10 + 30 - 4.
    expect(names).toHaveLength(KEEP_LAST + KEEP_DAYS - 4);
    const newest = await readFile(join(dir.path, 'backups', names[0] ?? ''), 'utf8');
    expect(newest).toBe(await readFile(store.file, 'utf8'));
    const lastSave = clock.now().getTime() - (DAY - 12 * HOUR);
    const oldestDay = new Date(lastSave - (KEEP_DAYS - 1) * DAY).toISOString().slice(0, 10);
    expect(names.at(-1)).toBe(`presskit.${oldestDay}T20-00-00-000Z.json`);
    await store.close();
  });
});
