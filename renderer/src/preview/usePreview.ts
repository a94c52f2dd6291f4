import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { errorMessage } from '../api';
import { PagePainter, type Holder, type HolderOptions, type Shown } from './page-painter';
import type { PageSize } from './pdf-pages';

export interface PreviewState {
  /** The pages of the last render on screen, in CSS pixels at 100 %. */
  pages: PageSize[];
  busy: boolean;
  error: string | null;
  timing: PreviewTiming | null;
  /** How many renders have reached the screen: tests wait for it to grow after a change. */
  version: number;
}

export interface Preview extends PreviewState {
  /** The ref of the element that shows page `index` (from 0) of `group` ('page', 'thumbnail'…), painted at its own size. */
  holder: (group: string, index: number, options?: HolderOptions) => Holder;
  /** Paints what has come on screen or changed size since (a scroll, a zoom). */
  refresh: () => void;
}

/** Where the time of the last update went, in ms. */
export interface PreviewTiming {
  /** From the change to the new pages on screen. */
  total: number;
  /** The typesetting in main and the bytes' trip back. */
  typeset: number;
  /** pdf.js opening the document and painting the pages on screen that changed. */
  paint: number;
}

/** What main typeset: the PDF, and a key per page that changes only with the page (else every page is new). */
export interface Typesetting {
  bytes: Uint8Array;
  pageKeys?: readonly string[] | undefined;
}

/** Typesets the document on screen (preview.render, preview.kit, export.cards…). */
export type Typeset = () => Promise<Typesetting>;

const isCancel = (error: unknown): boolean => error instanceof Error && (error.name === 'AbortError' || error.name === 'RenderingCancelledException');

/**
 * The draft typeset by main (through `typeset`) and painted by pdf.js. No debounce: a change starts a
 * render at once if none is running, and changes made during a render are gathered into the next one, so
 * the pages follow typing as fast as the typesetter allows and the last keystroke is on screen one render
 * after it. Only the pages on screen whose key changed are painted before the update counts as shown;
 * the thumbnails and the pages near them follow, and give way to the next render. The previous pages
 * stay until the new ones are ready.
 */
export function usePreview(typeset: Typeset | null, key: string, fallbackError: string): Preview {
  const [state, setState] = useState<PreviewState>({ pages: [], busy: false, error: null, timing: null, version: 0 });
  const painter = useRef(new PagePainter()).current;
  const shown = useRef<Shown | null>(null);
  const latest = useRef({ typeset, fallbackError });
  latest.current = { typeset, fallbackError };
  /** When the oldest change not yet sent to the typesetter was made; null when there is none. */
  const pendingSince = useRef<number | null>(null);
  const running = useRef(false);
  const mounted = useRef(true);
  /** The painting of what is off screen or came on screen, stopped by the next render. */
  const filling = useRef<AbortController | null>(null);
  const committed = useRef<(() => void)[]>([]);

  useLayoutEffect(() => {
    for (const resolve of committed.current.splice(0)) resolve();
  });

  /** Paints the stale pages on screen, then those near it, one at a time so that a render can stop it. */
  const fill = useCallback(() => {
    // A render running paints what is on screen, then fills in.
    if (running.current) return;
    filling.current?.abort();
    const current = shown.current;
    if (!current) return;
    const controller = new AbortController();
    filling.current = controller;
    void (async () => {
      for (const reach of ['visible', 'near'] as const) {
        for (let next = painter.stale(current, reach)[0]; next && !controller.signal.aborted; next = painter.stale(current, reach)[0]) {
          await painter.paint(current, [next], controller.signal);
        }
      }
    })().catch((error: unknown) => {
      if (!isCancel(error) && mounted.current) setState((s) => ({ ...s, error: errorMessage(error, latest.current.fallbackError) }));
    });
  }, [painter]);

  const laidOut = useRef(state.pages);
  laidOut.current = state.pages;
  /** Gives the holders the new pages' sizes, once React has put them on the page, before anything is painted into them. */
  const layOut = useCallback(async (pages: PageSize[]) => {
    if (sameSizes(laidOut.current, pages)) return;
    await new Promise<void>((resolve) => {
      committed.current.push(resolve);
      setState((s) => ({ ...s, pages }));
    });
  }, []);

  /** Renders the latest draft until no change is left waiting; one loop at a time. */
  const pump = useRef(async () => {
    if (running.current) return;
    running.current = true;
    filling.current?.abort();
    try {
      while (pendingSince.current !== null && mounted.current) {
        const changedAt = pendingSince.current;
        pendingSince.current = null;
        const draft = latest.current.typeset;
        if (!draft) continue;
        setState((s) => (s.busy ? s : { ...s, busy: true }));
        try {
          const started = performance.now();
          const { bytes, pageKeys } = await draft();
          const typesetMs = performance.now() - started;
          // pdf.js is loaded with the first pages to paint, never for a preview already gone.
          if (!mounted.current) return;
          const { openPdf } = await import('./pdf-pages');
          const painting = performance.now();
          const file = await openPdf(bytes);
          // Without keys from main, every page of a new render counts as changed.
          const next = { file, keys: pageKeys?.length === file.sizes.length ? pageKeys : file.sizes.map(() => String(changedAt)) };
          await layOut(file.sizes);
          try {
            await painter.paint(next, painter.stale(next, 'visible', { first: true }), new AbortController().signal);
          } catch (error) {
            file.close();
            throw error;
          }
          shown.current?.file.close();
          shown.current = next;
          const done = performance.now();
          const timing = { total: Math.round(done - changedAt), typeset: Math.round(typesetMs), paint: Math.round(done - painting) };
          if (import.meta.env.DEV) console.debug(`[preview] change to new pages: ${timing.total} ms (typeset ${timing.typeset}, paint ${timing.paint})`);
          // The same sizes keep the same array, so that the pages and thumbnails are not drawn again.
          setState((s) => ({ pages: sameSizes(s.pages, file.sizes) ? s.pages : file.sizes, busy: false, error: null, timing, version: s.version + 1 }));
        } catch (error) {
          // A later draft may already fix what this one got wrong: say so only if none is waiting.
          if (pendingSince.current === null && mounted.current) setState((s) => ({ ...s, busy: false, error: errorMessage(error, latest.current.fallbackError) }));
        }
      }
    } finally {
      running.current = false;
    }
    // After the frame that shows the new pages: painting the rest first would hold that frame back.
    requestAnimationFrame(() => setTimeout(() => mounted.current && fill(), 0));
  });

  useEffect(() => {
    if (!latest.current.typeset) return;
    pendingSince.current ??= performance.now();
    void pump.current();
  }, [key]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      filling.current?.abort();
      shown.current?.file.close();
      shown.current = null;
    };
  }, []);

  const holder = useCallback((group: string, index: number, options?: HolderOptions) => painter.holder(group, index, options), [painter]);
  return { ...state, holder, refresh: fill };
}

function sameSizes(a: readonly PageSize[], b: readonly PageSize[]): boolean {
  return a.length === b.length && a.every((size, i) => size.width === b[i]?.width && size.height === b[i]?.height);
}
