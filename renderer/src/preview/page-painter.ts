/**
 * Which painted pages are on screen and what each shows. A page is painted into the element that holds
 * it (a page on the pane, a thumbnail, a card's frame) at that element's own size in device pixels, only
 * while it is on screen, and only if what it shows is not already what it would show: the same page key
 * (main's fingerprint of the page) at the same resolution. Until then the holder keeps its older canvas,
 * so a page never goes blank while the next one is painted. A holder that `follows` (a thumbnail) is
 * painted after the frame that shows an update: drawing a page a second time, small, would hold that frame back.
 */
import type { PdfFile } from './pdf-pages';

/** A document open in pdf.js and a key per page that changes only when the page's content does. */
export interface Shown {
  file: PdfFile;
  keys: readonly string[];
}

export type Holder = (element: HTMLElement | null) => void;

export interface HolderOptions {
  /** The scrolling container that shows the holder (else the window). */
  root?: () => HTMLElement | null;
  /** Painted only after the frame that shows an update (a thumbnail). */
  follows?: boolean;
}

interface Painted {
  key: string;
  resolution: number;
}

interface Target {
  holder: HTMLElement;
  index: number;
  resolution: number;
}

/** Where a holder stands: on screen, near it (within one screen), or beyond. */
type Reach = 'visible' | 'near';

/** What of the window the scrolling container shows (all of the window without one). */
function area(root: HTMLElement | null): { top: number; bottom: number; left: number; right: number } {
  const box = root?.getBoundingClientRect();
  return {
    top: Math.max(0, box?.top ?? 0),
    bottom: Math.min(window.innerHeight, box?.bottom ?? Infinity),
    left: Math.max(0, box?.left ?? 0),
    right: Math.min(window.innerWidth, box?.right ?? Infinity),
  };
}

function within(element: HTMLElement, root: HTMLElement | null, reach: Reach): boolean {
  const box = element.getBoundingClientRect();
  const view = area(root);
  const margin = reach === 'near' ? view.bottom - view.top : 0;
  return box.bottom > view.top - margin && box.top < view.bottom + margin && box.right > view.left && box.left < view.right && box.width > 0;
}

export class PagePainter {
  private readonly holders = new Map<string, { element: HTMLElement; index: number; root: () => HTMLElement | null; follows: boolean }>();
  private readonly refs = new Map<string, Holder>();
  private readonly painted = new WeakMap<HTMLElement, Painted>();

  /** The ref of the element that holds page `index` (from 0) in a group of holders (the pane's pages, the thumbnails). */
  holder(group: string, index: number, { root = () => null, follows = false }: HolderOptions = {}): Holder {
    const id = `${group}:${index}`;
    let ref = this.refs.get(id);
    if (!ref) {
      ref = (element) => {
        if (element) this.holders.set(id, { element, index, root, follows });
        else this.holders.delete(id);
      };
      this.refs.set(id, ref);
    }
    return ref;
  }

  /** The holders within `reach` whose canvas is not `shown`'s page at their present size; with `first`, not those that follow. */
  stale(shown: Shown, reach: Reach, { first = false } = {}): Target[] {
    const ratio = window.devicePixelRatio || 1;
    return [...this.holders.values()].flatMap(({ element, index, root, follows }) => {
      const size = shown.file.sizes[index];
      const key = shown.keys[index];
      if (!size || key === undefined || (first && follows) || !within(element, root(), reach)) return [];
      const resolution = (element.getBoundingClientRect().width / size.width) * ratio;
      const painted = this.painted.get(element);
      return painted?.key === key && Math.abs(painted.resolution - resolution) < 0.01 ? [] : [{ holder: element, index, resolution }];
    });
  }

  /** Paints the targets, then puts them all on screen at once (none if `signal` aborted meanwhile). */
  async paint(shown: Shown, targets: readonly Target[], signal: AbortSignal): Promise<void> {
    // Together: pdf.js' worker reads the next page while this thread draws the last.
    const canvases = await Promise.all(targets.map((target) => shown.file.paint(target.index, target.resolution, signal)));
    signal.throwIfAborted();
    targets.forEach((target, i) => {
      target.holder.replaceChildren(canvases[i] as HTMLCanvasElement);
      this.painted.set(target.holder, { key: shown.keys[target.index] ?? '', resolution: target.resolution });
    });
  }
}
