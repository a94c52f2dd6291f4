/**
 * The store finds what a change did to a list by comparing it with the committed one (see diffArchive):
 * whatever a mutation does to the contacts' list (change in place, add, insert, remove, move), a fresh
 * opener reads the list as the mutation left it, and a duplicated id is refused with nothing written.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../../main/core/schema';
import { openStore } from '../../../main/store';
import { contact, tempDir } from './helpers';

type Step =
  | { kind: 'rename'; at: number; name: string }
  | { kind: 'push'; id: string }
  | { kind: 'insert'; at: number; id: string }
  | { kind: 'remove'; at: number }
  | { kind: 'move'; from: number; to: number }
  | { kind: 'reverse' };

const id = fc.integer({ min: 0, max: 40 }).map((n) => `c${n}`);
const at = fc.nat({ max: 12 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('rename' as const), at, name: fc.string({ minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('push' as const), id }),
  fc.record({ kind: fc.constant('insert' as const), at, id }),
  fc.record({ kind: fc.constant('remove' as const), at }),
  fc.record({ kind: fc.constant('move' as const), from: at, to: at }),
  fc.constant({ kind: 'reverse' as const }),
);

/** Applies `steps` to a list (a draft's or a plain copy), in the same way. */
function apply(list: Contact[], steps: readonly Step[]): void {
  for (const change of steps) {
    const where = (n: number) => (list.length === 0 ? 0 : n % list.length);
    if (change.kind === 'rename' && list.length > 0) {
      const target = list[where(change.at)];
      if (target) target.name = change.name;
    } else if (change.kind === 'push') list.push(contact(change.id));
    else if (change.kind === 'insert') list.splice(where(change.at), 0, contact(change.id));
    else if (change.kind === 'remove' && list.length > 0) list.splice(where(change.at), 1);
    else if (change.kind === 'move' && list.length > 0) {
      const [moved] = list.splice(where(change.from), 1);
      if (moved) list.splice(where(change.to), 0, moved);
    } else if (change.kind === 'reverse') list.reverse();
  }
}

let dir: Awaited<ReturnType<typeof tempDir>> | undefined;
afterEach(async () => dir?.remove());

describe('a change to a list of documents', () => {
  it('is read back by a fresh opener as the mutation left it', async () => {
    dir = await tempDir();
    const folder = dir.path;
    let round = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(step, { maxLength: 4 }), { minLength: 1, maxLength: 4 }), async (changes) => {
        const dataDir = join(folder, String((round += 1)));
        const store = await openStore(dataDir);
        let expected: Contact[] = ['c1', 'c2', 'c3', 'c4', 'c5'].map(contact);
        await store.update((draft) => {
          draft.contacts.push(...expected.map((c) => ({ ...c })));
        });
        for (const steps of changes) {
          const plain = structuredClone(expected);
          apply(plain, steps);
          const unique = new Set(plain.map((c) => c.id)).size === plain.length;
          const saved = store.update((draft) => apply(draft.contacts, steps));
          if (unique) {
            await saved;
            expected = plain;
          } else {
            await expect(saved).rejects.toMatchObject({ detail: { code: 'store.invalid' } });
          }
          expect((await store.read()).contacts).toEqual(expected);
        }
        await store.close();
        const fresh = await openStore(dataDir);
        expect((await fresh.read()).contacts).toEqual(expected);
        await fresh.close();
      }),
      { numRuns: 40 },
    );
  });
});
