import type { PDFRef } from 'pdf-lib';
import type { FrameItem, FramePage, Line, PageGeometry, Rgb, TextStyle } from '../frame';
import { formatNumber as n } from './embedded-font';
import type { FontSet } from './font-set';

export interface LinkArea {
  href: string;
  /** PDF user-space rectangle: x1 y1 x2 y2. */
  rect: [number, number, number, number];
}

export interface PaintedPage {
  content: string;
  fonts: Map<string, PDFRef>;
  images: Set<string>;
  links: LinkArea[];
}

const rgb = (c: Rgb, op: 'rg' | 'RG'): string => `${n(c.r)} ${n(c.g)} ${n(c.b)} ${op}`;

/** Converts layout coordinates (y down from the trim's top) to PDF user space. */
function toPdf(g: PageGeometry): { x: (x: number) => number; y: (y: number) => number } {
  return { x: (x) => g.outset + x, y: (y) => g.outset + g.height - y };
}

function paintLine(line: Line, x0: number, baseline: number, fonts: FontSet, page: PaintedPage, out: string[]): void {
  // Pieces are contiguous, so one text position per line suffices: each TJ advances by its piece's width.
  out.push('BT', `1 0 0 1 ${n(x0 + (line.pieces[0]?.x ?? 0))} ${n(baseline)} Tm`);
  let font: TextStyle['font'] | undefined;
  let size = 0;
  let color: Rgb | undefined;
  // Pieces in the same font and colour share one TJ array, so a justified line costs a few operators.
  let shows: string[] = [];
  const flush = (): void => {
    if (shows.length > 0) out.push(`[${shows.join(' ')}] TJ`);
    shows = [];
  };
  for (const piece of line.pieces) {
    const { style } = piece;
    const embedded = fonts.get(style.font);
    const newFont = style.font !== font || style.size !== size;
    const newColor = color === undefined || !sameColor(style.color, color);
    if (newFont || newColor) flush();
    if (newFont) {
      page.fonts.set(embedded.resourceName, embedded.ref);
      out.push(`/${embedded.resourceName} ${n(style.size)} Tf`);
      font = style.font;
      size = style.size;
    }
    if (newColor) {
      out.push(rgb(style.color, 'rg'));
      color = style.color;
    }
    const natural = (piece.shaped.width * style.size) / style.font.unitsPerEm;
    const extra = ((piece.width - natural) * 1000) / style.size;
    shows.push(embedded.showText(piece.shaped, extra));
  }
  flush();
  out.push('ET');
  collectLinks(line, x0, baseline, page.links);
}

function sameColor(a: Rgb, b: Rgb): boolean {
  return a === b || (a.r === b.r && a.g === b.g && a.b === b.b);
}

/** One link area per run of pieces that share a target on a line. */
function collectLinks(line: Line, x0: number, baseline: number, links: LinkArea[]): void {
  let open: LinkArea | undefined;
  for (const piece of line.pieces) {
    const href = piece.style.href;
    if (!href) {
      open = undefined;
      continue;
    }
    const { font, size } = piece.style;
    const top = baseline + (font.ascent * size) / font.unitsPerEm;
    const bottom = baseline + (font.descent * size) / font.unitsPerEm;
    if (open && open.href === href) open.rect[2] = x0 + piece.x + piece.width;
    else {
      open = { href, rect: [x0 + piece.x, bottom, x0 + piece.x + piece.width, top] };
      links.push(open);
    }
  }
}

function paintItem(d: FrameItem, g: PageGeometry, fonts: FontSet, page: PaintedPage, out: string[]): void {
  const at = toPdf(g);
  switch (d.kind) {
    case 'text':
      paintLine(d.line, at.x(d.x), at.y(d.baseline), fonts, page, out);
      break;
    case 'rect':
      out.push(rgb(d.fill, 'rg'), `${n(at.x(d.x))} ${n(at.y(d.y + d.height))} ${n(d.width)} ${n(d.height)} re f`);
      break;
    case 'rule':
      out.push(rgb(d.color, 'rg'), `${n(at.x(d.x))} ${n(at.y(d.y + d.thickness))} ${n(d.width)} ${n(d.thickness)} re f`);
      break;
    case 'image':
      page.images.add(d.image);
      out.push('q', `${n(d.width)} 0 0 ${n(d.height)} ${n(at.x(d.x))} ${n(at.y(d.y + d.height))} cm`, `/${imageResourceName(d.image)} Do`, 'Q');
      break;
    case 'mark':
      out.push('q', REGISTRATION, `${n(at.x(d.x1))} ${n(at.y(d.y1))} m ${n(at.x(d.x2))} ${n(at.y(d.y2))} l S`, 'Q');
      break;
    case 'qr':
      paintQr(d, at, out);
      break;
  }
}

/** Hairlines in registration colour: printed on every plate, as printers expect of marks. */
const REGISTRATION = '0.25 w 1 1 1 1 K';

/** A QR code in solid black, each row's run of dark modules as one rectangle, all filled at once. */
function paintQr(d: Extract<FrameItem, { kind: 'qr' }>, at: ReturnType<typeof toPdf>, out: string[]): void {
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
  out.push('0 0 0 rg', ...rects, 'f');
}

export function imageResourceName(image: string): string {
  return `Im${image.slice(0, 12)}`;
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
export function paintPage(page: FramePage, g: PageGeometry, fonts: FontSet): PaintedPage {
  const painted: PaintedPage = { content: '', fonts: new Map(), images: new Set(), links: [] };
  const out: string[] = [];
  for (const item of page.items) paintItem(item, g, fonts, painted, out);
  if (g.cropMarks) cropMarks(g, out);
  painted.content = out.join('\n');
  return painted;
}
