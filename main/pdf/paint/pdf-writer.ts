import { PDFDocument, PDFName, PDFString, type PDFRef } from 'pdf-lib';
import type { PageGeometry } from '../layout/geometry';
import type { Page, PlacedBookmark } from '../layout/types';
import { imageResourceName, paintPage, type LinkArea } from './content';
import { FontSet } from './font-set';
import type { PreparedImage } from './images';
import { writeInfo, type DocumentInfo } from './metadata';
import { writeOutline } from './outline';

export interface WrittenPdf {
  bytes: Uint8Array;
  /** Postscript names of the embedded faces. */
  fonts: string[];
}

function linkAnnotation(pdf: PDFDocument, link: LinkArea): PDFRef {
  return pdf.context.register(
    pdf.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: link.rect,
      Border: [0, 0, 0],
      A: { Type: 'Action', S: 'URI', URI: PDFString.of(link.href) },
    }),
  );
}

function setPrintBoxes(page: ReturnType<PDFDocument['addPage']>, g: PageGeometry): void {
  page.setMediaBox(0, 0, g.width + 2 * g.outset, g.height + 2 * g.outset);
  if (g.outset > 0) {
    page.setTrimBox(g.outset, g.outset, g.width, g.height);
    page.setBleedBox(g.outset - g.bleed, g.outset - g.bleed, g.width + 2 * g.bleed, g.height + 2 * g.bleed);
  }
}

export interface PdfContent {
  pages: readonly Page[];
  bookmarks: readonly PlacedBookmark[];
  images: ReadonlyMap<string, PreparedImage>;
}

/** Pages -> a PDF file: content streams, subset fonts, images, links, outline, print boxes and metadata. */
export async function writePdf({ pages, bookmarks, images }: PdfContent, g: PageGeometry, info: DocumentInfo): Promise<WrittenPdf> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const fonts = new FontSet(pdf.context);
  const imageRefs = new Map<string, PDFRef>();
  const pageRefs: PDFRef[] = [];
  for (const page of pages) {
    const painted = paintPage(page, g, fonts);
    const pdfPage = pdf.addPage();
    pageRefs.push(pdfPage.ref);
    setPrintBoxes(pdfPage, g);
    const node = pdfPage.node;
    node.set(PDFName.of('Contents'), pdf.context.register(pdf.context.flateStream(painted.content)));
    for (const [name, ref] of painted.fonts) node.setFontDictionary(PDFName.of(name), ref);
    for (const name of painted.images) {
      let ref = imageRefs.get(name);
      const image = images.get(name);
      if (!ref && image) {
        const embedded = image.format === 'png' ? await pdf.embedPng(image.bytes) : await pdf.embedJpg(image.bytes);
        ref = embedded.ref;
        imageRefs.set(name, ref);
      }
      if (ref) node.setXObject(PDFName.of(imageResourceName(name)), ref);
    }
    if (painted.links.length > 0) {
      node.set(PDFName.of('Annots'), pdf.context.obj(painted.links.map((link) => linkAnnotation(pdf, link))));
    }
  }
  const fontNames = fonts.finish();
  writeOutline(pdf, bookmarks, pageRefs, g);
  writeInfo(pdf, info);
  const bytes = await pdf.save({ useObjectStreams: false });
  return { bytes, fonts: fontNames };
}
