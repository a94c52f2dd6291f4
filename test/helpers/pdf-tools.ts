// Reader-level checks on a PDF: what poppler, qpdf and MuPDF make of it, as a recipient's software would.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString } from 'pdf-lib';

let directory: string | undefined;
let counter = 0;

/** Writes the bytes to a fresh temporary file and returns its path. */
export function pdfFile(bytes: Uint8Array): string {
  directory ??= mkdtempSync(join(tmpdir(), 'presskit-pdf-'));
  const path = join(directory, `doc-${++counter}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

/**
 * The text in content order (`-raw`): unlike the default mode, it keeps a hyphen that ends a line
 * instead of silently joining the two halves.
 */
export function pdftotext(bytes: Uint8Array): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdfFile(bytes), '-'], { encoding: 'utf8' });
}

/**
 * Text as a reader copies it: a line-ending soft hyphen rejoins its word, a line ending with a hard
 * hyphen continues its compound, white space (but not the no-break kinds, which are part of the
 * typography) collapses to single spaces.
 */
export function readableText(text: string): string {
  return text
    .replace(/\u00AD\s*/gu, '')
    .replace(/(\p{L})-\n/gu, '$1-')
    .replace(/[ \t\r\n\f]+/gu, ' ')
    .trim();
}

export interface FontRow {
  name: string;
  type: string;
  encoding: string;
  emb: boolean;
  sub: boolean;
  uni: boolean;
}

export function pdffonts(bytes: Uint8Array): FontRow[] {
  const out = execFileSync('pdffonts', [pdfFile(bytes)], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = line.trim().split(/\s+/u);
      // name, type (may hold spaces), encoding, emb, sub, uni, object, generation
      const [emb, sub, uni] = cells.slice(-5, -2);
      return {
        name: cells[0] ?? '',
        type: cells.slice(1, -6).join(' '),
        encoding: cells.at(-6) ?? '',
        emb: emb === 'yes',
        sub: sub === 'yes',
        uni: uni === 'yes',
      };
    });
}

export function qpdfCheck(bytes: Uint8Array): { ok: boolean; output: string } {
  const result = spawnSync('qpdf', ['--check', pdfFile(bytes)], { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/**
 * The file's objects as text, unpacked from their object streams by qpdf (streams left as they are): to
 * find a dictionary's entries as a reader resolves them. qpdf writes each dictionary's keys sorted.
 */
export function objectsText(bytes: Uint8Array): string {
  return execFileSync('qpdf', ['--object-streams=disable', '--stream-data=preserve', pdfFile(bytes), '-'], { encoding: 'latin1', maxBuffer: 256 * 1024 * 1024 });
}

export function pdfinfo(bytes: Uint8Array, extra: string[] = []): Record<string, string> {
  const out = execFileSync('pdfinfo', [...extra, pdfFile(bytes)], { encoding: 'utf8' });
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/u.exec(line);
    if (match?.[1]) info[match[1].trim()] = match[2] ?? '';
  }
  return info;
}

/** What MuPDF complains about while drawing every page (its note about ICC support is not about the file). */
export function mutoolProblems(bytes: Uint8Array): string[] {
  const result = spawnSync('mutool', ['draw', '-o', '/dev/null', pdfFile(bytes)], { encoding: 'utf8' });
  return `${result.stdout}${result.stderr}`
    .split('\n')
    .filter((line) => /error|invalid|cannot|warning/iu.test(line) && !/ICC support is not available/u.test(line));
}

/** The URI of every link annotation, page by page. */
export async function linkTargets(bytes: Uint8Array): Promise<string[][]> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.getPages().map((page) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) return [];
    return annots.asArray().flatMap((ref) => {
      const annot = pdf.context.lookup(ref, PDFDict);
      const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString);
      return uri ? [uri.decodeText()] : [];
    });
  });
}

/** The page boxes of the first page, as pdfinfo reports them. */
export function pageBoxes(bytes: Uint8Array): Record<'MediaBox' | 'TrimBox' | 'BleedBox', number[]> {
  const info = pdfinfo(bytes, ['-box']);
  const box = (key: string): number[] => (info[key] ?? '').trim().split(/\s+/u).map(Number);
  return { MediaBox: box('MediaBox'), TrimBox: box('TrimBox'), BleedBox: box('BleedBox') };
}

/** The catalog's /Lang and the trailer's first /ID, as a screen reader and a print workflow see them. */
export async function documentIdentity(bytes: Uint8Array): Promise<{ lang: string | undefined; id: string | undefined }> {
  const pdf = await PDFDocument.load(bytes);
  const lang = pdf.catalog.lookupMaybe(PDFName.of('Lang'), PDFString)?.decodeText();
  const text = Buffer.from(bytes).toString('latin1');
  const id = /\/ID\s*\[\s*<([0-9A-Fa-f]+)>/u.exec(text)?.[1];
  return { lang, id };
}

/** The outline as MuPDF reads it: titles indented by depth (two spaces a level) with their page number. */
export function outline(bytes: Uint8Array): string[] {
  const result = spawnSync('mutool', ['show', pdfFile(bytes), 'outline'], { encoding: 'utf8' });
  return result.stdout
    .split('\n')
    .filter((line) => line.includes('"'))
    .map((line) => {
      const depth = (/^[-+|]?(\t*)/u.exec(line)?.[1] ?? '').length - 1;
      const title = /"([^"]*)"/u.exec(line)?.[1] ?? '';
      const page = /#page=(\d+)/u.exec(line)?.[1] ?? '?';
      return `${'  '.repeat(Math.max(depth, 0))}${title} (p. ${page})`;
    });
}

/** The text of one page (from 1), in content order. */
export function pageText(bytes: Uint8Array, page: number): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), pdfFile(bytes), '-'], { encoding: 'utf8' });
}

export interface InternalLink {
  /** Page the link is on, from 1. */
  page: number;
  /** Page it leads to, from 1. */
  target: number;
  rect: number[];
}

/** Every link annotation that leads inside the document (an explicit /Dest), with the page it leads to. */
export async function internalLinks(bytes: Uint8Array): Promise<InternalLink[]> {
  const pdf = await PDFDocument.load(bytes);
  const pages = pdf.getPages();
  const pageIndex = new Map(pages.map((p, i) => [p.ref.toString(), i + 1]));
  return pages.flatMap((page, i) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) return [];
    return annots.asArray().flatMap((ref) => {
      const annot = pdf.context.lookup(ref, PDFDict);
      const dest = annot.lookupMaybe(PDFName.of('Dest'), PDFArray);
      if (!dest) return [];
      const rect = annot.lookup(PDFName.of('Rect'), PDFArray).asArray().map((n) => Number(n.toString()));
      return [{ page: i + 1, target: pageIndex.get(dest.get(0).toString()) ?? 0, rect }];
    });
  });
}

/** The decoded content of one page (from 1), its streams joined, to find what was drawn where. */
export async function pageContent(bytes: Uint8Array, page: number): Promise<string> {
  const pdf = await PDFDocument.load(bytes);
  const contents = pdf.getPage(page - 1).node.lookup(PDFName.of('Contents'));
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
  return streams
    .map((stream) => {
      if (!(stream instanceof PDFRawStream)) throw new Error(`Page ${page} has a content stream pdf-lib cannot decode.`);
      return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
    })
    .join('\n');
}

/** One page (from 1) rendered by poppler at `dpi`, as PNG bytes. */
export function renderPage(bytes: Uint8Array, page: number, dpi: number): Buffer {
  return execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdfFile(bytes)], { maxBuffer: 64 * 1024 * 1024 });
}

/** A PDF as every reader must accept it: valid structure, clean rendering, fonts embedded, subset and extractable. */
export function expectSoundPdf(bytes: Uint8Array): void {
  const check = qpdfCheck(bytes);
  expect(check.ok).toBe(true);
  expect(check.output).toContain('No syntax or stream encoding errors');
  expect(mutoolProblems(bytes)).toEqual([]);
  const fonts = pdffonts(bytes);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) {
    expect(font).toMatchObject({ emb: true, sub: true, uni: true, encoding: 'Identity-H' });
    expect(font.name).toMatch(/^[A-Z]{6}\+Noto(Serif|Sans)-(Regular|Bold|Italic|BoldItalic)$/u);
  }
}
