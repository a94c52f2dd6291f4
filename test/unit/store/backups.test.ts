/**
 * Backups of format 4: the last revisions of each document, a deleted document's kept for ever (with a
 * mark that it was deleted), and a daily list of every document's revision.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../main/store';
import { KEEP_REVISIONS } from '../../../main/store/doc-files';
import { contact, fakeClock, tempDir } from './helpers';

const HOUR = 3_600_000;

let dir: Awaited<ReturnType<typeof tempDir>> | undefined;
afterEach(async () => dir?.remove());

/** The ids of the contacts of which backups/ holds a readable revision. */
async function contactsBackedUp(dataDir: string): Promise<string[]> {
  const folder = join(dataDir, 'backups', 'archive', 'contacts');
  const ids: string[] = [];
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    for (const revision of await readdir(join(folder, name))) {
      const envelope = JSON.parse(await readFile(join(folder, name, revision), 'utf8')) as { id: string; doc?: unknown };
      if (envelope.doc) {
        ids.push(envelope.id);
        break;
      }
    }
  }
  return ids.sort();
}

const numbered = (index: number) => contact(`c${String(index).padStart(4, '0')}`);

describe('backups of each document', () => {
  it(`keep its last ${KEEP_REVISIONS} revisions, each a copy of a saved one, and leave the other documents alone`, async () => {
    dir = await tempDir();
    const store = await openStore(dir.path, { now: fakeClock().now });
    await store.update((draft) => void draft.contacts.push(contact('a')));
    for (let index = 0; index < 15; index += 1) await store.update((draft) => void (draft.brand.organisation = `save ${index}`));
    const folder = join(dir.path, 'backups', 'archive', 'brand');
    const names = await readdir(folder);
    expect(names).toHaveLength(KEEP_REVISIONS);
    const current = await readFile(join(dir.path, 'archive', 'brand.json'), 'utf8');
    const rev = (JSON.parse(current) as { rev: string }).rev;
    expect(rev).toMatch(/^16-/);
    expect(await readFile(join(folder, `${rev}.json`), 'utf8')).toBe(current);
    expect(await readdir(join(dir.path, 'backups', 'archive', 'contacts', 'a'))).toHaveLength(1);
    await store.close();
  });

  it('bring the whole archive back, as last saved and without what was deleted, when the archive folder is lost', async () => {
    dir = await tempDir();
    const store = await openStore(dir.path);
    await store.update((draft) => void draft.contacts.push(contact('a'), contact('b'), contact('c')));
    await store.update((draft) => void draft.contacts.splice(1, 1));
    await store.update((draft) => void (draft.brand.organisation = 'kept'));
    const before = await store.read();
    await store.close();
    await rm(join(dir.path, 'archive'), { recursive: true });
    const notices: string[] = [];
    const reopened = await openStore(dir.path, { onNotice: (message) => notices.push(message) });
    expect(await reopened.read()).toEqual(before);
    expect(notices).toEqual(['The archive folder was missing; its 5 documents were restored from their backups, each as last saved.']);
    await reopened.close();
  });

  it('keep every document ever saved recoverable, over any sequence of writes, emptyings and losses of the archive', async () => {
    type Step = { kind: 'add' } | { kind: 'touch'; times: number } | { kind: 'empty' } | { kind: 'lose' } | { kind: 'wait'; hours: number };
    const step = fc.oneof(
      { arbitrary: fc.constant<Step>({ kind: 'add' }), weight: 4 },
      { arbitrary: fc.integer({ min: 1, max: 15 }).map<Step>((times) => ({ kind: 'touch', times })), weight: 2 },
      { arbitrary: fc.constant<Step>({ kind: 'empty' }), weight: 1 },
      { arbitrary: fc.constant<Step>({ kind: 'lose' }), weight: 1 },
      { arbitrary: fc.integer({ min: 1, max: 72 }).map<Step>((hours) => ({ kind: 'wait', hours })), weight: 1 },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 30 }), async (steps) => {
        const folder = await tempDir();
        const clock = fakeClock();
        let store: Store = await openStore(folder.path, { now: clock.now });
        const saved = new Set<string>();
        let added = 0;
        try {
          for (const next of steps) {
            clock.advance(1_000);
            if (next.kind === 'wait') clock.advance(next.hours * HOUR);
            if (next.kind === 'add') {
              const fresh = numbered(added++);
              await store.update((draft) => void draft.contacts.push(fresh));
              saved.add(fresh.id);
            }
            for (let time = 0; next.kind === 'touch' && time < next.times; time += 1) {
              clock.advance(1_000);
              await store.update((draft) => void (draft.brand.organisation = `touch ${time % 10}`));
            }
            if (next.kind === 'empty') await store.update((draft) => void draft.contacts.splice(0));
            if (next.kind === 'lose') {
              await store.close();
              await rm(join(folder.path, 'archive'), { recursive: true, force: true });
              store = await openStore(folder.path, { now: clock.now });
            }
          }
          expect(await contactsBackedUp(folder.path)).toEqual([...saved].sort());
        } finally {
          await store.close();
          await folder.remove();
        }
      }),
      { numRuns: 20 },
    );
  });

  it('list once a day the revision of every document: what the archive was that day', async () => {
    dir = await tempDir();
    const clock = fakeClock('2026-11-24T10:00:00.000Z');
    const store = await openStore(dir.path, { now: clock.now });
    await store.update((draft) => void draft.contacts.push(contact('a')));
    const firstDay = await store.revision('contacts', 'a');
    clock.advance(24 * HOUR);
    await store.update((draft) => void (draft.contacts[0]!.notes = 'next day'));
    const days = (await readdir(join(dir.path, 'backups', 'index'))).sort();
    expect(days).toEqual(['2026-11-24.json', '2026-11-25.json']);
    const listed = JSON.parse(await readFile(join(dir.path, 'backups', 'index', days[0]!), 'utf8')) as { revs: Record<string, string> };
    expect(listed.revs['contacts/a']).toBe(firstDay);
    await store.close();
  });
});
