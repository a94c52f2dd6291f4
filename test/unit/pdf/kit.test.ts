import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../main/core/errors';
import { Kit } from '../../../main/core/schema';
import { dateRange } from '../../../main/pdf/documents/date-range';
import { isExportCancelled, renderKit, type KitDocument, type RenderOptions, type RenderProgress } from '../../../main/pdf/index';
import { airShowKit, largeKit } from '../../fixtures/pdf/kits';
import { documentIdentity, expectSoundPdf, internalLinks, outline, pageBoxes, pageText, pdfinfo, readableText } from '../../helpers/pdf-tools';

const A4: RenderOptions = { paper: 'a4', bleedMm: 0, cropMarks: false };
const NNBSP = '\u202F';
const NBSP = '\u00A0';

/** The contents page as (title, page) pairs, read back from its text (entries come before the running head). */
function contentsEntries(text: string): { title: string; page: number }[] {
  const lines = text.split('\n').map((line) => line.trim());
  return lines.slice(0, lines.indexOf('Dossier de presse MAKS 2019')).flatMap((line) => {
    const match = /^(.+?) (\d+)$/u.exec(line);
    return match?.[1] && !match[1].includes(' · ') ? [{ title: match[1], page: Number(match[2]) }] : [];
  });
}

describe('a press kit as a PDF', () => {
  const doc = airShowKit();
  let bytes: Uint8Array;
  let pages: number;
  let pageTexts: string[];
  let progress: RenderProgress[];

  beforeAll(async () => {
    progress = [];
    const rendered = await renderKit(doc, A4, { onProgress: (p) => progress.push(p) });
    bytes = rendered.bytes;
    pages = rendered.report.pages;
    pageTexts = Array.from({ length: pages }, (_, i) => readableText(pageText(bytes, i + 1)));
  });

  it('opens with a cover: logo, label, title, subtitle, event, place and dates, and no page number', () => {
    const cover = pageTexts[0] ?? '';
    for (const part of ['DOSSIER DE PRESSE', 'Dossier de presse MAKS 2019', 'La coopération spatiale franco-russe', 'Salon international de l’aéronautique et de l’espace MAKS', `Joukovski · 27${NBSP}août${NBSP}– 1er${NBSP}septembre${NBSP}2019`, 'CNES · presse.cnes.fr']) {
      expect(cover).toContain(part);
    }
    expect(cover).not.toMatch(/page \d/u);
  });

  it('lists every item in the contents with the page it starts on', () => {
    const contents = pageText(bytes, 2);
    expect(contents).toContain('Sommaire');
    expect(contentsEntries(contents)).toEqual([
      { title: 'Coopération spatiale entre la France et la Russie', page: 3 },
      { title: 'Le CNES en bref', page: 4 },
      { title: 'Франко-российское космическое сотрудничество', page: 5 },
      { title: 'Space agencies join forces to observe the climate', page: 6 },
      { title: 'Contacts', page: 7 },
    ]);
    expect(contents).toContain(`Communiqué de presse · CP124-2019 · 27${NBSP}août${NBSP}2019`);
  });

  it('starts each item on the page the contents give, on a new page', () => {
    for (const { title, page } of contentsEntries(pageText(bytes, 2))) {
      expect(pageTexts[page - 1]).toContain(title);
      if (page > 3) expect(pageTexts[page - 2]).not.toContain(title);
    }
    expect(pageTexts[2]?.startsWith(`Communiqué de presse 27${NBSP}août${NBSP}2019 CP124-2019`)).toBe(true);
    expect(pageTexts[4]).toContain('Пресс-релиз');
    expect(pageTexts[5]).toContain('Embargoed until');
    expect(pageTexts[6]).toContain('Raphaël Sart');
  });

  it('links each contents entry (title and page number) to its page', async () => {
    const links = await internalLinks(bytes);
    expect(links.every((link) => link.page === 2)).toBe(true);
    const targets = [...new Set(links.map((link) => link.target))];
    expect(targets).toEqual([3, 4, 5, 6, 7]);
    expect(links.filter((link) => link.target === 3)).toHaveLength(2);
  });

  it('mirrors the contents in the outline, with each release’s headings under it', () => {
    expect(outline(bytes)).toEqual([
      'Coopération spatiale entre la France et la Russie (p. 3)',
      'Le CNES en bref (p. 4)',
      '  Chiffres clés (p. 4)',
      'Франко-российское космическое сотрудничество (p. 5)',
      'Space agencies join forces to observe the climate (p. 6)',
      '  A programme in three parts (p. 6)',
      '    Next steps (p. 6)',
      'Contacts (p. 7)',
    ]);
  });

  it('numbers pages over the whole kit and runs the kit title along the top of inner pages', () => {
    expect(pages).toBe(7);
    for (let page = 2; page <= pages; page++) {
      expect(pageTexts[page - 1]).toContain(`page ${page} / ${pages}`);
      expect(pageTexts[page - 1]).toContain('Dossier de presse MAKS 2019');
    }
  });

  it('keeps French typography inside the kit', () => {
    expect(pageTexts[2]).toContain(`(«${NNBSP}Mouse Telemetry on Bion${NNBSP}»)`);
  });

  it('carries the kit’s metadata and a file identifier from the kit', async () => {
    const info = pdfinfo(bytes);
    expect(info).toMatchObject({ Title: 'Dossier de presse MAKS 2019', Author: 'CNES', Subject: 'Salon international de l’aéronautique et de l’espace MAKS', Keywords: 'climate cooperation' });
    expect(info.CreationDate).toContain('2019');
    const identity = await documentIdentity(bytes);
    expect(identity.lang).toBe('fr-FR');
    const edited = await renderKit({ ...doc, kit: { ...doc.kit, updatedAt: '2019-08-27T08:00:00+02:00' } }, A4);
    expect((await documentIdentity(edited.bytes)).id).not.toBe(identity.id);
  });

  it('is a sound PDF: qpdf, MuPDF and pdffonts find nothing wrong', () => {
    expectSoundPdf(bytes);
  });

  it('gives the same bytes for the same kit', async () => {
    const again = await renderKit(airShowKit(), A4);
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('reports layout progress per item, then paint progress per page, up to the totals', () => {
    const layout = progress.filter((p) => p.phase === 'layout');
    const paint = progress.filter((p) => p.phase === 'paint');
    expect(layout.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(layout.every((p) => p.total === 5)).toBe(true);
    expect(paint.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(progress.indexOf(paint[0] as RenderProgress)).toBeGreaterThan(progress.indexOf(layout.at(-1) as RenderProgress));
  });

  it('prints with bleed and crop marks, the cover band running into the bleed', async () => {
    const printed = await renderKit(doc, { paper: 'letter', bleedMm: 3, cropMarks: true });
    const boxes = pageBoxes(printed.bytes);
    expect((boxes.TrimBox[2] ?? 0) - (boxes.TrimBox[0] ?? 0)).toBeCloseTo(612, 1);
    expectSoundPdf(printed.bytes);
  });
});

describe('a kit of twelve releases in French and Russian', () => {
  it('is set evenly: word spaces near their natural width, few loose lines, nothing overfull', async () => {
    const { bytes, report } = await renderKit(largeKit(12), A4);
    expect(report.meanStretch).toBeLessThanOrEqual(1.2);
    expect(report.looseLines / report.justifiedLines).toBeLessThan(0.2);
    expect(report).toMatchObject({ overfullLines: 0, widows: 0, orphans: 0 });
    // The twelve releases, and the contacts page their contacts print on once, at the end.
    expect(outline(bytes).filter((line) => !line.startsWith(' '))).toHaveLength(13);
    expect(readableText(pageText(bytes, report.pages))).toContain(`page ${report.pages} / ${report.pages}`);
  });
});

describe('kits the engine refuses or stops', () => {
  const doc = airShowKit();

  it('refuses an empty kit with a plain message', async () => {
    const empty: KitDocument = { ...doc, kit: Kit.parse({ ...doc.kit, items: [] }) };
    await expect(renderKit(empty, A4)).rejects.toThrow(new UserError('kit.empty', { kit: 'MAKS 2019' }));
  });

  it('refuses a kit whose release is no longer in the archive', async () => {
    const orphan: KitDocument = { ...doc, releases: doc.releases.slice(1) };
    await expect(renderKit(orphan, A4)).rejects.toThrow(/lists a release that is no longer in the archive/u);
  });

  it('stops with the cancel error once its signal is aborted', async () => {
    const controller = new AbortController();
    const attempt = renderKit(doc, A4, { signal: controller.signal, onProgress: (p) => p.phase === 'layout' && p.done === 2 && controller.abort() });
    const error: unknown = await attempt.catch((e: unknown) => e);
    expect(isExportCancelled(error)).toBe(true);
    expect(error).toMatchObject({ message: 'The export was cancelled.', kind: 'usage' });
  });
});

describe('event dates in long form', () => {
  it('writes a range with its shared parts once, in each language', () => {
    expect(dateRange('2019-08-27', '2019-09-01', 'fr')).toBe(`27${NBSP}août${NBSP}– 1er${NBSP}septembre${NBSP}2019`);
    expect(dateRange('2019-09-01', '2019-09-03', 'fr')).toBe(`1er–3${NBSP}septembre${NBSP}2019`);
    expect(dateRange('2019-08-27', '2019-08-29', 'en')).toMatch(new RegExp(`^27(–|${NBSP}– )29${NBSP}August${NBSP}2019$`, 'u'));
    expect(dateRange('2019-08-27', '2019-09-01', 'ru')).toBe(`27${NBSP}августа${NBSP}– 1${NBSP}сентября${NBSP}2019${NNBSP}г.`);
    expect(dateRange('2019-12-30', '2020-01-02', 'fr')).toBe(`30${NBSP}décembre${NBSP}2019${NBSP}– 2${NBSP}janvier${NBSP}2020`);
  });

  it('writes a single day, or nothing without dates', () => {
    expect(dateRange('2019-08-27', null, 'fr')).toBe(`27${NBSP}août${NBSP}2019`);
    expect(dateRange('2019-08-27', '2019-08-27', 'en')).toBe(`27${NBSP}August${NBSP}2019`);
    expect(dateRange(null, null, 'ru')).toBe('');
  });
});
