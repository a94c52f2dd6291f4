import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../main/core/errors';
import { Contact } from '../../../main/core/schema';
import { CARD_HEIGHT, CARD_WIDTH, cardVCard } from '../../../main/pdf/documents/cards';
import { sheetGrid } from '../../../main/pdf/layout/sheet';
import { renderCards, type CardsDocument, type RenderOptions } from '../../../main/pdf/index';
import { pageGeometry } from '../../../main/pdf/layout/geometry';
import { loadCp124 } from '../../fixtures/pdf/cp124';
import { englishRichRelease, LOGO_NAME, logoPng, russianRelease } from '../../fixtures/pdf/releases';
import { conformanceProblems } from '../../helpers/pdf-conformance';
import { expectSoundPdf, linkTargets, pageContent, pageText, pdfinfo, readableText, renderPage } from '../../helpers/pdf-tools';

const A4: RenderOptions = { paper: 'a4', bleedMm: 0, cropMarks: false };
const MM = 72 / 25.4;
const DPI = 300;
const PHOTO_NAME = `${'e'.repeat(64)}.png`;

/** A red square: where it prints, the page is red. */
function redPhoto(): Uint8Array {
  const png = new PNG({ width: 64, height: 64 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([220, 20, 30, 255], i);
  return new Uint8Array(PNG.sync.write(png));
}

/** Twelve contacts: the fixtures' five (with accents and Cyrillic), then seven more. */
function twelveContacts(): Contact[] {
  const base = [...loadCp124().contacts, ...russianRelease().contacts, ...englishRichRelease(null).contacts];
  const more = Array.from({ length: 12 - base.length }, (_, i) =>
    Contact.parse({ id: `m${i}`, name: `Attaché ${i + 1}`, roles: { fr: 'Relations presse' }, organisation: 'CNES', phones: [{ number: `+331447675${10 + i}` }], email: `attache${i + 1}@cnes.fr` }),
  );
  return [...base, ...more];
}

/** The positions of the crop marks' hairlines on a page: x of the vertical ones, y of the horizontal ones (PDF units). */
async function markPositions(bytes: Uint8Array, page: number): Promise<{ xs: number[]; ys: number[] }> {
  const content = await pageContent(bytes, page);
  const xs = new Set<number>();
  const ys = new Set<number>();
  for (const match of content.matchAll(/\/CSAll CS 1 SCN\s+([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l S/gu)) {
    const [x1, y1, x2, y2] = match.slice(1, 5).map(Number) as [number, number, number, number];
    if (x1 === x2) xs.add(x1);
    if (y1 === y2) ys.add(y1);
  }
  const sorted = (values: Set<number>): number[] => [...values].sort((a, b) => a - b);
  return { xs: sorted(xs), ys: sorted(ys) };
}

const gaps = (values: number[]): number[] => values.slice(1).map((v, i) => v - (values[i] ?? 0));

/** Decodes the QR code inside the card at `index` of a page rendered at DPI. */
function decodeCard(png: PNG, index: number, paper: 'a4' | 'letter'): string | undefined {
  const grid = sheetGrid(pageGeometry(paper, { top: 0, right: 0, bottom: 0, left: 0 }, 0, false));
  const scale = DPI / 72;
  const left = Math.round((grid.x + (index % grid.columns) * CARD_WIDTH) * scale);
  const top = Math.round((grid.y + Math.floor(index / grid.columns) * CARD_HEIGHT) * scale);
  const width = Math.round(CARD_WIDTH * scale);
  const height = Math.round(CARD_HEIGHT * scale);
  const pixels = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const from = ((top + y) * png.width + left) * 4;
    pixels.set(png.data.subarray(from, from + width * 4), y * width * 4);
  }
  const code = jsQR(pixels, width, height);
  return code ? new TextDecoder().decode(new Uint8Array(code.binaryData)) : undefined;
}

describe('the contact-cards sheet', () => {
  const contacts = twelveContacts();
  // The press office's address makes the vCard, and its QR code, as large as a real card's.
  const brand = { ...englishRichRelease(LOGO_NAME).brand, pressOfficeAddress: 'CNES, service de presse\n2 place Maurice Quentin\n75039 Paris cedex 01' };
  const doc: CardsDocument = { contacts, brand, images: new Map([[LOGO_NAME, logoPng()]]), language: 'fr' };
  let bytes: Uint8Array;
  let pages: number;

  beforeAll(async () => {
    ({ bytes, report: { pages } } = await renderCards(doc, A4));
  });

  it('gangs ten cards up on an A4 sheet, two by five, and the rest on a second sheet', () => {
    expect(pages).toBe(2);
    const first = readableText(pageText(bytes, 1));
    for (const contact of contacts.slice(0, 10)) expect(first).toContain(contact.name);
    const second = readableText(pageText(bytes, 2));
    expect(second).toContain('Attaché 5');
    expect(second).toContain('Attaché 6');
    expect(second).not.toContain('Pascale Bresson');
  });

  it('marks every cut of a card of 85 x 55 mm, outside the grid', async () => {
    const full = await markPositions(bytes, 1);
    expect(full.xs).toHaveLength(3);
    expect(full.ys).toHaveLength(6);
    for (const gap of gaps(full.xs)) expect(gap).toBeCloseTo(85 * MM, 2);
    for (const gap of gaps(full.ys)) expect(gap).toBeCloseTo(55 * MM, 2);
    // The grid sits in the middle of the sheet.
    expect((full.xs[0] ?? 0) + (full.xs[2] ?? 0)).toBeCloseTo(595.28, 1);
    const partial = await markPositions(bytes, 2);
    expect(partial.ys).toHaveLength(2);
    expect(gaps(partial.ys)[0]).toBeCloseTo(55 * MM, 2);
  });

  it('prints a QR code on each card that scans back at 300 dpi to the exact vCard 3.0 of its contact, without photo', () => {
    const png = PNG.sync.read(renderPage(bytes, 1, DPI));
    for (const [i, contact] of contacts.slice(0, 10).entries()) {
      const scanned = decodeCard(png, i, 'a4');
      expect(scanned).toBe(cardVCard(contact, brand, 'fr'));
      expect(scanned).toMatch(/^VERSION:3\.0$/mu);
      expect(scanned?.replace(/\r\n /gu, '')).toContain('ADR;TYPE=WORK:;;CNES\\, service de presse\\n2 place Maurice Quentin\\n75039 Paris cedex 01;;;;');
      expect(scanned).not.toContain('PHOTO');
    }
    expect(decodeCard(png, 0, 'a4')).toContain('TEL;TYPE=WORK,VOICE:+33144767539');
  });

  it('prints each role in the sheet’s language and the numbers as its readers dial them', async () => {
    const french = readableText(pageText(bytes, 1));
    expect(french).toContain('Attachée de presse');
    expect(french).toContain('Tél. 01 44 76 75 39');
    expect(french).toContain('Tél. +7 495 123 45 67');
    expect(french).toContain('Mobile 06 12 34 56 78');
    const english = await renderCards({ ...doc, contacts: [{ ...(contacts[0] as Contact), roles: { fr: 'Attachée de presse', en: 'Press officer' } }], language: 'en' }, A4);
    const text = readableText(pageText(english.bytes, 1));
    expect(text).toContain('Press officer');
    expect(text).not.toContain('Attachée');
    expect(text).toContain('Tel. +33 1 44 76 75 39');
  });

  it('links the phones and e-mail addresses', async () => {
    const links = (await linkTargets(bytes))[0] ?? [];
    expect(links).toEqual(expect.arrayContaining(['tel:+33144767539', 'mailto:pascale.bresson@cnes.fr', 'tel:+74951234567', 'mailto:anna.ivanova@example.org', 'tel:+33612345678']));
  });

  it('fits eight cards on Letter, two by four, each still scanning', async () => {
    const letter = await renderCards(doc, { paper: 'letter', bleedMm: 0, cropMarks: false });
    expect(pdfinfo(letter.bytes)['Page size']).toMatch(/^612 x 792 pts/u);
    const marks = await markPositions(letter.bytes, 1);
    expect([marks.xs.length, marks.ys.length]).toEqual([3, 5]);
    expect(decodeCard(PNG.sync.read(renderPage(letter.bytes, 1, DPI)), 7, 'letter')).toBe(cardVCard(contacts[7] as Contact, brand, 'fr'));
  });

  it('is a sound PDF, the same bytes for the same contacts', async () => {
    expectSoundPdf(bytes);
    const again = await renderCards({ ...doc, contacts: twelveContacts() }, A4);
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('shows the contact’s photo beside the name', async () => {
    const withPhoto = [{ ...(contacts[0] as Contact), photo: PHOTO_NAME }, ...contacts.slice(1, 2)];
    const sheet = await renderCards({ ...doc, contacts: withPhoto, images: new Map([[LOGO_NAME, logoPng()], [PHOTO_NAME, redPhoto()]]) }, A4);
    const png = PNG.sync.read(renderPage(sheet.bytes, 1, 72));
    const grid = sheetGrid(pageGeometry('a4', { top: 0, right: 0, bottom: 0, left: 0 }, 0, false));
    // The middle of the photo: 5 mm from the cut, 15 mm square; the second card has none.
    const at = (card: number) => {
      const x = Math.round(grid.x + card * CARD_WIDTH + 12.5 * MM);
      const y = Math.round(grid.y + 12.5 * MM);
      return [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];
    };
    expect(at(0)).toEqual([expect.toSatisfy((r: number) => r > 200), expect.toSatisfy((g: number) => g < 60), expect.toSatisfy((b: number) => b < 60)]);
    expect(at(1)).not.toEqual(at(0));
    expect(readableText(pageText(sheet.bytes, 1))).toContain('Pascale Bresson');
    expect(await conformanceProblems(sheet.bytes)).toEqual([]);
  });

  it('refuses an empty sheet with a plain message', async () => {
    await expect(renderCards({ ...doc, contacts: [] }, A4)).rejects.toThrow(new UserError('cards.none'));
  });
});
