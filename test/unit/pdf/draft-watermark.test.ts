import { describe, expect, it } from 'vitest';
import type { Language } from '../../../main/core/language';
import { renderKit, renderRelease, type ReleaseDocument, type RenderOptions } from '../../../main/pdf/index';
import { loadCp124 } from '../../fixtures/pdf/cp124';
import { airShowKit } from '../../fixtures/pdf/kits';
import { englishRichRelease, russianRelease } from '../../fixtures/pdf/releases';
import { conformanceProblems } from '../../helpers/pdf-conformance';
import { expectSoundPdf, pageContent, pageText, pdfinfo } from '../../helpers/pdf-tools';

const A4: RenderOptions = { paper: 'a4', bleedMm: 0, cropMarks: false };

function documentIn(language: Language): ReleaseDocument {
  const source = language === 'fr' ? loadCp124() : language === 'en' ? englishRichRelease(null) : russianRelease();
  return { release: source.release, contacts: source.contacts, brand: source.brand, images: new Map() };
}

const MARKS = [
  ['fr', 'PROJET', 'Projet — ne pas diffuser'],
  ['en', 'DRAFT', 'Draft — not for release'],
  ['ru', 'ПРОЕКТ', 'Проект — не для распространения'],
] as const;

describe('the draft watermark', () => {
  it.each(MARKS)('prints %s across every page of a draft, as text a reader finds, with the warning in the footer', async (language, word, notice) => {
    const { bytes } = await renderRelease({ ...documentIn(language), draft: true }, A4);
    const pages = Number(pdfinfo(bytes).Pages);
    for (let page = 1; page <= pages; page += 1) {
      const text = pageText(bytes, page);
      expect(text.split(/\s+/u)).toContain(word);
      expect(text).toContain(notice);
    }
    expectSoundPdf(bytes);
    expect(await conformanceProblems(bytes)).toEqual([]);
  });

  it('sets the word diagonally, in a light colour rather than transparency, as an artifact behind the text', async () => {
    const { bytes } = await renderRelease({ ...documentIn('fr'), draft: true }, A4);
    const content = await pageContent(bytes, 1);
    const watermark = /\/Artifact BMC\s+\/Span <<\/ActualText <FEFF([0-9A-F]+)>>> BDC\s+BT\s+([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) [-\d.]+ [-\d.]+ Tm\s+\/\w+ [\d.]+ Tf\s+([\d.]+) ([\d.]+) ([\d.]+) rg/u.exec(content);
    expect(watermark).not.toBeNull();
    const [, hex, a, b, c, d, r] = watermark!;
    expect(Buffer.from(hex!, 'hex').swap16().toString('utf16le')).toBe('PROJET');
    // Turned, rising to the right; the text colour at about a tenth of its strength.
    expect(Number(a)).toBeGreaterThan(0.3);
    expect(Number(b)).toBeGreaterThan(0.3);
    expect(Number(c)).toBeCloseTo(-Number(b), 3);
    expect(Number(d)).toBeCloseTo(Number(a), 3);
    expect(Number(r)).toBeGreaterThan(0.88);
    // Behind: the page's first text object.
    expect(content.indexOf('BT')).toBe(content.indexOf('BT', content.indexOf('ActualText')));
    expect(content).not.toMatch(/\/ca |\/CA |\bgs\b/u);
  });

  it('leaves an approved release and a kit of approved releases unmarked', async () => {
    const release = await renderRelease(documentIn('fr'), A4);
    expect(pageText(release.bytes, 1)).not.toContain('PROJET');
    expect(pageText(release.bytes, 1)).not.toContain('ne pas diffuser');
    const kit = await renderKit(airShowKit(), A4);
    expect(pageText(kit.bytes, 3)).not.toContain('PROJET');
  });

  it('marks every page of a kit that holds a draft, in the kit’s language', async () => {
    const doc = airShowKit();
    const { bytes } = await renderKit({ ...doc, draft: true }, A4);
    const word = MARKS.find(([language]) => language === doc.kit.language)![1];
    const pages = Number(pdfinfo(bytes).Pages);
    for (let page = 2; page <= pages; page += 1) expect(pageText(bytes, page).split(/\s+/u)).toContain(word);
    expect(await conformanceProblems(bytes)).toEqual([]);
  });
});
