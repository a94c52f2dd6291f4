/** What poppler's pdftotext reads from a PDF: each page's words with their boxes, and its text in content order. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PageText {
  width: number;
  height: number;
  words: Word[];
  /** The page's text in content order (`-raw`). */
  text: string;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

function unescape(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|apos);/gu, (entity) => ENTITIES[entity] ?? entity);
}

function pagesWithWords(html: string): Array<Omit<PageText, 'text'>> {
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/gu)].map((page) => ({
    width: Number(page[1]),
    height: Number(page[2]),
    words: [...(page[3] ?? '').matchAll(/<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/gu)].map((word) => ({
      xMin: Number(word[1]),
      yMin: Number(word[2]),
      xMax: Number(word[3]),
      yMax: Number(word[4]),
      text: unescape(word[5] ?? ''),
    })),
  }));
}

export function readPdfText(bytes: Uint8Array): PageText[] {
  const folder = mkdtempSync(join(tmpdir(), 'presskit-fuzz-pdf-'));
  try {
    const file = join(folder, 'doc.pdf');
    writeFileSync(file, bytes);
    const run = (args: string[]): string => execFileSync('pdftotext', [...args, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const raw = run(['-raw']).split('\f');
    return pagesWithWords(run(['-bbox'])).map((page, at) => ({ ...page, text: raw[at] ?? '' }));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
