/**
 * The references' index of a stored list is built from the last list's after a save (see reference.ts):
 * whatever the changes, the versions of a reference are those a search through the whole list finds, in
 * the list's order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { versionsOf } from '../../../main/core/reference';
import { foldKey } from '../../../main/core/fold-key';
import type { Language } from '../../../main/core/language';

interface Version {
  id: string;
  ref: string;
  language: Language;
}

const REFS = ['CP1-2019', 'cp1-2019', 'CP2-2019', ' CP10-2019', 'Coopération-1', 'Coope\u0301ration-1'];
const version = fc.record({ ref: fc.constantFrom(...REFS), language: fc.constantFrom<Language>('fr', 'en', 'ru') });
type Step = { kind: 'edit' | 'remove' | 'add'; at: number; with: { ref: string; language: Language } };
const step: fc.Arbitrary<Step> = fc.record({ kind: fc.constantFrom('edit' as const, 'remove' as const, 'add' as const), at: fc.nat(), with: version });

describe('the versions of a reference', () => {
  it('are, after any run of saves, those the whole list holds, in its order', () => {
    fc.assert(
      fc.property(fc.array(version, { maxLength: 30 }), fc.array(fc.array(step, { maxLength: 4 }), { maxLength: 8 }), (start, rounds) => {
        let made = 0;
        const make = (fields: { ref: string; language: Language }): Version => ({ id: `r${(made += 1)}`, ...fields });
        let releases: readonly Version[] = Object.freeze(start.map(make));
        const check = () => {
          for (const ref of REFS) expect(versionsOf(releases, ref).map((r) => r.id)).toEqual(releases.filter((r) => foldKey(r.ref) === foldKey(ref)).map((r) => r.id));
        };
        check();
        for (const round of rounds) {
          const list = [...releases];
          for (const { kind, at, with: fields } of round) {
            if (kind === 'add') list.push(make(fields));
            else if (list.length > 0 && kind === 'remove') list.splice(at % list.length, 1);
            else if (list.length > 0) list[at % list.length] = make(fields);
          }
          releases = Object.freeze(list);
          check();
        }
      }),
      { numRuns: 300 },
    );
  });
});
