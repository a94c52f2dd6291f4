import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api';
import type { PageImage } from './pdf-pages';

/** The preview waits for typing to pause this long before typesetting the draft. */
export const PREVIEW_DEBOUNCE_MS = 250;

export interface PreviewState {
  pages: PageImage[];
  busy: boolean;
  error: string | null;
  timing: PreviewTiming | null;
  /** How many renders have reached the screen: tests wait for it to grow after a change. */
  version: number;
}

/** Where the time of the last update went, in ms. */
export interface PreviewTiming {
  /** From the last change to the new pages on screen, the debounce included. */
  total: number;
  /** preview.render: typesetting in main and the bytes' trip back. */
  typeset: number;
  /** pdf.js painting every page. */
  paint: number;
}

/** Typesets the document on screen (preview.render, preview.kit, export.cards…) and gives its PDF bytes. */
export type Typeset = () => Promise<Uint8Array>;

/**
 * The draft typeset by main (through `typeset`) and painted by pdf.js at `resolution` device pixels per
 * CSS pixel of a page at 100 %. The previous pages stay on screen until the new ones are ready;
 * answers to older drafts are dropped. A new resolution (zoom, window size) repaints the last PDF
 * without typesetting it again.
 */
export function usePreview(typeset: Typeset | null, key: string, resolution: number, fallbackError: string): PreviewState {
  const [state, setState] = useState<PreviewState>({ pages: [], busy: false, error: null, timing: null, version: 0 });
  const shown = useRef<PageImage[]>([]);
  const lastPdf = useRef<Uint8Array | null>(null);
  const generation = useRef(0);
  const latest = useRef({ typeset, resolution, fallbackError });
  latest.current = { typeset, resolution, fallbackError };

  /** Paints `bytes` and shows the pages, unless a newer update started meanwhile. */
  const paint = useRef(async (bytes: Uint8Array, changedAt: number, typeset: number, run: number) => {
    const { renderPages, releasePages } = await import('./pdf-pages');
    const painting = performance.now();
    // pdf.js takes the buffer over to its worker: it gets a copy, and the original stays for repaints.
    const pages = await renderPages(bytes.slice(), latest.current.resolution);
    if (run !== generation.current) return releasePages(pages);
    releasePages(shown.current);
    shown.current = pages;
    const done = performance.now();
    const timing = { total: Math.round(done - changedAt), typeset: Math.round(typeset), paint: Math.round(done - painting) };
    if (import.meta.env.DEV) console.debug(`[preview] change to new pages: ${timing.total} ms (typeset ${timing.typeset}, paint ${timing.paint})`);
    setState((s) => ({ pages, busy: false, error: null, timing, version: s.version + 1 }));
  });

  useEffect(() => {
    const draft = latest.current.typeset;
    if (!draft) return;
    const changedAt = performance.now();
    const run = ++generation.current;
    const timer = setTimeout(async () => {
      setState((s) => ({ ...s, busy: true }));
      try {
        const started = performance.now();
        const bytes = await draft();
        if (run !== generation.current) return;
        lastPdf.current = bytes;
        await paint.current(bytes, changedAt, performance.now() - started, run);
      } catch (error) {
        if (run === generation.current) setState((s) => ({ ...s, busy: false, error: errorMessage(error, latest.current.fallbackError) }));
      }
    }, PREVIEW_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key]);

  useEffect(() => {
    const bytes = lastPdf.current;
    if (!bytes) return;
    const run = ++generation.current;
    paint.current(bytes, performance.now(), 0, run).catch((error: unknown) => {
      if (run === generation.current) setState((s) => ({ ...s, error: errorMessage(error, latest.current.fallbackError) }));
    });
  }, [resolution]);

  useEffect(
    () => () => {
      generation.current++;
      void import('./pdf-pages').then(({ releasePages }) => releasePages(shown.current));
    },
    [],
  );

  return state;
}
