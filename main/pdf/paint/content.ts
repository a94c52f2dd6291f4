import type { PDFRef } from 'pdf-lib';
import { imageKey, type FrameItem, type FramePage, type Line, type PageGeometry, type Piece, type Rgb, type StructureElement } from '../frame';
import { formatNumber as n, utf16Hex } from './embedded-font';
import type { FontSet } from './font-set';
import type { StructureNode, StructureTree } from './structure';

/** The resource name of the registration colour space. */
export const REGISTRATION_SPACE = 'CSAll';

export interface LinkArea {
  href: string;
  /** PDF user-space rectangle: x1 y1 x2 y2. */
  rect: [number, number, number, number];
  /** What the link says, for the annotation's /Contents. */
  text: string;
  /** Its element in the structure tree, which the annotation joins. */
  element: StructureNode;
}

export interface PaintedPage {
  content: string;
  fonts: Map<string, PDFRef>;
  images: Set<string>;
  links: LinkArea[];
  /** Whether the page draws in registration colour (crop marks), a colour space of its resources. */
  registration: boolean;
}

/** Where a page's marked content goes: the document's structure tree, and the page's index in it. */
export interface PageTags {
  tree: StructureTree;
  page: number;
}

const rgb = (c: Rgb, op: 'rg' | 'RG'): string => `${n(c.r)} ${n(c.g)} ${n(c.b)} ${op}`;

const BLACK: Rgb = { r: 0, g: 0, b: 0 };

/**
 * The page's fill colour and font as the content stream has set them so far: both outlive a text object
 * (only q/Q, around pictures and marks, would restore them, and nothing inside those sets them), so a
 * line repeats neither when it keeps its predecessor's.
 */
interface Ink {
  out: string[];
  fill: Rgb | undefined;
  font: string | undefined;
  size: number;
}

function fill(ink: Ink, color: Rgb): void {
  if (ink.fill !== undefined && sameColor(color, ink.fill)) return;
  ink.out.push(rgb(color, 'rg'));
  ink.fill = color;
}

/** Converts layout coordinates (y down from the trim's top) to PDF user space. */
function toPdf(g: PageGeometry): { x: (x: number) => number; y: (y: number) => number } {
  return { x: (x) => g.outset + x, y: (y) => g.outset + g.height - y };
}

/**
 * The marked-content sequence open on a page: content of one element that follows on (a paragraph's
 * lines, a run of decorations) shares one sequence and one MCID; a link's text has its own.
 */
class MarkedContent {
  private open: StructureNode | 'artifact' | 'turned' | undefined;

  constructor(
    private readonly tags: PageTags,
    private readonly out: string[],
  ) {}

  /** Puts what follows in the sequence of `target` (an element's node, or an artifact), opening it unless it is open. */
  enter(target: StructureNode | 'artifact'): void {
    if (this.open === target) return;
    this.close();
    this.out.push(target === 'artifact' ? '/Artifact BMC' : `/${target.role} <</MCID ${this.tags.tree.mark(target, this.tags.page)}>> BDC`);
    this.open = target;
  }

  /**
   * An artifact of turned text (the watermark) in a sequence of its own that says its text: text
   * extraction reads a diagonal line's glyphs one by one, and reads this instead, as one word.
   */
  turned(text: string): void {
    this.close();
    // Poppler reads ActualText on a Span only; in an artifact, a Span without MCID tags nothing.
    this.out.push('/Artifact BMC', `/Span <</ActualText <FEFF${utf16Hex(text)}>>> BDC`);
    // Nothing else joins it: any content after it opens a sequence of its own.
    this.open = 'turned';
  }

  /** Opens the sequence of a new link inside `owner` (the document's, for a link in furniture). */
  link(owner: StructureNode | undefined): StructureNode {
    const link = this.tags.tree.link(owner);
    this.enter(link);
    return link;
  }

  close(): void {
    if (this.open === 'turned') this.out.push('EMC');
    if (this.open !== undefined) this.out.push('EMC');
    this.open = undefined;
  }

  node(element: StructureElement | undefined): StructureNode | undefined {
    return element && this.tags.tree.node(element);
  }
}

/**
 * A line's text, in the sequence of its element (an artifact when it has none: furniture). A line with
 * links marks each run of pieces with one target (or none) inside its text object, the link's under a
 * Link element that its annotation joins.
 */
function paintLine(line: Line, x0: number, baseline: number, fonts: FontSet, page: PaintedPage, ink: Ink, marks: MarkedContent, element?: StructureElement, angle = 0): void {
  const { out } = ink;
  const owner = marks.node(element);
  const linked = line.pieces.some((piece) => piece.style.href);
  // A sequence begun outside a text object may hold several; one begun inside must end there.
  if (linked) marks.close();
  else if (angle !== 0) marks.turned(line.pieces.map((piece) => piece.text).join(''));
  else marks.enter(owner ?? 'artifact');
  // Pieces are contiguous, so one text position per line suffices: each TJ advances by its piece's width.
  const start = line.pieces[0]?.x ?? 0;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  out.push('BT', angle === 0 ? `1 0 0 1 ${n(x0 + start)} ${n(baseline)} Tm` : `${n(cos)} ${n(sin)} ${n(-sin)} ${n(cos)} ${n(x0 + start * cos)} ${n(baseline + start * sin)} Tm`);
  let run: { href: string | undefined; link?: LinkArea } | undefined;
  // Pieces in the same font, colour and run share one TJ array, so a justified line costs a few operators.
  let shows: string[] = [];
  const flush = (): void => {
    if (shows.length > 0) out.push(`[${shows.join(' ')}] TJ`);
    shows = [];
  };
  for (const piece of line.pieces) {
    const { style } = piece;
    const embedded = fonts.get(style.font);
    const newFont = embedded.resourceName !== ink.font || style.size !== ink.size;
    const newColor = ink.fill === undefined || !sameColor(style.color, ink.fill);
    const newRun = linked && (run === undefined || run.href !== style.href);
    if (newFont || newColor || newRun) flush();
    if (newRun) run = openRun(piece, x0, baseline, owner, marks, page);
    else if (run?.link) {
      run.link.rect[2] = x0 + piece.x + piece.width;
      run.link.text += piece.text;
    }
    if (newFont) {
      page.fonts.set(embedded.resourceName, embedded.ref);
      out.push(`/${embedded.resourceName} ${n(style.size)} Tf`);
      ink.font = embedded.resourceName;
      ink.size = style.size;
    }
    if (newColor) fill(ink, style.color);
    const natural = (piece.shaped.width * style.size) / style.font.unitsPerEm;
    const extra = ((piece.width - natural) * 1000) / style.size;
    shows.push(embedded.showText(piece.shaped, extra));
  }
  flush();
  if (linked) marks.close();
  out.push('ET');
}

/** Opens the marked content of a run starting at `piece`; a link run gets its element and its area. */
function openRun(piece: Piece, x0: number, baseline: number, owner: StructureNode | undefined, marks: MarkedContent, page: PaintedPage): { href: string | undefined; link?: LinkArea } {
  const { href, font, size } = piece.style;
  if (!href) {
    marks.enter(owner ?? 'artifact');
    return { href };
  }
  const element = marks.link(owner);
  const top = baseline + (font.ascent * size) / font.unitsPerEm;
  const bottom = baseline + (font.descent * size) / font.unitsPerEm;
  const link: LinkArea = { href, rect: [x0 + piece.x, bottom, x0 + piece.x + piece.width, top], text: piece.text, element };
  page.links.push(link);
  return { href, link };
}

function sameColor(a: Rgb, b: Rgb): boolean {
  return a === b || (a.r === b.r && a.g === b.g && a.b === b.b);
}

/** A picture, in its Figure's marked content (which takes its place on the page as /BBox) or as an artifact. */
function paintImage(d: Extract<FrameItem, { kind: 'image' }>, at: ReturnType<typeof toPdf>, page: PaintedPage, out: string[], marks: MarkedContent): void {
  const figure = marks.node(d.element);
  const box = [at.x(d.x), at.y(d.y + d.height), at.x(d.x + d.width), at.y(d.y)].map((v) => Math.round(v * 100) / 100) as [number, number, number, number];
  if (figure) figure.bbox = box;
  marks.enter(figure ?? 'artifact');
  const key = imageKey(d);
  page.images.add(key);
  out.push('q', `${n(d.width)} 0 0 ${n(d.height)} ${n(box[0])} ${n(box[1])} cm`, `/${imageResourceName(key)} Do`, 'Q');
}

/** Draws an item; all but texts and figures are decoration, an artifact. */
function paintItem(d: FrameItem, at: ReturnType<typeof toPdf>, fonts: FontSet, page: PaintedPage, ink: Ink, marks: MarkedContent): void {
  const { out } = ink;
  if (d.kind !== 'text' && d.kind !== 'image') marks.enter('artifact');
  switch (d.kind) {
    case 'text':
      paintLine(d.line, at.x(d.x), at.y(d.baseline), fonts, page, ink, marks, d.element, d.angle);
      break;
    case 'rect':
      fill(ink, d.fill);
      out.push(`${n(at.x(d.x))} ${n(at.y(d.y + d.height))} ${n(d.width)} ${n(d.height)} re f`);
      break;
    case 'rule':
      fill(ink, d.color);
      out.push(`${n(at.x(d.x))} ${n(at.y(d.y + d.thickness))} ${n(d.width)} ${n(d.thickness)} re f`);
      break;
    case 'image':
      paintImage(d, at, page, out, marks);
      break;
    case 'mark':
      page.registration = true;
      out.push('q', REGISTRATION, `${n(at.x(d.x1))} ${n(at.y(d.y1))} m ${n(at.x(d.x2))} ${n(at.y(d.y2))} l S`, 'Q');
      break;
    case 'qr':
      paintQr(d, at, ink);
      break;
  }
}

/**
 * Hairlines in registration colour: printed on every plate, as printers expect of marks. The colour is
 * the separation All over sRGB (not DeviceCMYK, which PDF/A forbids beside an sRGB output intent).
 */
const REGISTRATION = `0.25 w /${REGISTRATION_SPACE} CS 1 SCN`;

/** A QR code in solid black, each row's run of dark modules as one rectangle, all filled at once. */
function paintQr(d: Extract<FrameItem, { kind: 'qr' }>, at: ReturnType<typeof toPdf>, ink: Ink): void {
  const rects: string[] = [];
  d.modules.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      if (!row[c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < row.length && row[c]) c++;
      rects.push(`${n(at.x(d.x + start * d.module))} ${n(at.y(d.y + (r + 1) * d.module))} ${n((c - start) * d.module)} ${n(d.module)} re`);
    }
  });
  fill(ink, BLACK);
  ink.out.push(...rects, 'f');
}

/** An image's resource name: its content hash's start, and the size it is resampled to (a figure). */
export function imageResourceName(key: string): string {
  const [name = '', size] = key.split('@');
  return `Im${name.slice(0, 12)}${size ? `_${size}` : ''}`;
}

/** Crop marks at the four corners of the trim, kept out of the bleed, in registration black. */
function cropMarks(g: PageGeometry, out: string[]): void {
  const gap = g.bleed + 3;
  const length = g.outset - gap - 2;
  const left = g.outset;
  const right = g.outset + g.width;
  const bottom = g.outset;
  const top = g.outset + g.height;
  out.push('q', REGISTRATION);
  for (const x of [left, right]) {
    for (const y of [bottom, top]) {
      const sx = x === left ? -1 : 1;
      const sy = y === bottom ? -1 : 1;
      out.push(`${n(x + sx * gap)} ${n(y)} m ${n(x + sx * (gap + length))} ${n(y)} l S`);
      out.push(`${n(x)} ${n(y + sy * gap)} m ${n(x)} ${n(y + sy * (gap + length))} l S`);
    }
  }
  out.push('Q');
}

/** The content stream of one page, and the resources and links it needs. */
export function paintPage(page: FramePage, g: PageGeometry, fonts: FontSet, tags: PageTags): PaintedPage {
  const painted: PaintedPage = { content: '', fonts: new Map(), images: new Set(), links: [], registration: g.cropMarks };
  const out: string[] = [];
  const marks = new MarkedContent(tags, out);
  const ink: Ink = { out, fill: undefined, font: undefined, size: 0 };
  const at = toPdf(g);
  for (const item of page.items) paintItem(item, at, fonts, painted, ink, marks);
  if (g.cropMarks) {
    marks.enter('artifact');
    cropMarks(g, out);
  }
  marks.close();
  painted.content = out.join('\n');
  return painted;
}
