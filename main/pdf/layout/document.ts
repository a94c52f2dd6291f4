import type { DocumentTree, Section } from '../blocks';
import { tagged, type PageGeometry, type StructureElement } from '../frame';
import { assemblePages, paginateDocument, type Composition, type PaginatedDocument } from './compose';
import type { ImageSize, LayoutContext } from './context';
import { brandFaces, type Faces } from './faces';
import { joinBlocks } from './flow';
import { setFurniture } from './furniture';
import { setWatermark } from './watermark';
import { frameWidth } from './geometry';
import { setBlocks } from './set-blocks';

/** Reports how many of the document's counted sections are set, and may stop the render (by throwing). */
export type LayoutStep = (progress: { phase: 'layout'; done: number; total: number }) => Promise<void>;

interface SetSection {
  paginated: PaginatedDocument;
  /** Whether it printed page numbers of anchors (the contents), and so is set again once they are known. */
  readsPages: boolean;
}

function setSection(section: Section, faces: Faces, g: PageGeometry, imageSizes: ReadonlyMap<string, ImageSize>, pages: ReadonlyMap<string, number>): SetSection {
  let readsPages = false;
  const ctx: LayoutContext = {
    faces,
    language: section.language,
    page: g,
    width: frameWidth(g),
    imageSizes,
    pageOf: (anchor) => {
      readsPages = true;
      return pages.get(anchor) ?? 0;
    },
  };
  const element: StructureElement = { role: 'Sect', language: section.language };
  const flow = joinBlocks(setBlocks(section.blocks, ctx)).map((item) => ({ ...item, drawables: tagged(item.drawables, element) }));
  const [first, ...rest] = flow;
  const anchored = first && section.anchor ? [{ ...first, anchor: section.anchor }, ...rest] : flow;
  const furniture = section.furniture ? setFurniture(section.furniture, faces, g) : () => [];
  const backdrop = section.furniture?.watermark ? setWatermark(section.furniture.watermark, section.language, faces, g) : undefined;
  return { paginated: paginateDocument({ flow: anchored, furniture, ...(backdrop ? { backdrop } : {}) }, g), readsPages };
}

/** The page (from 1) each section's anchor lands on: its first page, every section starting a new one. */
function anchorPages(sections: readonly Section[], set: readonly SetSection[]): Map<string, number> {
  const pages = new Map<string, number>();
  let page = 1;
  sections.forEach((section, i) => {
    if (section.anchor) pages.set(section.anchor, page);
    page += (set[i] as SetSection).paginated.pages.length;
  });
  return pages;
}

/**
 * Sets a document's sections, each from a new page, and puts them together with their furniture. The
 * page numbers a section prints (the contents) are known only once everything is paginated, so such a
 * section is set again with them until its length settles (the numbers sit in a column of their own,
 * so it settles at once unless a number adds a line).
 */
export async function layOutDocument(tree: DocumentTree, g: PageGeometry, imageSizes: ReadonlyMap<string, ImageSize>, step: LayoutStep): Promise<Composition> {
  const faces = brandFaces(tree.fonts);
  const total = tree.sections.filter((section) => section.counted).length;
  const set: SetSection[] = [];
  let done = 0;
  for (const section of tree.sections) {
    if (section.counted) await step({ phase: 'layout', done: done++, total });
    set.push(setSection(section, faces, g, imageSizes, new Map()));
  }
  if (total > 0) await step({ phase: 'layout', done: total, total });
  for (let settled = false; !settled; ) {
    settled = true;
    const pages = anchorPages(tree.sections, set);
    tree.sections.forEach((section, i) => {
      const before = set[i] as SetSection;
      if (!before.readsPages) return;
      const again = setSection(section, faces, g, imageSizes, pages);
      if (again.paginated.pages.length !== before.paginated.pages.length) settled = false;
      set[i] = again;
    });
  }
  return assemblePages(
    set.map((s) => s.paginated),
    g,
  );
}
