/**
 * Figures as a reader and a printer get them: the picture embedded at no more than 300 dpi as printed
 * (never upscaled), JPEG as JPEG, PNG with its alpha, once per size; never split from its caption; tagged
 * as a Figure with its alternative text beside its Caption. The pictures are made here with sharp.
 */
import { execFileSync } from 'node:child_process';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../main/core/errors';
import { Brand, type RichText } from '../../../main/core/schema';
import { renderKit, renderRelease, type RenderOptions, type ReleaseDocument } from '../../../main/pdf/index';
import { DIAGRAM_NAME, figureDocument, jpegPicture, PHOTO_NAME, pngWithAlpha } from '../../fixtures/pdf/figures';
import { airShowKit } from '../../fixtures/pdf/kits';
import { conformanceProblems } from '../../helpers/pdf-conformance';
import { expectSoundPdf, objectsText, pageText, pdfFile, readableText } from '../../helpers/pdf-tools';

const A4: RenderOptions = { paper: 'a4', bleedMm: 0, cropMarks: false };

interface ListedImage {
  page: number;
  type: string;
  width: number;
  height: number;
  color: string;
  enc: string;
  object: number;
  xppi: number;
}

/** `pdfimages -list`: every image drawn, page by page, with its pixels, encoding and resolution as printed. */
function listImages(bytes: Uint8Array): ListedImage[] {
  const out = execFileSync('pdfimages', ['-list', pdfFile(bytes)], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const c = line.trim().split(/\s+/u);
      return { page: Number(c[0]), type: c[2] ?? '', width: Number(c[3]), height: Number(c[4]), color: c[5] ?? '', enc: c[8] ?? '', object: Number(c[10]), xppi: Number(c[12]) };
    });
}

function structText(bytes: Uint8Array): string {
  return execFileSync('pdfinfo', ['-struct-text', pdfFile(bytes)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

const figure = (image: string, fields: Partial<{ alt: string; caption: string; credit: string; width: 'column' | 'full' | 'half' }> = {}): RichText[number] => ({
  type: 'figure',
  image,
  alt: 'A balloon over the tundra',
  caption: 'The launch.',
  credit: '© CNES/E. Grimault',
  width: 'column',
  ...fields,
});

const paragraph = (text: string): RichText[number] => ({ type: 'paragraph', content: [{ text }] });

/** A one-figure release showing `bytes` as its picture, in a brand with the margins given. */
async function withPicture(bytes: Uint8Array, body: RichText, marginsMm?: Brand['marginsMm']): Promise<ReleaseDocument> {
  const doc = await figureDocument(body);
  const brand = marginsMm ? Brand.parse({ ...doc.brand, marginsMm }) : doc.brand;
  return { ...doc, brand, images: new Map([[PHOTO_NAME, bytes]]) };
}

describe('a figure in the typesetting engine', () => {
  it('embeds a 6000 × 4000 photo printed 80 mm wide at no more than 300 dpi, still a JPEG, and leaves the original alone', async () => {
    const original = new Uint8Array(await sharp({ create: { width: 6000, height: 4000, channels: 3, background: { r: 200, g: 80, b: 40 } } }).jpeg().toBuffer());
    const copy = original.slice();
    // A half-width figure is half the column less half the 12 pt gutter: 80 mm in a column of 160 mm and 12 pt.
    const side = (210 - 160 - (12 * 25.4) / 72) / 2;
    const { bytes } = await renderRelease(await withPicture(original, [figure(PHOTO_NAME, { width: 'half' })], { top: 20, right: side, bottom: 20, left: side }), A4);
    const [image, ...others] = listImages(bytes);
    expect(others).toEqual([]);
    expect(image).toMatchObject({ type: 'image', enc: 'jpeg', color: 'rgb' });
    // 80 mm at 300 dpi is 944.9 pixels.
    expect(image?.width).toBeLessThanOrEqual(945);
    expect(image?.width).toBeGreaterThan(900);
    expect(image?.xppi).toBeLessThanOrEqual(300);
    expect(Buffer.from(bytes).toString('latin1')).toContain('/DCTDecode');
    expect(Buffer.compare(Buffer.from(original), Buffer.from(copy))).toBe(0);
  });

  it('keeps a PNG’s alpha as an /SMask, on a page with a transparency group in RGB, and passes the checkers', async () => {
    const { bytes } = await renderRelease(await withPicture(await pngWithAlpha(600, 400), [figure(PHOTO_NAME)]), A4);
    expect(listImages(bytes).map((image) => image.type)).toEqual(['image', 'smask']);
    const text = objectsText(bytes);
    expect(text).toContain('/SMask');
    expect(text).toContain('/Group << /CS /DeviceRGB /S /Transparency /Type /Group >>');
    expectSoundPdf(bytes);
    expect(await conformanceProblems(bytes)).toEqual([]);
  });

  it('never prints a 400-pixel picture wider than 400/300 in, and embeds its pixels as they are', async () => {
    const { bytes } = await renderRelease(await withPicture(await jpegPicture(400, 300), [figure(PHOTO_NAME)]), A4);
    const [image] = listImages(bytes);
    expect(image).toMatchObject({ width: 400, height: 300 });
    expect(image?.xppi).toBeGreaterThanOrEqual(300);
    // The Figure's box on the page: 96 pt wide (400 / 300 in).
    const box = /\/BBox \[([\d.]+) [\d.]+ ([\d.]+) [\d.]+\]/u.exec(structText(bytes));
    expect(Number(box?.[2]) - Number(box?.[1])).toBeCloseTo(96, 1);
  });

  it('turns a CMYK photo into sRGB, as PDF/A wants beside the sRGB output intent', async () => {
    const cmyk = new Uint8Array(await sharp(await jpegPicture(500, 400)).toColourspace('cmyk').jpeg().toBuffer());
    expect((await sharp(cmyk).metadata()).space).toBe('cmyk');
    const { bytes } = await renderRelease(await withPicture(cmyk, [figure(PHOTO_NAME)]), A4);
    expect(listImages(bytes)[0]).toMatchObject({ enc: 'jpeg', color: 'rgb' });
    expect(await conformanceProblems(bytes)).toEqual([]);
  });

  it('turns a camera’s portrait as its EXIF orientation says, in its printed size and its pixels', async () => {
    // Stored 600 × 400, on its side: it shows 400 × 600.
    const sideways = new Uint8Array(await sharp(await jpegPicture(600, 400)).withMetadata({ orientation: 6 }).jpeg().toBuffer());
    expect(await sharp(sideways).metadata()).toMatchObject({ width: 600, height: 400, orientation: 6 });
    const { bytes } = await renderRelease(await withPicture(sideways, [figure(PHOTO_NAME)]), A4);
    expect(listImages(bytes)[0]).toMatchObject({ width: 400, height: 600 });
    const box = /\/BBox \[([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)\]/u.exec(structText(bytes));
    expect(Number(box?.[4]) - Number(box?.[2])).toBeCloseTo(144, 1);
  });

  it('embeds the same picture printed twice at the same size once', async () => {
    const { bytes } = await renderRelease(await withPicture(await jpegPicture(800, 500), [figure(PHOTO_NAME), paragraph('Between the two.'), figure(PHOTO_NAME, { caption: 'Again.' })]), A4);
    const images = listImages(bytes);
    expect(images).toHaveLength(2);
    expect(new Set(images.map((image) => image.object)).size).toBe(1);
  });

  it('never splits a figure from its caption: at the foot of a full page it moves whole to the next', async () => {
    const text = 'The balloon campaign of the summer measured the ozone layer over the Arctic circle for six weeks, from a base in Kiruna, with instruments built by three laboratories.';
    const body = [...Array.from({ length: 14 }, () => paragraph(text)), figure(PHOTO_NAME, { caption: 'The launch of the third flight.' }), paragraph('After the figure.')];
    const { bytes } = await renderRelease(await withPicture(await jpegPicture(1600, 1000), body), A4);
    expect(listImages(bytes).map((image) => image.page)).toEqual([2]);
    expect(readableText(pageText(bytes, 1))).not.toContain('The launch of the third flight.');
    expect(readableText(pageText(bytes, 2))).toMatch(/^.*The launch of the third flight\. © CNES\/E\. Grimault After the figure\./u);
    // Page 1 ends on the paragraph before the figure: it was not left empty.
    expect(readableText(pageText(bytes, 1))).toContain('three laboratories.');
  });

  it('tags the picture as a Figure with its alternative text and a /BBox, beside its Caption holding the credit', async () => {
    const { bytes } = await renderRelease(await withPicture(await jpegPicture(800, 500), [figure(PHOTO_NAME)]), A4);
    const tree = structText(bytes);
    expect(tree).toMatch(/Div\n\s+Figure:\n\s+\/BBox \[[\d. ]+\]\n\s+""\n\s+Caption\n\s+"The launch\."\n\s+Span \(inline\)\n\s+"© CNES\/E\. Grimault"/u);
    expect(objectsText(bytes).toUpperCase()).toContain('/ALT <FEFF0041002000620061006C006C006F006F006E');
    expectSoundPdf(bytes);
    expect(await conformanceProblems(bytes)).toEqual([]);
  });

  it('describes a picture without alternative text by its caption, and makes one with neither decoration', async () => {
    const described = await renderRelease(await withPicture(await jpegPicture(800, 500), [figure(PHOTO_NAME, { alt: '' })]), A4);
    expect(objectsText(described.bytes).toUpperCase()).toContain('/ALT <FEFF');
    expect(structText(described.bytes)).toContain('Figure');
    const bare = await renderRelease(await withPicture(await jpegPicture(800, 500), [figure(PHOTO_NAME, { alt: '', caption: '' })]), A4);
    const tree = structText(bare.bytes);
    expect(tree).not.toContain('Figure');
    expect(tree).toMatch(/Div\n\s+P \(block\)\n\s+"© CNES\/E\. Grimault"/u);
    expect(listImages(bare.bytes)).toHaveLength(1);
    expect(await conformanceProblems(bare.bytes)).toEqual([]);
  });

  it('prints the figures of a kit’s releases and of its about pages', async () => {
    const kit = airShowKit();
    const [first, ...others] = kit.releases;
    const withFigure = { ...first!, release: { ...first!.release, body: [...first!.release.body, figure(PHOTO_NAME)] } };
    const items = kit.kit.items.map((item) => (item.type === 'about' ? { ...item, body: [...item.body, figure(DIAGRAM_NAME, { caption: 'Le siège.' })] } : item));
    const images = new Map([...kit.images, [PHOTO_NAME, await jpegPicture(800, 500)], [DIAGRAM_NAME, await pngWithAlpha(300, 200)]]);
    const { bytes } = await renderKit({ ...kit, kit: { ...kit.kit, items }, releases: [withFigure, ...others], images }, A4);
    const sizes = listImages(bytes).filter((image) => image.type === 'image').map((image) => `${image.width}x${image.height}`);
    expect(sizes).toEqual(expect.arrayContaining(['800x500', '300x200']));
    expect(await conformanceProblems(bytes)).toEqual([]);
  });

  it('refuses a damaged picture in its own words, naming the release', async () => {
    const damaged = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]);
    const error: unknown = await renderRelease(await withPicture(damaged, [figure(PHOTO_NAME)]), A4).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).detail.code).toBe('figure.imageDamaged');
    expect((error as UserError).message).toContain('PR9-2026');
  });
});
