/**
 * A kit prints each thing once, read as a reader reads the PDF: the contacts on the kit's contacts page
 * and the boilerplate on its about pages, not again in every release (unless the kit asks for it); the
 * cover names the event once; the photos page holds each photo of the releases once, tagged as figures.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Kit } from '../../../main/core/schema';
import { kitPhotos } from '../../../main/pdf/documents/kit-photos';
import { renderKit, type KitDocument, type RenderOptions } from '../../../main/pdf/index';
import { DIAGRAM_NAME, PHOTO_NAME, SMALL_NAME } from '../../fixtures/pdf/figures';
import { airShowKit, photoKit } from '../../fixtures/pdf/kits';
import { conformanceProblems } from '../../helpers/pdf-conformance';
import { expectSoundPdf, outline, pageText, pdfFile, pdftotext, readableText } from '../../helpers/pdf-tools';

const A4: RenderOptions = { paper: 'a4', bleedMm: 0, cropMarks: false };
const NBSP = '\u00A0';

/** How many times `needle` occurs in the text of the whole PDF. */
function count(bytes: Uint8Array, needle: string): number {
  return readableText(pdftotext(bytes)).split(needle).length - 1;
}

function withKit(doc: KitDocument, changes: Partial<Kit>): KitDocument {
  return { ...doc, kit: Kit.parse({ ...doc.kit, ...changes }) };
}

/** The air show kit with the brand's French boilerplate, which its French release prints on its own. */
function kitWithBoilerplate(): KitDocument {
  const doc = airShowKit();
  const brand = { ...doc.brand, boilerplate: { ...doc.brand.boilerplate, fr: 'Le CNES propose et met en œuvre la politique spatiale de la France.' }, boilerplateTitle: { fr: 'À propos du CNES', en: 'About Example Space Agency', ru: '' } };
  const releases = doc.releases.map((r) => ({ ...r, brand, release: { ...r.release, boilerplate: true } }));
  return { ...doc, brand, releases };
}

const CONTACT = 'pascale.bresson@cnes.fr';
const ENGLISH_CONTACT = 'jane.doe@example.org';

describe('a kit prints the contacts and the boilerplate once', () => {
  it('by default: the contacts on its contacts page only, the boilerplate on its about page only', async () => {
    const { bytes } = await renderKit(kitWithBoilerplate(), A4);
    expect(count(bytes, CONTACT)).toBe(1);
    expect(count(bytes, ENGLISH_CONTACT)).toBe(1);
    // No release prints its "CONTACTS" block; the one "Contacts" heading is the contacts page's.
    expect(count(bytes, 'CONTACTS')).toBe(0);
    expect(count(bytes, 'À propos')).toBe(0);
    expect(count(bytes, 'About Example Space Agency')).toBe(0);
    expect(count(bytes, 'Le CNES en bref')).toBe(3);
  });

  it('keeps them in each release when the kit asks for it', async () => {
    const doc = kitWithBoilerplate();
    const { bytes } = await renderKit(withKit(doc, { repeat: { contacts: true, boilerplate: true } }), A4);
    // On the contacts page, and in the French release whose contact she is.
    expect(count(bytes, CONTACT)).toBe(2);
    // The French and the English releases' own blocks.
    expect(count(bytes, 'CONTACTS')).toBe(2);
    expect(count(bytes, 'À propos du CNES')).toBe(1);
    expect(count(bytes, 'About Example Space Agency')).toBe(1);
    const contactsOnly = await renderKit(withKit(doc, { repeat: { contacts: true, boilerplate: false } }), A4);
    expect(count(contactsOnly.bytes, 'À propos du CNES')).toBe(0);
    expect(count(contactsOnly.bytes, CONTACT)).toBe(2);
  });

  it('gives a kit without contacts or about page the releases’ contacts and the boilerplate once, at its end', async () => {
    const doc = kitWithBoilerplate();
    const items = doc.kit.items.filter((item) => item.type === 'release');
    const { bytes, report } = await renderKit({ ...withKit(doc, { items }), contacts: [] }, A4);
    expect(count(bytes, CONTACT)).toBe(1);
    expect(count(bytes, ENGLISH_CONTACT)).toBe(1);
    expect(count(bytes, 'À propos du CNES')).toBe(3); // the contents' entry, the page's title, its running head
    expect(outline(bytes).slice(-2)).toEqual([`À propos du CNES (p. ${report.pages - 1})`, `Contacts (p. ${report.pages})`]);
    expect(readableText(pageText(bytes, 2))).toContain('À propos du CNES');
  });
});

describe('the cover of a kit', () => {
  it('names the event once when the kit is named after it, whatever the accents, case and spaces', async () => {
    const doc = withKit(airShowKit(), { name: 'MAKS 2019', cover: { title: 'Salon MAKS 2019', subtitle: '', image: null }, event: { name: 'salon  maks 2019', place: 'Joukovski', startDate: null, endDate: null } });
    const { bytes } = await renderKit(doc, A4);
    const cover = readableText(pageText(bytes, 1));
    expect(cover).toContain('Salon MAKS 2019');
    expect(cover.toLowerCase().split('maks 2019')).toHaveLength(2);
    const accented = await renderKit(withKit(doc, { cover: { title: 'Festival Été', subtitle: '', image: null }, event: { name: 'FESTIVAL ETE', place: '', startDate: null, endDate: null } }), A4);
    expect(readableText(pageText(accented.bytes, 1))).not.toContain('FESTIVAL ETE');
    const other = await renderKit(withKit(doc, { event: { name: 'Salon international MAKS', place: '', startDate: null, endDate: null } }), A4);
    expect(readableText(pageText(other.bytes, 1))).toContain('Salon international MAKS');
  });

  it('prints the kit’s own dates, and none when it has none', async () => {
    const doc = airShowKit();
    expect(readableText(pageText((await renderKit(doc, A4)).bytes, 1))).toContain(`Joukovski · 27${NBSP}août${NBSP}– 1er${NBSP}septembre${NBSP}2019`);
    const undated = await renderKit(withKit(doc, { event: { ...doc.kit.event, startDate: null, endDate: null } }), A4);
    const cover = readableText(pageText(undated.bytes, 1));
    expect(cover).toContain('Joukovski');
    expect(cover).not.toMatch(/2019 CNES|août|septembre/u);
  });
});

/** poppler's view of the structure tree. */
function structText(bytes: Uint8Array): string {
  return execFileSync('pdfinfo', ['-struct-text', pdfFile(bytes)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

describe('the photos page of a kit', () => {
  it('chooses each photo once, with its words in the kit’s language: the media library’s, else a release’s in that language, else the first', async () => {
    const doc = await photoKit();
    const photos = kitPhotos(
      doc.releases.map((r) => r.release),
      doc.media ?? [],
      'fr',
    );
    expect(photos.map((p) => [p.image, p.caption, p.credit])).toEqual([
      [PHOTO_NAME, 'Le lancement du troisième vol.', '© CNES/E. Grimault'],
      [DIAGRAM_NAME, 'La nacelle et ses instruments.', '© CNES/Service photo'],
      [SMALL_NAME, 'The team.', ''],
    ]);
  });

  it('prints a grid of the photos with their captions and credits, listed in the contents', async () => {
    const { bytes } = await renderKit(await photoKit(), A4);
    const contents = readableText(pageText(bytes, 2));
    const page = Number(/Photos (\d+)/u.exec(contents)?.[1]);
    expect(page).toBeGreaterThan(2);
    const text = readableText(pageText(bytes, page));
    expect(text).toMatch(/^Photos /u);
    for (const words of ['Le lancement du troisième vol.', '© CNES/E. Grimault', 'La nacelle et ses instruments.', '© CNES/Service photo', 'The team.']) expect(text).toContain(words);
    expect(text).not.toContain('The launch of the third flight.');
    expect(count(bytes, 'Le lancement du troisième vol.')).toBe(2); // in its release, and once on the photos page
  });

  it('embeds each photo at no more than 300 dpi and tags it as a Figure with its alternative text and Caption', async () => {
    const { bytes } = await renderKit(await photoKit(), A4);
    const listed = execFileSync('pdfimages', ['-list', pdfFile(bytes)], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
    for (const line of listed) {
      const c = line.trim().split(/\s+/u);
      if (c[2] === 'image') expect(Number(c[12])).toBeLessThanOrEqual(301);
    }
    const tree = structText(bytes);
    expect(tree).toMatch(/Figure:\n\s+\/Alt|Figure:\n\s+\/BBox/u);
    expect(tree).toMatch(/Div\n\s+Div\n\s+Figure:\n\s+\/BBox \[[\d. ]+\]\n\s+""\n\s+Caption\n\s+"Le lancement du troisième vol\."\n\s+Span \(inline\)\n\s+"© CNES\/E\. Grimault"/u);
    expect(tree).toMatch(/Caption\n\s+"La nacelle et ses instruments\."/u);
    expectSoundPdf(bytes);
    expect(await conformanceProblems(bytes)).toEqual([]);
  });

  it('prints no photos page when the releases show no photo', async () => {
    const doc = airShowKit();
    const { bytes } = await renderKit(withKit(doc, { items: [...doc.kit.items, { type: 'photos', title: 'Photos' }] }), A4);
    expect(readableText(pageText(bytes, 2))).not.toContain('Photos');
  });
});
