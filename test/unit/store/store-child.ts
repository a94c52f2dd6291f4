/**
 * A separate process that uses the store, for the tests that need real concurrency or a real crash.
 * Bundled by helpers.ts; run as `node store-child.mjs <mode> <dataDir> [...]`.
 *   increment <dataDir> <name> <count>  adds <count> contacts <name>-<i>, one update each
 *   hold-lock <dataDir>                 takes the folder's lock, prints "locked" and waits to be killed
 *   grow <dataDir>                      tries to save a large release; prints the error message, if any
 *   rename <dataDir> <id> <rev> <name>  renames contact <id> as read at <rev>; prints "saved" or the refusal
 */
import { join } from 'node:path';
import { openStore } from '../../../main/store';
import { acquireLock } from '../../../main/store/lock';

const [mode = '', dataDir = '', name = 'writer', count = '1'] = process.argv.slice(2);

async function increment(): Promise<void> {
  const store = await openStore(dataDir);
  for (let index = 0; index < Number(count); index += 1) {
    await store.update((draft) => {
      draft.contacts.push({
        id: `${name}-${index}`,
        name: `${name} ${index}`,
        roles: {},
        organisation: '',
        country: 'FR',
        phones: [],
        email: `${name}.${index}@example.org`,
        photo: null,
        languages: [],
        notes: '',
      });
    });
  }
  await store.close();
}

async function holdLock(): Promise<void> {
  await acquireLock(join(dataDir, 'presskit.json.lock'));
  process.stdout.write('locked\n');
  setInterval(() => undefined, 60_000);
}

async function grow(): Promise<void> {
  const store = await openStore(dataDir);
  try {
    await store.update((draft) => {
      draft.brand.footerText = 'x'.repeat(200_000);
    });
    process.stdout.write('saved\n');
  } catch (error) {
    process.stdout.write(`${(error as Error).name}: ${(error as Error).message}\n`);
  }
}

async function rename(): Promise<void> {
  const [id = '', rev = '', newName = ''] = process.argv.slice(4);
  const store = await openStore(dataDir);
  try {
    await store.update(
      (draft) => {
        const found = draft.contacts.find((candidate) => candidate.id === id);
        if (found) found.name = newName;
      },
      { expected: { contacts: { [id]: rev } } },
    );
    process.stdout.write('saved\n');
  } catch (error) {
    process.stdout.write(`${(error as Error).name}: ${(error as Error).message}\n`);
  }
  await store.close();
}

const modes: Record<string, () => Promise<void>> = { increment, 'hold-lock': holdLock, grow, rename };
const run = modes[mode];
if (!run) throw new Error(`unknown mode ${mode}`);
await run();
