import { PDFDocument, PDFHexString, PDFName, PDFNull, PDFString, type PDFRef } from 'pdf-lib';
import type { Frames, PageGeometry } from '../frame';
import { registrationSpace, writeOutputIntent } from './archival';
import { imageResourceName, paintPage, REGISTRATION_SPACE, type LinkArea } from './content';
import { FontSet } from './font-set';
import type { PreparedImage } from './images';
import { writeInfo, type DocumentInfo } from './metadata';
import { writeOutline } from './outline';
import { pdfFile } from './pdf-file';
import { deflatedStream } from './streams';
import { StructureTree } from './structure';

export interface WrittenPdf {
  bytes: Uint8Array;
  /** Postscript names of the embedded faces. */
  fonts: string[];
}

/** Where an internal link lands: the top left of the anchor's page position. */
export interface Destination {
  page: PDFRef;
  top: number;
}

/**
 * A link annotation: `#name` goes to an anchor of the document, anything else is a URI. It is printed
 * (/F 4, as PDF/A wants), says its text (/Contents) and joins its Link element (/StructParent).
 */
function linkAnnotation(pdf: PDFDocument, link: LinkArea, destinations: ReadonlyMap<string, Destination>, g: PageGeometry, tag: (ref: PDFRef) => number): PDFRef | undefined {
  const target = link.href.startsWith('#') ? destinations.get(link.href.slice(1)) : undefined;
  if (link.href.startsWith('#') && !target) return undefined;
  const ref = pdf.context.nextRef();
  const common = { Type: 'Annot', Subtype: 'Link', Rect: link.rect, Border: [0, 0, 0], F: 4, Contents: PDFHexString.fromText(link.text.trim() || link.href), StructParent: tag(ref) };
  const go = target ? { Dest: [target.page, PDFName.of('XYZ'), g.outset, target.top, PDFNull] } : { A: { Type: 'Action', S: 'URI', URI: PDFString.of(link.href) } };
  pdf.context.assign(ref, pdf.context.obj({ ...common, ...go }));
  return ref;
}

function setPrintBoxes(page: ReturnType<PDFDocument['addPage']>, g: PageGeometry): void {
  page.setMediaBox(0, 0, g.width + 2 * g.outset, g.height + 2 * g.outset);
  if (g.outset > 0) {
    page.setTrimBox(g.outset, g.outset, g.width, g.height);
    page.setBleedBox(g.outset - g.bleed, g.outset - g.bleed, g.width + 2 * g.bleed, g.height + 2 * g.bleed);
  }
}

/** Called before each page is painted (and may throw to stop), then once all are. */
export type PageHook = (pagesDone: number, pageCount: number) => void | Promise<void>;

/** An image XObject from prepared (already compressed) data: no decoding or re-encoding per export. */
function embedImage(pdf: PDFDocument, image: PreparedImage): PDFRef {
  const { context } = pdf;
  const common = { Type: 'XObject', Subtype: 'Image', Width: image.width, Height: image.height, BitsPerComponent: 8 };
  if (image.format === 'jpg') {
    return context.register(context.stream(image.bytes, { ...common, ColorSpace: 'DeviceRGB', Filter: 'DCTDecode' }));
  }
  const mask = image.alpha ? context.register(context.stream(image.alpha, { ...common, ColorSpace: 'DeviceGray', Filter: 'FlateDecode' })) : null;
  return context.register(context.stream(image.rgb, { ...common, ColorSpace: 'DeviceRGB', Filter: 'FlateDecode', ...(mask ? { SMask: mask } : {}) }));
}

function hasAlpha(image: PreparedImage | undefined): boolean {
  return image?.format === 'raw' && image.alpha !== null;
}

/**
 * Frames -> a PDF file: content streams, subset fonts, images (prepared, by name), links, outline, print
 * boxes and metadata; tagged (PDF/UA-1: structure tree, marked content, artifacts) and archival
 * (PDF/A-2b: XMP, sRGB output intent), always.
 */
export async function writePdf(frames: Frames, images: ReadonlyMap<string, PreparedImage>, info: DocumentInfo, onPage?: PageHook): Promise<WrittenPdf> {
  const { geometry: g, pages, bookmarks, anchors } = frames;
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const fonts = new FontSet(pdf.context);
  const tree = new StructureTree();
  const icc = writeOutputIntent(pdf);
  let registration: PDFRef | undefined;
  const imageRefs = new Map<string, PDFRef>();
  // Page objects first, so a link on one page can point at any other.
  const pdfPages = pages.map(() => pdf.addPage());
  const pageRefs = pdfPages.map((p) => p.ref);
  const destinations = new Map<string, Destination>();
  for (const anchor of anchors) {
    const page = pageRefs[anchor.page];
    if (page) destinations.set(anchor.name, { page, top: g.outset + g.height - anchor.y });
  }
  for (const [index, page] of pages.entries()) {
    await onPage?.(index, pages.length);
    const painted = paintPage(page, g, fonts, { tree, page: index });
    const pdfPage = pdfPages[index] as (typeof pdfPages)[number];
    setPrintBoxes(pdfPage, g);
    const node = pdfPage.node;
    // Tab order follows the structure; the page's MCIDs are found under its key in the ParentTree.
    node.set(PDFName.of('Tabs'), PDFName.of('S'));
    node.set(PDFName.of('StructParents'), pdf.context.obj(index));
    if (painted.registration) {
      registration ??= registrationSpace(pdf, icc);
      node.Resources()?.set(PDFName.of('ColorSpace'), pdf.context.obj({ [REGISTRATION_SPACE]: registration }));
    }
    node.set(PDFName.of('Contents'), deflatedStream(pdf.context, painted.content));
    for (const [name, ref] of painted.fonts) node.setFontDictionary(PDFName.of(name), ref);
    for (const name of painted.images) {
      let ref = imageRefs.get(name);
      const image = images.get(name);
      if (!ref && image) {
        ref = embedImage(pdf, image);
        imageRefs.set(name, ref);
      }
      if (ref) node.setXObject(PDFName.of(imageResourceName(name)), ref);
    }
    // A picture with an alpha mask makes the page transparent: PDF/A-2 wants its blending space named.
    if ([...painted.images].some((name) => hasAlpha(images.get(name)))) {
      node.set(PDFName.of('Group'), pdf.context.obj({ Type: 'Group', S: 'Transparency', CS: 'DeviceRGB' }));
    }
    if (painted.links.length > 0) {
      const annotations = painted.links.flatMap((link) => linkAnnotation(pdf, link, destinations, g, (ref) => tree.annotate(link.element, index, ref, pages.length)) ?? []);
      node.set(PDFName.of('Annots'), pdf.context.obj(annotations));
    }
  }
  await onPage?.(pages.length, pages.length);
  const fontNames = fonts.finish();
  writeOutline(pdf, bookmarks, pageRefs, g);
  writeInfo(pdf, info);
  tree.write(pdf, pageRefs, info.language);
  // Object streams: the structure tree's thousands of small dictionaries (and every other one) compressed together.
  const bytes = await pdfFile(pdf.context);
  return { bytes, fonts: fontNames };
}
