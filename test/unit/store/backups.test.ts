import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store';
import { backupName, backupsToKeep, KEEP_DAYS, KEEP_LAST } from '../../../main/store/backups';
import { fakeClock, tempDir } from './helpers';

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
