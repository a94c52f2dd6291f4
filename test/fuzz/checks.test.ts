// The properties' own checks, on inputs whose verdict is known: a check that could never fail would make its property vacuous.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../main/core/errors';
import { emptyStore } from '../../main/core/schema';
import { letters, lostAt } from './layout';
import { applyTextEdits, applyValueEdits } from './mutations';
import { expectOurRefusal, refusalProblem, storeProblem } from './verdict';

describe('the checks the properties rely on', () => {
  it('finds a letter lost between the source and the pages, across a page break', () => {
    const pages = (texts: string[]): string[] => texts.map(letters);
    expect(lostAt(letters('Coopération spatiale'), pages(['Mardi coopé-\nrat', 'Page 2 / 2 ion spatiale']))).toBe(-1);
    expect(lostAt(letters('Coopération spatiale'), pages(['Mardi coopé-\nrat', 'Page 2 / 2 on spatule']))).toBe(8);
    expect(letters('l’œuf « à » ré\u00adsumé')).toBe('lœufàrésumé');
  });

  it('accepts only our refusals: a code, its sentences, the English one as the message', () => {
    const sentence = 'There is no release with reference CP1-2019 in the archive.';
    expect(refusalProblem({ message: sentence, code: 'release.notFound', params: { ref: 'CP1-2019' } })).toBeNull();
    expect(refusalProblem({ message: sentence })?.kind).toBe('a refusal without a code');
    expect(refusalProblem({ message: 'Invalid input', code: 'release.notFound', params: { ref: 'CP1-2019' } })?.kind).toBe('the refusal release.notFound is not worded as en.ts says');
    expect(refusalProblem({ message: sentence, code: 'release.nowhere' })?.kind).toBe('the code release.nowhere has no sentence');
    expect(() => expectOurRefusal(new RangeError('Invalid time value'))).toThrow('an exception that is not a UserError');
    expect(() => expectOurRefusal(new UserError('release.notFound', { ref: 'CP1-2019' }, 'not-found'))).not.toThrow();
  });

  it('sees an archive that breaks its own rules', () => {
    const data = emptyStore();
    expect(storeProblem(data)).toBeNull();
    expect(storeProblem({ ...data, settings: { ...data.settings, timeZone: 'Mars/Olympus' } })).toMatch(/time zone/);
    const release = { date: '2019-02-30', ref: 'CP1-2019' } as (typeof data.releases)[number];
    expect(storeProblem({ ...data, releases: [release] })).toMatch(/day that does not exist/);
    expect(storeProblem({ ...data, releases: [{ ...release, date: '2019-02-28' }, { ...release, date: '2019-02-28', ref: 'cp1-2019' }] })).toMatch(/share the reference/);
  });

  it('edits text and values where it says, leaving the original as it was', () => {
    expect(applyTextEdits('abc\ndef', [{ op: 'swapLines', a: 0, b: 1 }, { op: 'insert', at: 3, text: '[' }])).toBe('def[\nabc');
    const original = { releases: [{ ref: 'CP1-2019' }] };
    expect(applyValueEdits(original, [{ op: 'recase', target: 3 }])).toEqual({ releases: [{ ref: 'CP1-2019'.toLowerCase() }] });
    expect(applyValueEdits(original, [{ op: 'duplicate', target: 2 }])).toEqual({ releases: [{ ref: 'CP1-2019' }, { ref: 'CP1-2019' }] });
    expect(original).toEqual({ releases: [{ ref: 'CP1-2019' }] });
  });
});
