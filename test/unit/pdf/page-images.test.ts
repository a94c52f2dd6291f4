/**
 * Page images compared with references, as Typst does: each page below is rendered by poppler and compared
 * pixel by pixel with the PNG in test/fixtures/pdf/pages/. A change that moves ink fails here, and the diff
 * image beside the test results shows where. After an intended change, look at the new pages and refresh
 * the references with PRESSKIT_UPDATE_PAGES=1.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderKit, renderRelease, type RenderOptions } from '../../../main/pdf/index';
import { loadCp124 } from '../../fixtures/pdf/cp124';
import { airShowKit, photoKit } from '../../fixtures/pdf/kits';
import { cp124FromKourou, cp124HyphenAtFoot, cp124WithAbout } from '../../fixtures/pdf/rules';
import { figureDocument } from '../../fixtures/pdf/figures';
import { englishRichRelease, LOGO_NAME, logoPng, russianRelease } from '../../fixtures/pdf/releases';
import { pageText, renderPage } from '../../helpers/pdf-tools';

const REFERENCES = join(import.meta.dirname, '../../fixtures/pdf/pages');
const DIFFS = join(import.meta.dirname, '../../../test-results/page-diffs');
const DPI = 50;
const A4: RenderOptions = { paper: 'a4', bleedMm: 0, cropMarks: false };
/** A channel differing by more than this is a changed pixel (anti-aliasing noise stays below). */
const CHANNEL_TOLERANCE = 48;
/** Share of changed pixels a page may have (5 of an A4 page at 50 dpi): an added "!" changes 18. */
const PIXEL_SHARE = 0.00002;

function changedPixels(actual: PNG, expected: PNG): { share: number; diff: PNG } {
  const diff = new PNG({ width: actual.width, height: actual.height });
  let changed = 0;
  for (let i = 0; i < actual.data.length; i += 4) {
    const differs = [0, 1, 2].some((c) => Math.abs((actual.data[i + c] as number) - (expected.data[i + c] as number)) > CHANNEL_TOLERANCE);
    if (differs) changed += 1;
    diff.data.set(differs ? [220, 0, 0, 255] : [actual.data[i] as number, actual.data[i + 1] as number, actual.data[i + 2] as number, 60], i);
  }
  return { share: changed / (actual.width * actual.height), diff };
}

/** A band of the page, from `top` to `bottom` as shares of its height: the part a rule is about. */
interface Band {
  top: number;
  bottom: number;
}

function cropped(png: Buffer, band: Band): Buffer {
  const page = PNG.sync.read(png);
  const top = Math.round(page.height * band.top);
  const part = new PNG({ width: page.width, height: Math.round(page.height * band.bottom) - top });
  PNG.bitblt(page, part, 0, top, page.width, part.height, 0, 0);
  return PNG.sync.write(part);
}

function expectPage(bytes: Uint8Array, page: number, name: string, band?: Band): void {
  const whole = renderPage(bytes, page, DPI);
  const png = band ? cropped(whole, band) : whole;
  const reference = join(REFERENCES, `${name}.png`);
  if (process.env.PRESSKIT_UPDATE_PAGES === '1' || !existsSync(reference)) {
    if (process.env.CI) throw new Error(`No reference page image ${name}.png: run the tests with PRESSKIT_UPDATE_PAGES=1 and look at it.`);
    writeFileSync(reference, png);
    return;
  }
  const actual = PNG.sync.read(png);
  const expected = PNG.sync.read(readFileSync(reference));
  expect([actual.width, actual.height], `${name}: page size`).toEqual([expected.width, expected.height]);
  const { share, diff } = changedPixels(actual, expected);
  if (share > PIXEL_SHARE) {
    mkdirSync(DIFFS, { recursive: true });
    writeFileSync(join(DIFFS, `${name}.png`), PNG.sync.write(diff));
  }
  expect(share, `${name}: share of changed pixels (diff in test-results/page-diffs)`).toBeLessThanOrEqual(PIXEL_SHARE);
}

describe('pages as a reader sees them', () => {
  it('the model communiqué', async () => {
    const { release, contacts, brand } = loadCp124();
    const { bytes } = await renderRelease({ release, contacts, brand, images: new Map() }, A4);
    expectPage(bytes, 1, 'cp124-page-1');
  });

  it('a Russian release and an English one with every kind of block', async () => {
    const ru = russianRelease();
    expectPage((await renderRelease({ ...ru, images: new Map() }, A4)).bytes, 1, 'russian-page-1');
    const en = englishRichRelease(LOGO_NAME);
    const rich = await renderRelease({ ...en, images: new Map([[LOGO_NAME, logoPng()]]) }, { paper: 'letter', bleedMm: 3, cropMarks: true });
    expectPage(rich.bytes, 1, 'english-letter-bleed-page-1');
  });

  it('a press kit: cover, contents and an about page', async () => {
    const { bytes } = await renderKit(airShowKit(), A4);
    expectPage(bytes, 1, 'kit-cover');
    expectPage(bytes, 2, 'kit-contents');
    expectPage(bytes, 4, 'kit-about');
  });

  it('a press kit’s photos page: the releases’ photos two abreast, standing on one line, each with its caption and credit', async () => {
    const { bytes } = await renderKit(await photoKit(), A4);
    expect(pageText(bytes, 9)).toMatch(/^Photos\n/u);
    expectPage(bytes, 9, 'kit-photos');
  });

  it('figures: a column one, a half one with the text beside it, and a full one moved whole to the next page', async () => {
    const { bytes } = await renderRelease(await figureDocument(), A4);
    expectPage(bytes, 1, 'figures-page-1');
    expectPage(bytes, 2, 'figures-page-2', { top: 0, bottom: 0.25 });
  });

  describe('the last typographic rules, one reference each', () => {
    it('no page holds the closing matter alone: lines of the text come along with the boilerplate and contacts', async () => {
      const { bytes } = await renderRelease({ ...cp124WithAbout(), images: new Map() }, A4);
      expectPage(bytes, 2, 'rule-closing-company', { top: 0, bottom: 0.5 });
    });

    it('no page ends on a hyphenated line', async () => {
      const { bytes } = await renderRelease({ ...cp124HyphenAtFoot(), images: new Map() }, A4);
      expectPage(bytes, 1, 'rule-no-hyphen-at-foot', { top: 0.6, bottom: 1 });
    });

    it('a date is not broken between day, month and year, and the first of the month is "1er" in French', async () => {
      const { bytes } = await renderRelease({ ...cp124FromKourou(), images: new Map() }, A4);
      expectPage(bytes, 1, 'rule-date-whole', { top: 0, bottom: 0.2 });
    });

    it('a bold lead is no looser than the body: ragged when it cannot be justified as tightly', async () => {
      const en = englishRichRelease(LOGO_NAME);
      const { bytes } = await renderRelease({ ...en, images: new Map([[LOGO_NAME, logoPng()]]) }, { paper: 'letter', bleedMm: 3, cropMarks: true });
      expectPage(bytes, 1, 'rule-lead-spacing', { top: 0.27, bottom: 0.4 });
    });
  });
});
