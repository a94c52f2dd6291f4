import { PDFHexString, PDFName, PDFNull, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { PageGeometry, PlacedBookmark } from '../frame';

interface OutlineNode {
  bookmark: PlacedBookmark;
  ref: PDFRef;
  children: OutlineNode[];
}

/** Nests bookmarks by level: a heading belongs to the nearest shallower entry before it. */
function nest(pdf: PDFDocument, bookmarks: readonly PlacedBookmark[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const bookmark of bookmarks) {
    const node: OutlineNode = { bookmark, ref: pdf.context.nextRef(), children: [] };
    while (stack.length > 0 && (stack.at(-1) as OutlineNode).bookmark.level >= bookmark.level) stack.pop();
    (stack.at(-1)?.children ?? roots).push(node);
    stack.push(node);
  }
  return roots;
}

function countAll(nodes: readonly OutlineNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countAll(node.children), 0);
}

/** Writes the document outline (PDF 32000 12.3.3), every entry open, pointing at its page and height. */
export function writeOutline(pdf: PDFDocument, bookmarks: readonly PlacedBookmark[], pageRefs: readonly PDFRef[], g: PageGeometry): void {
  if (bookmarks.length === 0) return;
  const { context } = pdf;
  const rootRef = context.nextRef();
  const write = (nodes: readonly OutlineNode[], parent: PDFRef): void => {
    nodes.forEach((node, i) => {
      const { bookmark } = node;
      const page = pageRefs[bookmark.page];
      if (!page) return;
      const dict = context.obj({
        Title: PDFHexString.fromText(bookmark.title),
        Parent: parent,
        Dest: [page, PDFName.of('XYZ'), g.outset, g.outset + g.height - bookmark.y + 4, PDFNull],
      });
      const prev = nodes[i - 1];
      const next = nodes[i + 1];
      if (prev) dict.set(PDFName.of('Prev'), prev.ref);
      if (next) dict.set(PDFName.of('Next'), next.ref);
      const first = node.children[0];
      const last = node.children.at(-1);
      if (first && last) {
        dict.set(PDFName.of('First'), first.ref);
        dict.set(PDFName.of('Last'), last.ref);
        dict.set(PDFName.of('Count'), context.obj(countAll(node.children)));
      }
      context.assign(node.ref, dict);
      write(node.children, node.ref);
    });
  };
  const roots = nest(pdf, bookmarks);
  write(roots, rootRef);
  const first = roots[0];
  const last = roots.at(-1);
  if (!first || !last) return;
  context.assign(rootRef, context.obj({ Type: 'Outlines', First: first.ref, Last: last.ref, Count: countAll(roots) }));
  pdf.catalog.set(PDFName.of('Outlines'), rootRef);
}
