import { describe, expect, it } from 'vitest';
import { isDiscardable, isUntouched, newReference, nextOfficial, numbersNow, takeNumber } from '../../../main/core/numbering';
import { fitsPattern, isProvisional, nextProvisional, printedReference, provisionalNumber, referenceProblem } from '../../../main/core/reference';
import { emptyStore, Release, type StoreData } from '../../../main/core/schema';

function release(fields: Partial<Release> & Pick<Release, 'id' | 'ref'>): Release {
  return Release.parse({ language: 'fr', date: '2026-12-01', title: '', body: [], createdAt: '2026-12-01T09:00:00Z', updatedAt: '2026-12-01T09:00:00Z', ...fields });
}

function archive(releases: Release[], numbering: 'onTitle' | 'onApproval' = 'onTitle'): StoreData {
  const data = emptyStore();
  data.releases = releases;
  data.brand.numbering = numbering;
  return data;
}

describe('provisional references', () => {
  it('count per year apart from the official ones, never of the brand’s pattern', () => {
    expect(nextProvisional(2026, ['CP3-2026'])).toBe('Provisional 2026-001');
    expect(nextProvisional(2026, ['Provisional 2026-001', 'Provisional 2026-007', 'Provisional 2025-040'])).toBe('Provisional 2026-008');
    expect(isProvisional('Provisional 2026-001')).toBe(true);
    expect(isProvisional('CP1-2026')).toBe(false);
    expect(fitsPattern('CP{n}-{yyyy}', 'Provisional 2026-001')).toBe(false);
    expect(provisionalNumber('Provisional 2026-012')).toBe('2026-012');
    expect(provisionalNumber('CP12-2026')).toBeNull();
  });

  it('print as provisional in the document’s language, official ones as they are', () => {
    expect(printedReference('Provisional 2026-001', 'fr')).toBe('Provisoire 2026-001');
    expect(printedReference('Provisional 2026-001', 'en')).toBe('Provisional 2026-001');
    expect(printedReference('Provisional 2026-001', 'ru')).toBe('Предварительный номер 2026-001');
    expect(printedReference('CP124-2019', 'fr')).toBe('CP124-2019');
  });
});

describe('a reference the user types', () => {
  const filed = [release({ id: 'a', ref: 'CP124-2019' })];

  it('must follow the brand’s pattern, in any year, with a number that has no leading zero', () => {
    expect(fitsPattern('CP{n}-{yyyy}', 'CP125-2019')).toBe(true);
    expect(fitsPattern('CP{n}-{yyyy}', ' cp7-2031 ')).toBe(true);
    expect(fitsPattern('CP{n}-{yyyy}', 'CP-2019')).toBe(false);
    expect(fitsPattern('CP{n}-{yyyy}', 'CP012-2019')).toBe(false);
    expect(fitsPattern('P.R.{yy}/{n}', 'P.R.19/8')).toBe(true);
    expect(fitsPattern('P.R.{yy}/{n}', 'PxR.19/8')).toBe(false);
  });

  it('says why it cannot be used: not of the pattern, or taken in that language', () => {
    expect(referenceProblem('CP125-2019', 'fr', 'CP{n}-{yyyy}', filed)).toBeNull();
    expect(referenceProblem('CP124-2019', 'en', 'CP{n}-{yyyy}', filed)).toBeNull();
    expect(referenceProblem('cp124-2019', 'fr', 'CP{n}-{yyyy}', filed)).toEqual({ code: 'release.refTaken', params: { ref: 'cp124-2019' } });
    expect(referenceProblem('CP12a', 'fr', 'CP{n}-{yyyy}', filed)).toEqual({ code: 'reference.notPattern', params: { ref: 'CP12a', example: 'CP125-2019' } });
  });
});

describe('when a release is numbered', () => {
  it('starts provisional, or official when it has a title and the brand numbers on the title', () => {
    const data = archive([release({ id: 'a', ref: 'CP4-2026' })]);
    expect(newReference(data, '2026-12-01', '')).toBe('Provisional 2026-001');
    expect(newReference(data, '2026-12-01', 'Lancement de SVOM')).toBe('CP5-2026');
    expect(newReference(archive([], 'onApproval'), '2026-12-01', 'Lancement de SVOM')).toBe('Provisional 2026-001');
  });

  it('takes its number on the first save with a title, or only on approval if the brand says so', () => {
    const untitled = release({ id: 'a', ref: 'Provisional 2026-001' });
    const titled = release({ id: 'b', ref: 'Provisional 2026-002', title: 'Lancement de SVOM' });
    const data = archive([untitled, titled]);
    expect(numbersNow(data, untitled, 'saved')).toBe(false);
    expect(numbersNow(data, titled, 'saved')).toBe(true);
    expect(numbersNow(data, untitled, 'approved')).toBe(true);
    expect(numbersNow(archive([titled], 'onApproval'), titled, 'saved')).toBe(false);
    expect(numbersNow(data, release({ id: 'c', ref: 'CP1-2026', title: 'x' }), 'approved')).toBe(false);
  });

  it('gives the number to every version of the release: translations share it', () => {
    const fr = release({ id: 'a', ref: 'Provisional 2026-001', title: 'Lancement', translationGroup: 'a' });
    const en = release({ id: 'b', ref: 'Provisional 2026-001', language: 'en', translationGroup: 'a' });
    const other = release({ id: 'c', ref: 'Provisional 2026-002' });
    const data = archive([release({ id: 'z', ref: 'CP9-2026' }), fr, en, other]);
    expect(nextOfficial(data, fr.date)).toBe('CP10-2026');
    expect(takeNumber(data, fr)).toBe('CP10-2026');
    expect(data.releases.map((r) => r.ref)).toEqual(['CP9-2026', 'CP10-2026', 'CP10-2026', 'Provisional 2026-002']);
  });

  it('discards only a new release left untouched, alone under its reference and in no kit', () => {
    const untouched = release({ id: 'a', ref: 'Provisional 2026-001', place: 'Paris' });
    const withLead = release({ id: 'b', ref: 'Provisional 2026-002', lead: 'Le CNES…' });
    const numbered = release({ id: 'c', ref: 'CP1-2026' });
    expect(isUntouched(untouched)).toBe(true);
    expect(isUntouched(withLead)).toBe(false);
    expect(isUntouched(release({ id: 'd', ref: 'x', body: [{ type: 'paragraph', content: [] }] }))).toBe(false);
    const data = archive([untouched, withLead, numbered]);
    expect(isDiscardable(data, untouched)).toBe(true);
    expect(isDiscardable(data, withLead)).toBe(false);
    expect(isDiscardable(data, numbered)).toBe(false);
    const translated = archive([untouched, release({ id: 'e', ref: 'Provisional 2026-001', language: 'en' })]);
    expect(isDiscardable(translated, untouched)).toBe(false);
  });
});
