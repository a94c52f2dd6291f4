import { createHash } from 'node:crypto';
import jpeg from 'jpeg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../main/core/errors';
import { Release } from '../../../main/core/schema';
import { renderRelease, type ReleaseDocument, type RenderOptions } from '../../../main/pdf/index';
import { loadCp124 } from '../../fixtures/pdf/cp124';
import { englishRichRelease, LOGO_NAME, logoPng, russianRelease } from '../../fixtures/pdf/releases';
import { documentIdentity, expectSoundPdf, linkTargets, outline, pageBoxes, pdfinfo, pdftotext, readableText } from '../../helpers/pdf-tools';

const A4: RenderOptions = { paper: 'a4', bleedMm: 0, cropMarks: false };
const NNBSP = '\u202F';
const NBSP = '\u00A0';

describe('the model communiqué (CP124-2019) as a PDF', () => {
  const cp124 = loadCp124();
  const doc: ReleaseDocument = { release: cp124.release, contacts: cp124.contacts, brand: cp124.brand, images: new Map() };
  let bytes: Uint8Array;
  let report: Awaited<ReturnType<typeof renderRelease>>['report'];
  let text: string;

  beforeAll(async () => {
    ({ bytes, report } = await renderRelease(doc, A4));
    text = readableText(pdftotext(bytes));
  });

  it('reads the fixture: five paragraphs and two contacts', () => {
    expect(cp124.paragraphs).toHaveLength(5);
    expect(cp124.contacts.map((c) => c.name)).toEqual(['Pascale Bresson', 'Raphaël Sart']);
  });

  it('gives back every paragraph through pdftotext, with French typography applied', () => {
    for (const paragraph of cp124.paragraphs) {
      const expected = paragraph.replaceAll("'", '’').replace('(« Mouse Telemetry on Bion »)', `(«${NNBSP}Mouse Telemetry on Bion${NNBSP}»)`);
      expect(text).toContain(expected);
    }
    expect(text).toContain(`«${NNBSP}Mouse`);
    expect(text).toContain(`Bion${NNBSP}»`);
  });

  it('prints the header, title, subtitle, contacts and footer', () => {
    for (const part of [
      'Communiqué de presse',
      `27${NBSP}août${NBSP}2019`,
      'CP124-2019',
      'Coopération spatiale entre la France et la Russie',
      'Réunions thématiques dans le cadre du Salon MAKS',
      'CONTACTS',
      'Pascale Bresson',
      'Attachée de presse',
      'Tél. 01 44 76 75 39',
      'raphael.sart@cnes.fr',
      'presse.cnes.fr',
      'page 1 / 1',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('is a sound PDF: qpdf, MuPDF and pdffonts find nothing wrong', () => {
    expectSoundPdf(bytes);
  });

  it('is A4 with its title and metadata set from the document', () => {
    const info = pdfinfo(bytes);
    expect(info['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/u);
    expect(info.Title).toBe('Coopération spatiale entre la France et la Russie');
    expect(info.Author).toBe('CNES');
    expect(info.Producer).toBe('PressKit Studio');
    expect(info.CreationDate).toContain('2019');
  });

  it('declares its language and a file identifier derived from the document', async () => {
    const identity = await documentIdentity(bytes);
    expect(identity.lang).toBe('fr-FR');
    expect(identity.id).toMatch(/^[0-9A-F]{32}$/u);
    const edited = await renderRelease({ ...doc, release: { ...doc.release, updatedAt: '2019-08-28T09:30:00+02:00' } }, A4);
    expect((await documentIdentity(edited.bytes)).id).not.toBe(identity.id);
  });

  it('links the phones and e-mail addresses', async () => {
    const links = (await linkTargets(bytes)).flat();
    expect(links).toEqual(expect.arrayContaining(['tel:+33144767539', 'tel:+33144767451', 'mailto:pascale.bresson@cnes.fr', 'mailto:raphael.sart@cnes.fr', 'https://presse.cnes.fr']));
  });

  it('is well set: one page, justified body, hyphenation, no overfull lines, widows or orphans', () => {
    expect(report).toMatchObject({ pages: 1, overfullLines: 0, widows: 0, orphans: 0, looseLines: 0 });
    expect(report.justifiedLines).toBeGreaterThan(15);
    expect(report.hyphenatedLines).toBeGreaterThan(0);
    expect(report.meanStretch).toBeGreaterThan(0.8);
    expect(report.meanStretch).toBeLessThan(1.25);
    expect(report.maxStretch).toBeLessThanOrEqual(1.5);
    expect(report.fonts).toEqual(expect.arrayContaining(['NotoSerif-Regular', 'NotoSans-Bold']));
  });

  it('gives the same bytes for the same input', async () => {
    const again = await renderRelease(doc, A4);
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('sets Letter paper when asked', async () => {
    const letter = await renderRelease(doc, { paper: 'letter', bleedMm: 0, cropMarks: false });
    expect(pdfinfo(letter.bytes)['Page size']).toMatch(/^612 x 792 pts \(letter\)/u);
  });

  it('grows the media box for bleed and crop marks, and sets the trim and bleed boxes', async () => {
    const printed = await renderRelease(doc, { paper: 'a4', bleedMm: 3, cropMarks: true });
    const boxes = pageBoxes(printed.bytes);
    const bleed = (3 * 72) / 25.4;
    const [tx1 = 0, ty1 = 0, tx2 = 0, ty2 = 0] = boxes.TrimBox;
    expect(tx2 - tx1).toBeCloseTo(595.28, 1);
    expect(ty2 - ty1).toBeCloseTo(841.89, 1);
    expect((boxes.BleedBox[2] ?? 0) - (boxes.BleedBox[0] ?? 0)).toBeCloseTo(595.28 + 2 * bleed, 1);
    expect(boxes.MediaBox[2] ?? 0).toBeGreaterThan((boxes.BleedBox[2] ?? 0) + 10);
    expect(tx1).toBeGreaterThan(bleed);
    expectSoundPdf(printed.bytes);
  });
});

describe('other releases', () => {
  it('sets a Russian release with Russian labels, dates and hyphenation', async () => {
    const ru = russianRelease();
    const { bytes, report } = await renderRelease({ ...ru, images: new Map() }, A4);
    const text = readableText(pdftotext(bytes));
    for (const paragraph of ru.paragraphs) expect(text).toContain(paragraph);
    for (const part of ['Пресс-релиз', `Москва, 27${NBSP}августа${NBSP}2019${NBSP}г.`, 'КОНТАКТЫ', 'Анна Иванова', 'Тел. 8 (495) 123-45-67', 'О компании Агентство', 'стр. 1 / 1']) {
      expect(text).toContain(part);
    }
    expect(report.overfullLines).toBe(0);
    expect(report.hyphenatedLines).toBeGreaterThan(0);
    expect(pdfinfo(bytes).Title).toBe('Франко-российское космическое сотрудничество');
    expectSoundPdf(bytes);
  });

  it('sets every kind of block, the embargo, the boilerplate and the logo', async () => {
    const en = englishRichRelease(LOGO_NAME);
    const { bytes, report } = await renderRelease({ ...en, images: new Map([[LOGO_NAME, logoPng()]]) }, { paper: 'letter', bleedMm: 3, cropMarks: true });
    const text = readableText(pdftotext(bytes));
    for (const part of [
      `Embargoed until 3${NBSP}March${NBSP}2026, 10:00 Paris time (UTC+1)`,
      'Press Release',
      'A programme in three parts',
      '• Balloon campaigns every year',
      '1. Sign the agreement.',
      '— The President of the agency',
      'Its “working groups” will report in spring.',
      'About Example Space Agency',
      'It employs 2,400 people in four centres.',
      'Mobile +33 6 12 34 56 78',
      'page 2 / 2',
    ]) {
      expect(text).toContain(part);
    }
    expect(report).toMatchObject({ pages: 2, overfullLines: 0, widows: 0, orphans: 0 });
    expect(report.fonts).toEqual(expect.arrayContaining(['NotoSerif-Italic', 'NotoSerif-Bold']));
    const links = await linkTargets(bytes);
    expect(links.flat()).toEqual(expect.arrayContaining(['https://presse.example.org/climate', 'tel:+33612345678', 'mailto:ada@example.org']));
    expect(pdfinfo(bytes).Keywords).toBe('climate cooperation');
    expect(outline(bytes)).toEqual(['Space agencies join forces to observe the climate (p. 1)', '  A programme in three parts (p. 1)', '    Next steps (p. 2)']);
    expectSoundPdf(bytes);
  });

  it('embeds a JPEG logo', async () => {
    const en = englishRichRelease(`${'cd'.repeat(32)}.jpg`);
    const pixels = new Uint8Array(64 * 32 * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 7) % 256));
    const logo = new Uint8Array(jpeg.encode({ width: 64, height: 32, data: pixels }, 85).data);
    const { bytes } = await renderRelease({ ...en, images: new Map([[`${'cd'.repeat(32)}.jpg`, logo]]) }, A4);
    expect(Buffer.from(bytes).toString('latin1')).toContain('/DCTDecode');
    expectSoundPdf(bytes);
  });

  it('refuses a damaged logo with a plain message', async () => {
    const damaged = logoPng().slice(0, 60);
    // Stored images are named by their content hash, so the damaged file has a name of its own.
    const name = `${createHash('sha256').update(damaged).digest('hex')}.png`;
    const en = englishRichRelease(name);
    await expect(renderRelease({ ...en, images: new Map([[name, damaged]]) }, A4)).rejects.toThrow(UserError);
    await expect(renderRelease({ ...en, images: new Map([[name, damaged]]) }, A4)).rejects.toThrow(/logo is damaged/u);
  });

  it('names a character the fonts cannot print, and where it is', async () => {
    const cp124 = loadCp124();
    const release = Release.parse({ ...cp124.release, title: 'Un bonhomme de neige ☃ en orbite' });
    const attempt = renderRelease({ release, contacts: cp124.contacts, brand: cp124.brand, images: new Map() }, A4);
    await expect(attempt).rejects.toThrow(UserError);
    await expect(renderRelease({ release, contacts: cp124.contacts, brand: cp124.brand, images: new Map() }, A4)).rejects.toThrow(
      'The character « ☃ » (U+2603) in the title cannot be printed with the brand’s fonts: replace it, or choose a font that has it in Brand.',
    );
  });

  it('sets a 2,000-character word without overfull lines', async () => {
    const cp124 = loadCp124();
    const word = 'anticonstitutionnellement'.repeat(80);
    const release = Release.parse({ ...cp124.release, body: [{ type: 'paragraph', content: [{ text: `Avant ${word} après.` }] }] });
    const { bytes, report } = await renderRelease({ release, contacts: [], brand: cp124.brand, images: new Map() }, A4);
    expect(word.length).toBe(2000);
    expect(report.overfullLines).toBe(0);
    expect(readableText(pdftotext(bytes)).replace(/\s/gu, '')).toContain(word);
    expectSoundPdf(bytes);
  });

  it('keeps a long body flowing over pages without widows or orphans', async () => {
    const cp124 = loadCp124();
    const body = Array.from({ length: 6 }, () => cp124.release.body).flat();
    const release = Release.parse({ ...cp124.release, body: [...body.slice(0, 9), { type: 'heading', level: 2, content: [{ text: 'Intertitre' }] }, ...body.slice(9)] });
    const { bytes, report } = await renderRelease({ release, contacts: cp124.contacts, brand: cp124.brand, images: new Map() }, A4);
    expect(report.pages).toBeGreaterThanOrEqual(3);
    expect(report).toMatchObject({ widows: 0, orphans: 0, overfullLines: 0 });
    expect(readableText(pdftotext(bytes))).toContain(`page ${report.pages} / ${report.pages}`);
  });
});
