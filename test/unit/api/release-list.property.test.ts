/**
 * The archive's list is sorted from the last list when a change moved only a few releases (see
 * release-list.ts): whatever the changes, it is the list sorted whole, newest first, and filtered alike.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listReleases } from '../../../main/api/release-list';
import { Release } from '../../../main/core/schema';
import { deepFreeze } from '../../../main/store/deep-freeze';

const release = (n: number, date: string, ref: string, language: 'fr' | 'en' | 'ru', title: string): Release =>
  Release.parse({ id: `r${n}`, ref, language, date, title, body: [], createdAt: `2019-08-${String(27 - (n % 3)).padStart(2, '0')}T08:00:00.000Z`, updatedAt: '2019-08-27T08:00:00.000Z' });

const fields = fc.record({
  date: fc.constantFrom('2019-08-27', '2019-08-28', '2020-01-02', '2018-12-31'),
  ref: fc.constantFrom('CP1-2019', 'CP2-2019', 'cp10-2019', 'CP9-2019'),
  language: fc.constantFrom('fr' as const, 'en' as const, 'ru' as const),
  title: fc.constantFrom('Lancement', 'Salon du Bourget', 'Coopération'),
});

type Fields = { date: string; ref: string; language: 'fr' | 'en' | 'ru'; title: string };
type Change = { kind: 'edit'; at: number; with: Fields } | { kind: 'add'; with: Fields } | { kind: 'remove'; at: number };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), with: fields }),
  fc.record({ kind: fc.constant('add' as const), with: fields }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
);

const wholeSort = (releases: readonly Release[]) =>
  [...releases]
    .sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1) || a.ref.localeCompare(b.ref) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((r) => r.id);

describe('the archive’s list', () => {
  it('is, after any run of changes, the releases sorted whole', () => {
    fc.assert(
      fc.property(fc.array(fields, { maxLength: 30 }), fc.array(fc.array(change, { maxLength: 5 }), { maxLength: 8 }), (start, rounds) => {
        let next = start.length;
        let releases = deepFreeze(start.map((f, n) => release(n, f.date, f.ref, f.language, f.title)));
        expect(listReleases(releases, {}).map((r) => r.id)).toEqual(wholeSort(releases));
        for (const round of rounds) {
          const list = [...releases];
          for (const step of round) {
            if (step.kind === 'add') list.push(release((next += 1), step.with.date, step.with.ref, step.with.language, step.with.title));
            else if (list.length > 0 && step.kind === 'remove') list.splice(step.at % list.length, 1);
            else if (list.length > 0 && step.kind === 'edit') {
              const at = step.at % list.length;
              const old = list[at] as Release;
              list[at] = release(Number(old.id.slice(1)), step.with.date, step.with.ref, step.with.language, step.with.title);
            }
          }
          releases = deepFreeze(list);
          expect(listReleases(releases, {}).map((r) => r.id)).toEqual(wholeSort(releases));
          expect(listReleases(releases, { query: 'LANCEMENT' }).map((r) => r.id)).toEqual(wholeSort(releases.filter((r) => r.title === 'Lancement')));
        }
      }),
      { numRuns: 200 },
    );
  });
});
