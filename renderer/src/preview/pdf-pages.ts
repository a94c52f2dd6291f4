/**
 * Opens PDF bytes with pdf.js and paints its pages into canvases. Its worker is bundled as a same-origin
 * asset (the CSP allows worker-src 'self') and shared by every document; eval stays off, as the CSP forbids
 * it. No text layer: the preview is looked at, and the export is what is read.
 */
import { GlobalWorkerOptions, PDFWorker, getDocument, type PDFPageProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/** A page's size in CSS pixels at 100 % zoom (1 pt = 96/72 px). */
export interface PageSize {
  width: number;
  height: number;
}

export interface PdfFile {
  sizes: PageSize[];
  /** The page (from 0) at `resolution` device pixels per CSS pixel of the page at 100 %; stops once `signal` aborts. */
  paint(index: number, resolution: number, signal?: AbortSignal): Promise<HTMLCanvasElement>;
  /** Frees the document in pdf.js' worker; canvases already painted stay as they are. */
  close(): void;
}

const CSS_PX_PER_PT = 96 / 72;

let worker: PDFWorker | null = null;

async function paintPage(page: PDFPageProxy, resolution: number, signal?: AbortSignal): Promise<HTMLCanvasElement> {
  signal?.throwIfAborted();
  const viewport = page.getViewport({ scale: CSS_PX_PER_PT * resolution });
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(viewport.width);
  canvas.height = Math.ceil(viewport.height);
  const task = page.render({ canvas, viewport });
  const cancel = () => task.cancel();
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    await task.promise;
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
  return canvas;
}

/** The document in `bytes`, which pdf.js takes over (pass a copy to keep them). */
export async function openPdf(bytes: Uint8Array): Promise<PdfFile> {
  worker ??= new PDFWorker();
  // Glyphs drawn as paths from the embedded programs: each render's font subsets are new, and loading them
  // as the browser's FontFaces cost more than drawing them (pdf.js painting 104 -> 55-78 ms, 2 pages).
  const pdf = await getDocument({ data: bytes, worker, isEvalSupported: false, disableFontFace: true }).promise;
  try {
    const pages = await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pdf.getPage(i + 1)));
    return {
      sizes: pages.map((page) => {
        const { width, height } = page.getViewport({ scale: CSS_PX_PER_PT });
        return { width, height };
      }),
      paint: (index, resolution, signal) => {
        const page = pages[index];
        return page ? paintPage(page, resolution, signal) : Promise.reject(new RangeError(`No page ${index + 1}`));
      },
      close: () => void pdf.destroy(),
    };
  } catch (error) {
    void pdf.destroy();
    throw error;
  }
}
