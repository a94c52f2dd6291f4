/** The app derives the archive's reads while idle after opening (read-warm-up.ts): the first search then folds nothing. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openApp, type App } from '../../../main/api/app';
import { Release } from '../../../main/core/schema';
import * as search from '../../../main/core/search';

vi.mock('../../../main/core/search', async (original) => {
  const real = await original<typeof search>();
  return { ...real, searchable: vi.fn(real.searchable) };
});

const COUNT = 300;
const folders: string[] = [];
const apps: App[] = [];

async function archive(warmUp: boolean): Promise<App> {
  const dataDir = mkdtempSync(join(tmpdir(), 'presskit-warm-'));
  folders.push(dataDir);
  const seeding = await openApp({ dataDir });
  await seeding.store.update((data) => {
    for (let n = 1; n <= COUNT; n += 1) {
      data.releases.push(
        Release.parse({ id: `r${n}`, ref: `CP${n}-2019`, language: 'fr', date: `2019-${String(1 + (n % 12)).padStart(2, '0')}-15`, title: n % 7 === 0 ? `Coopération ${n}` : `Lancement ${n}`, body: [], createdAt: '2019-08-27T08:00:00.000Z', updatedAt: '2019-08-27T08:00:00.000Z' }),
      );
    }
  });
  await seeding.close();
  const app = await openApp({ dataDir, warmUp });
  apps.push(app);
  return app;
}

afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  vi.mocked(search.searchable).mockClear();
});

describe('the reads’ warm-up after opening', () => {
  it('has folded every release when done: the first search folds none, and finds what a cold search finds', async () => {
    const warm = await archive(true);
    expect(await warm.warmUp?.done).toBe(COUNT);
    vi.mocked(search.searchable).mockClear();
    const found = await warm.api['releases.list']({ query: 'cooperation' });
    expect(search.searchable).not.toHaveBeenCalled();
    const cold = await archive(false);
    expect(cold.warmUp).toBeUndefined();
    expect((await cold.api['releases.list']({ query: 'cooperation' })).map((r) => r.id)).toEqual(found.map((r) => r.id));
    expect(search.searchable).toHaveBeenCalledTimes(COUNT);
    expect(found).toHaveLength(Math.floor(COUNT / 7));
  });

  it('stops when the app closes, before it has gone through the archive', async () => {
    const app = await archive(true);
    const done = app.warmUp?.done;
    await app.close();
    apps.splice(apps.indexOf(app), 1);
    expect(await done).toBeLessThan(COUNT);
  });
});
