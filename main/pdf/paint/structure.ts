import { PDFHexString, PDFName, PDFString, type PDFDict, type PDFDocument, type PDFObject, type PDFRef } from 'pdf-lib';
import type { Role, StructureElement } from '../frame';

/** A marked-content sequence of a page, or a link annotation, as a child of a structure element. */
type Content = { page: number; mcid: number } | { page: number; annotation: PDFRef };

/** A structure element as written: its kids in reading order. */
export interface StructureNode {
  role: Exclude<Role, 'Artifact'>;
  language?: string;
  alt?: string;
  /** Where a Figure's picture lies on its page, in PDF user space: x1 y1 x2 y2 (its /BBox). */
  bbox?: [number, number, number, number];
  kids: (StructureNode | Content)[];
}

/**
 * The structure tree of a tagged PDF (ISO 32000 14.7, as pdfkit's markings do it): elements are made as
 * their content is painted, so their order is the reading order; each page's marked content is numbered
 * (MCID) and the ParentTree leads back from a page's MCIDs and from each link annotation to its element.
 */
export class StructureTree {
  private readonly root: StructureNode = { role: 'Document', kids: [] };
  private readonly nodes = new Map<StructureElement, StructureNode>();
  /** By page, the element of each MCID. */
  private readonly marked: StructureNode[][] = [];
  /** The link element of each annotation, keyed after the pages in the ParentTree. */
  private readonly annotations: StructureNode[] = [];

  /** The node of an element, made with its ancestors the first time content of it appears. */
  node(element: StructureElement): StructureNode {
    let node = this.nodes.get(element);
    if (!node) {
      node = { role: element.role, kids: [], ...(element.language ? { language: element.language } : {}), ...(element.alt ? { alt: element.alt } : {}) };
      this.nodes.set(element, node);
      (element.parent ? this.node(element.parent) : this.root).kids.push(node);
    }
    return node;
  }

  /** A link inside an element's content, or the document's when it is in an artifact (a footer). */
  link(parent: StructureNode | undefined): StructureNode {
    const link: StructureNode = { role: 'Link', kids: [] };
    (parent ?? this.root).kids.push(link);
    return link;
  }

  /** The MCID of the next marked content of `page`, as a part of `node`. */
  mark(node: StructureNode, page: number): number {
    const list = (this.marked[page] ??= []);
    node.kids.push({ page, mcid: list.length });
    list.push(node);
    return list.length - 1;
  }

  /** Hangs a link annotation under its link element; returns the annotation's /StructParent. */
  annotate(link: StructureNode, page: number, annotation: PDFRef, pageCount: number): number {
    link.kids.push({ page, annotation });
    this.annotations.push(link);
    return pageCount + this.annotations.length - 1;
  }

  /**
   * Writes the tree and its ParentTree, and marks the document as tagged. Pages are keyed by their index
   * (their /StructParents), annotations after them. /Lang is written where it differs from the document's.
   */
  write(pdf: PDFDocument, pageRefs: readonly PDFRef[], language: string): void {
    const { context } = pdf;
    const rootRef = context.nextRef();
    const refs = new Map<StructureNode, PDFRef>();
    const primary = language.split('-')[0];
    const writeNode = (node: StructureNode, parent: PDFRef): PDFRef => {
      const ref = context.nextRef();
      refs.set(node, ref);
      const contents = node.kids.filter((kid): kid is Content => !('kids' in kid));
      // Content all on one page takes the page once and bare MCIDs, as most paragraphs do.
      const page = contents.length > 0 && contents.every((c) => c.page === contents[0]?.page) ? contents[0]?.page : undefined;
      const kids: PDFObject[] = node.kids.map((kid) => {
        if ('kids' in kid) return writeNode(kid, ref);
        const pg = pageRefs[kid.page] as PDFRef;
        if ('annotation' in kid) return context.obj({ Type: 'OBJR', Obj: kid.annotation, Pg: pg });
        return page === undefined ? context.obj({ Type: 'MCR', Pg: pg, MCID: kid.mcid }) : context.obj(kid.mcid);
      });
      const dict: PDFDict = context.obj({ Type: 'StructElem', S: node.role, P: parent, K: kids });
      if (page !== undefined) dict.set(PDFName.of('Pg'), pageRefs[page] as PDFRef);
      if (node.language && node.language !== primary) dict.set(PDFName.of('Lang'), PDFString.of(node.language));
      if (node.alt) dict.set(PDFName.of('Alt'), PDFHexString.fromText(node.alt));
      if (node.bbox) dict.set(PDFName.of('A'), context.obj({ O: 'Layout', BBox: node.bbox }));
      context.assign(ref, dict);
      return ref;
    };
    const documentRef = writeNode(this.root, rootRef);
    const nums: PDFObject[] = [];
    pageRefs.forEach((_, page) => nums.push(context.obj(page), context.obj((this.marked[page] ?? []).map((node) => refs.get(node) as PDFRef))));
    this.annotations.forEach((link, i) => nums.push(context.obj(pageRefs.length + i), refs.get(link) as PDFRef));
    const parentTree = context.register(context.obj({ Nums: nums }));
    context.assign(rootRef, context.obj({ Type: 'StructTreeRoot', K: documentRef, ParentTree: parentTree, ParentTreeNextKey: pageRefs.length + this.annotations.length }));
    pdf.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
    pdf.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true, Suspects: false }));
  }
}
