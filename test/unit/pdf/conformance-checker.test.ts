/** The PDF/UA-1 and PDF/A-2b checker itself, on files of known verdict: each rule it claims can fail. */
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderRelease } from '../../../main/pdf/index';
import { figureDocument } from '../../fixtures/pdf/figures';
import { englishRichRelease } from '../../fixtures/pdf/releases';
import { conformanceProblems } from '../../helpers/pdf-conformance';

/** Loads a PDF, lets `edit` break it, and saves it as it is (no metadata added). */
async function edited(bytes: Uint8Array, edit: (pdf: PDFDocument) => void): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  edit(pdf);
  return pdf.save({ useObjectStreams: false, updateFieldAppearances: false });
}

function structElems(pdf: PDFDocument): PDFDict[] {
  return pdf.context
    .enumerateIndirectObjects()
    .map(([, obj]) => obj)
    .filter((obj): obj is PDFDict => obj instanceof PDFDict && obj.get(PDFName.of('Type'))?.toString() === '/StructElem');
}

describe('the PDF/UA-1 and PDF/A-2b checker', () => {
  let tagged: Uint8Array;
  beforeAll(async () => {
    tagged = (await renderRelease({ ...englishRichRelease(null), images: new Map() }, { paper: 'a4', bleedMm: 0, cropMarks: false })).bytes;
  });

  it('passes a tagged export as it is written', async () => {
    expect(await conformanceProblems(tagged)).toEqual([]);
  });

  it('finds an untagged PDF: no tree, no XMP, no output intent, text neither tagged nor an artifact', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('Untagged');
    const problems = await conformanceProblems(await pdf.save());
    for (const expected of ['no structure tree', 'no XMP metadata stream', 'no sRGB PDF/A output intent with an ICC profile', 'MarkInfo /Marked is not true', 'the catalog has no /Lang']) {
      expect(problems).toContain(expected);
    }
    expect(problems.some((p) => p.includes('Tj neither tagged nor an artifact') || p.includes('TJ neither tagged nor an artifact'))).toBe(true);
  });

  it('finds a picture with alpha on a page without a transparency group, and a Figure without /Alt', async () => {
    const figures = (await renderRelease(await figureDocument(), { paper: 'a4', bleedMm: 0, cropMarks: false })).bytes;
    expect(await conformanceProblems(figures)).toEqual([]);
    const broken = await edited(figures, (pdf) => {
      for (const page of pdf.getPages()) page.node.delete(PDFName.of('Group'));
      for (const elem of structElems(pdf)) if (elem.get(PDFName.of('S'))?.toString() === '/Figure') elem.delete(PDFName.of('Alt'));
    });
    const problems = await conformanceProblems(broken);
    expect(problems).toContain('page 0: a picture with an alpha mask, and no transparency group with a colour space');
    expect(problems).toContain('a Figure without alternative text');
  });

  it('finds a skipped heading level', async () => {
    const broken = await edited(tagged, (pdf) => {
      for (const elem of structElems(pdf)) if (elem.get(PDFName.of('S'))?.toString() === '/H2') elem.set(PDFName.of('S'), PDFName.of('H3'));
    });
    expect(await conformanceProblems(broken)).toContain('heading H3 after H1: a level is skipped');
  });

  it('finds a link annotation without /Contents, and MCIDs the tree no longer reaches', async () => {
    const broken = await edited(tagged, (pdf) => {
      const annots = pdf.getPages()[0]?.node.lookup(PDFName.of('Annots'), PDFArray);
      annots?.lookup(0, PDFDict).delete(PDFName.of('Contents'));
      const paragraph = structElems(pdf).find((elem) => elem.get(PDFName.of('S'))?.toString() === '/P');
      paragraph?.set(PDFName.of('K'), pdf.context.obj([]));
    });
    const problems = await conformanceProblems(broken);
    expect(problems).toContain('page 0: a link annotation without /Contents');
    expect(problems.some((p) => /^page 0: MCID \d+ is not reached from the structure tree$/u.test(p))).toBe(true);
  });

  it('finds Info and XMP out of step', async () => {
    const broken = await edited(tagged, (pdf) => pdf.setTitle('Another title'));
    expect((await conformanceProblems(broken)).some((p) => p.startsWith('Info Title (Another title) and XMP dc:title'))).toBe(true);
  });
});
