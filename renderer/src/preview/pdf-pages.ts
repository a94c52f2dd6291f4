/**
 * Paints PDF bytes into page images with pdf.js. Its worker is bundled as a same-origin asset (the
 * CSP allows worker-src 'self') and shared by every render; eval stays off, as the CSP forbids it.
 */
import { GlobalWorkerOptions, PDFWorker, getDocument } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

export interface PageImage {
  /** A blob: URL of the page as PNG; revoke it with releasePages once it is off screen. */
  url: string;
  /** The page's size in CSS pixels at 100 % zoom (1 pt = 96/72 px). */
  width: number;
  height: number;
}

const CSS_PX_PER_PT = 96 / 72;

let worker: PDFWorker | null = null;

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('A preview page could not be painted.'))), 'image/png'));
}

/** Paints every page at `resolution` device pixels per CSS pixel of the page at 100 %. */
export async function renderPages(bytes: Uint8Array, resolution: number): Promise<PageImage[]> {
  worker ??= new PDFWorker();
  const document = await getDocument({ data: bytes, worker, isEvalSupported: false, disableFontFace: false }).promise;
  try {
    const pages: PageImage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: CSS_PX_PER_PT * resolution });
      const canvas = window.document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport }).promise;
      pages.push({ url: URL.createObjectURL(await toBlob(canvas)), width: viewport.width / resolution, height: viewport.height / resolution });
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

export function releasePages(pages: readonly PageImage[]): void {
  for (const page of pages) URL.revokeObjectURL(page.url);
}
