import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../main/core/errors';
import { Contact } from '../../../main/core/schema';
import { contactVCard } from '../../../main/core/vcard';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../main/pdf/documents/cards';
import { sheetGrid } from '../../../main/pdf/layout/sheet';
import { renderCards, type CardsDocument, type RenderOptions } from '../../../main/pdf/index';
import { pageGeometry } from '../../../main/pdf/layout/geometry';
import { loadCp124 } from '../../fixtures/pdf/cp124';
import { englishRichRelease, LOGO_NAME, logoPng, russianRelease } from '../../fixtures/pdf/releases';
import { expectSoundPdf, linkTargets, pageContent, pageText, pdfinfo, readableText, renderPage } from '../../helpers/pdf-tools';

const A4: RenderOptions = { paper: 'a4', bleedMm: 0, cropMarks: false };
const MM = 72 / 25.4;
const DPI = 300;

/** Twelve contacts: the fixtures' five (with accents and Cyrillic), then seven more. */
function twelveContacts(): Contact[] {
  const base = [...loadCp124().contacts, ...russianRelease().contacts, ...englishRichRelease(null).contacts];
  const more = Array.from({ length: 12 - base.length }, (_, i) =>
    Contact.parse({ id: `m${i}`, name: `Attaché ${i + 1}`, role: 'Relations presse', organisation: 'CNES', phones: [{ number: `01 44 76 75 ${10 + i}` }], email: `attache${i + 1}@cnes.fr` }),
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
  const brand = englishRichRelease(LOGO_NAME).brand;
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

  it('prints a QR code on each card that scans back to the exact vCard of its contact', () => {
    const png = PNG.sync.read(renderPage(bytes, 1, DPI));
    for (const [i, contact] of contacts.slice(0, 10).entries()) {
      expect(decodeCard(png, i, 'a4')).toBe(contactVCard(contact));
    }
  });

  it('links the phones and e-mail addresses', async () => {
    const links = (await linkTargets(bytes))[0] ?? [];
    expect(links).toEqual(expect.arrayContaining(['tel:0144767539', 'mailto:pascale.bresson@cnes.fr', 'tel:+74951234567', 'mailto:anna.ivanova@example.org', 'tel:+33612345678']));
  });

  it('fits eight cards on Letter, two by four, each still scanning', async () => {
    const letter = await renderCards(doc, { paper: 'letter', bleedMm: 0, cropMarks: false });
    expect(pdfinfo(letter.bytes)['Page size']).toMatch(/^612 x 792 pts/u);
    const marks = await markPositions(letter.bytes, 1);
    expect([marks.xs.length, marks.ys.length]).toEqual([3, 5]);
    expect(decodeCard(PNG.sync.read(renderPage(letter.bytes, 1, DPI)), 7, 'letter')).toBe(contactVCard(contacts[7] as Contact));
  });

  it('is a sound PDF, the same bytes for the same contacts', async () => {
    expectSoundPdf(bytes);
    const again = await renderCards({ ...doc, contacts: twelveContacts() }, A4);
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses an empty sheet with a plain message', async () => {
    await expect(renderCards({ ...doc, contacts: [] }, A4)).rejects.toThrow(new UserError('cards.none'));
  });
});
