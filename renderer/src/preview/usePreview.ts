import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api';
import type { PageImage } from './pdf-pages';

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
  /** From the change to the new pages on screen. */
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
 * CSS pixel of a page at 100 %. No debounce: a change starts a render at once if none is running, and
 * changes made during a render are gathered into the next one, so the pages follow typing as fast as the
 * typesetter allows and the last keystroke is on screen one render after it. The previous pages stay
 * until the new ones are ready. A new resolution (zoom, window size) repaints the last PDF without
 * typesetting it again.
 */
export function usePreview(typeset: Typeset | null, key: string, resolution: number, fallbackError: string): PreviewState {
  const [state, setState] = useState<PreviewState>({ pages: [], busy: false, error: null, timing: null, version: 0 });
  const shown = useRef<PageImage[]>([]);
  const lastPdf = useRef<Uint8Array | null>(null);
  const generation = useRef(0);
  const latest = useRef({ typeset, resolution, fallbackError });
  latest.current = { typeset, resolution, fallbackError };
  /** When the oldest change not yet sent to the typesetter was made; null when there is none. */
  const pendingSince = useRef<number | null>(null);
  const running = useRef(false);
  const mounted = useRef(true);

  /** Paints `bytes` and shows the pages, unless a newer paint started meanwhile. */
  const paint = useRef(async (bytes: Uint8Array, changedAt: number, typeset: number) => {
    const run = ++generation.current;
    // pdf.js is loaded with the first pages to paint, never for a preview already gone.
    if (!mounted.current) return;
    const { renderPages, releasePages } = await import('./pdf-pages');
    const painting = performance.now();
    // pdf.js takes the buffer over to its worker: it gets a copy, and the original stays for repaints.
    const pages = await renderPages(bytes.slice(), latest.current.resolution);
    if (run !== generation.current || !mounted.current) return releasePages(pages);
    releasePages(shown.current);
    shown.current = pages;
    const done = performance.now();
    const timing = { total: Math.round(done - changedAt), typeset: Math.round(typeset), paint: Math.round(done - painting) };
    if (import.meta.env.DEV) console.debug(`[preview] change to new pages: ${timing.total} ms (typeset ${timing.typeset}, paint ${timing.paint})`);
    setState((s) => ({ pages, busy: false, error: null, timing, version: s.version + 1 }));
  });

  /** Renders the latest draft until no change is left waiting; one loop at a time. */
  const pump = useRef(async () => {
    if (running.current) return;
    running.current = true;
    try {
      while (pendingSince.current !== null && mounted.current) {
        const changedAt = pendingSince.current;
        pendingSince.current = null;
        const draft = latest.current.typeset;
        if (!draft) continue;
        setState((s) => ({ ...s, busy: true }));
        try {
          const started = performance.now();
          const bytes = await draft();
          lastPdf.current = bytes;
          await paint.current(bytes, changedAt, performance.now() - started);
        } catch (error) {
          // A later draft may already fix what this one got wrong: say so only if none is waiting.
          if (pendingSince.current === null && mounted.current) setState((s) => ({ ...s, busy: false, error: errorMessage(error, latest.current.fallbackError) }));
        }
      }
    } finally {
      running.current = false;
    }
  });

  useEffect(() => {
    if (!latest.current.typeset) return;
    pendingSince.current ??= performance.now();
    void pump.current();
  }, [key]);

  useEffect(() => {
    const bytes = lastPdf.current;
    if (!bytes) return;
    paint.current(bytes, performance.now(), 0).catch((error: unknown) => {
      if (mounted.current) setState((s) => ({ ...s, error: errorMessage(error, latest.current.fallbackError) }));
    });
  }, [resolution]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      generation.current++;
      const pages = shown.current;
      if (pages.length > 0) void import('./pdf-pages').then(({ releasePages }) => releasePages(pages));
    };
  }, []);

  return state;
}
