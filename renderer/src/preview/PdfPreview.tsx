import { memo, useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useLasting } from './useLasting';
import { usePreview, type Preview, type Typeset } from './usePreview';
import type { PageSize } from './pdf-pages';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;
/** An A4 page's width in CSS pixels, for fitting before the first page is known. */
const A4_WIDTH_PX = (595.28 * 96) / 72;

type Zoom = number | 'fit';
/** Room left around a page when it is fitted to the pane's width. */
const FIT_MARGIN_PX = 48;
const THUMBNAIL_WIDTH_PX = 72;
/**
 * An update quicker than this shows no spinner: at each keystroke its animation drew frames, on the
 * main thread and the compositor's, while the new pages were being typeset and painted (8–25 ms of CPU each).
 */
const SPINNER_AFTER_MS = 400;

function useWidth(element: HTMLElement | null): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

// The thumbnails and the pages are drawn again only when the pages' sizes or the zoom change, not at each
// update: their holders keep their refs, and the painter its canvases, from one render to the next.

const Thumbnails = memo(function Thumbnails({ pages, holder, go }: { pages: readonly PageSize[]; holder: Preview['holder']; go: (index: number) => void }) {
  const { t } = useTranslation();
  return (
    <nav className="thumbnails" aria-label={t('preview.thumbnails')}>
      {pages.map((page, index) => (
        <button key={index} type="button" className="thumbnail" aria-label={t('preview.goToPage', { page: index + 1 })} onClick={() => go(index)}>
          <span ref={holder('thumbnail', index, { follows: true })} className="thumbnail-page" style={{ width: THUMBNAIL_WIDTH_PX, height: Math.round((THUMBNAIL_WIDTH_PX * page.height) / page.width) }} />
          <span>{index + 1}</span>
        </button>
      ))}
    </nav>
  );
});

const Pages = memo(function Pages({
  pages,
  scale,
  holder,
  pageRefs,
  root,
}: {
  pages: readonly PageSize[];
  scale: number;
  holder: Preview['holder'];
  pageRefs: RefObject<(HTMLElement | null)[]>;
  root: () => HTMLElement | null;
}) {
  const { t } = useTranslation();
  return pages.map((page, index) => (
    <div
      key={index}
      ref={(element) => {
        pageRefs.current[index] = element;
        holder('page', index, { root })(element);
      }}
      className="page"
      role="img"
      aria-label={t('preview.pageAlt', { page: index + 1, count: pages.length })}
      style={{ width: Math.round(page.width * scale), height: Math.round(page.height * scale) }}
    />
  ));
});

/**
 * The exported PDF itself, beside an editor: page thumbnails, zoom, and the previous pages kept while
 * the next render runs. `renderKey` changes whenever what `typeset` would print changes.
 */
export function PdfPreview({ typeset, renderKey, paused, label }: { typeset: Typeset | null; renderKey: string; paused: boolean; label?: string }) {
  const { t } = useTranslation();
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [pageWidth, setPageWidth] = useState(A4_WIDTH_PX);
  const [viewport, setViewport] = useState<HTMLDivElement | null>(null);
  const viewportRef = useRef<HTMLDivElement | null>(null);
  viewportRef.current = viewport;
  const width = useWidth(viewport);
  const scale = zoom === 'fit' ? (width ? Math.max(0.2, (width - FIT_MARGIN_PX) / pageWidth) : 1) : zoom;
  const preview = usePreview(typeset, renderKey, t('preview.failed'));
  const slow = useLasting(preview.busy, SPINNER_AFTER_MS);
  const pageRefs = useRef<(HTMLElement | null)[]>([]);
  const go = useCallback((index: number) => pageRefs.current[index]?.scrollIntoView({ behavior: 'smooth', block: 'start' }), []);
  const root = useCallback(() => viewportRef.current, []);
  const firstWidth = preview.pages[0]?.width;
  useEffect(() => {
    if (firstWidth) setPageWidth(firstWidth);
  }, [firstWidth]);
  // A zoom or a new width of the pane: the pages on screen are painted again at their new size.
  const { refresh } = preview;
  useEffect(() => refresh(), [scale, refresh]);
  const zoomIndex = ZOOMS.findIndex((z) => z >= scale - 0.001);
  const step = (direction: 1 | -1) => setZoom(ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, (zoomIndex < 0 ? ZOOMS.length : zoomIndex) + direction))] ?? 1);

  return (
    <section
      className="preview"
      aria-label={label ?? t('preview.label')}
      aria-busy={preview.busy}
      data-pages={preview.pages.length}
      data-version={preview.version}
      data-render-ms={preview.timing?.total}
      data-typeset-ms={preview.timing?.typeset}
      data-paint-ms={preview.timing?.paint}
    >
      <div className="preview-toolbar">
        <span className="preview-status" aria-live="polite">
          {preview.pages.length > 0 && t('preview.pages', { count: preview.pages.length })}
          {slow && <span className="spinner" aria-label={t('preview.updating')} />}
          {import.meta.env.DEV && preview.timing && <span className="muted"> · {preview.timing.total} ms</span>}
        </span>
        <span className="zoom">
          <button type="button" className="icon-button" aria-label={t('preview.zoomOut')} onClick={() => step(-1)}>
            −
          </button>
          <select aria-label={t('preview.zoom')} value={String(zoom)} onChange={(e) => setZoom(e.target.value === 'fit' ? 'fit' : Number(e.target.value))}>
            <option value="fit">{t('preview.fit')}</option>
            {ZOOMS.map((z) => (
              <option key={z} value={String(z)}>
                {Math.round(z * 100)} %
              </option>
            ))}
          </select>
          <button type="button" className="icon-button" aria-label={t('preview.zoomIn')} onClick={() => step(1)}>
            +
          </button>
        </span>
      </div>
      {/* Paused, an older render's error is stale: what to do now is fix the fields. */}
      {paused ? (
        <p className="preview-note">{t('preview.paused')}</p>
      ) : (
        preview.error && (
          <p className="preview-note notice-error" role="alert">
            {preview.error}
          </p>
        )
      )}
      <div className="preview-body">
        {preview.pages.length > 1 && <Thumbnails pages={preview.pages} holder={preview.holder} go={go} />}
        <div className="pages" ref={setViewport} onScroll={refresh} tabIndex={0} role="region" aria-label={t('preview.pagesLabel')}>
          {preview.pages.length === 0 && !preview.error && <p className="muted preview-empty">{t('preview.loading')}</p>}
          <Pages pages={preview.pages} scale={scale} holder={preview.holder} pageRefs={pageRefs} root={root} />
        </div>
      </div>
    </section>
  );
}
