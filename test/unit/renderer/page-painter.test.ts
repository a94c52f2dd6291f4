// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PagePainter, type Shown } from '../../../renderer/src/preview/page-painter';

/** A holder placed at `top` (CSS px) in the window, 100 px wide, 141 high. */
function holderAt(top: number): HTMLElement {
  const element = document.createElement('div');
  element.getBoundingClientRect = () => ({ top, bottom: top + 141, left: 0, right: 100, width: 100, height: 141, x: 0, y: top, toJSON: () => ({}) });
  document.body.append(element);
  return element;
}

/** A document whose pages are 100 × 141 CSS px; `painted` records each page painted and at what resolution. */
function shown(keys: string[], painted: string[]): Shown {
  return {
    keys,
    file: {
      sizes: keys.map(() => ({ width: 100, height: 141 })),
      paint: async (index, resolution) => {
        painted.push(`${index}@${resolution}`);
        return document.createElement('canvas');
      },
      close: () => undefined,
    },
  };
}

describe('the preview’s page painter', () => {
  it('paints the pages on screen, then near it, and again only those whose key or size changed', async () => {
    window.innerHeight = 300;
    window.devicePixelRatio = 2;
    const painter = new PagePainter();
    const holders = [0, 150, 450, 1200].map(holderAt);
    holders.forEach((element, index) => painter.holder('page', index)(element));
    const painted: string[] = [];
    const first = shown(['a', 'b', 'c', 'd'], painted);

    expect(painter.stale(first, 'visible').map((target) => target.index)).toEqual([0, 1]);
    expect(painter.stale(first, 'near').map((target) => target.index)).toEqual([0, 1, 2]);
    await painter.paint(first, painter.stale(first, 'near'), new AbortController().signal);
    expect(painted).toEqual(['0@2', '1@2', '2@2']);
    expect(holders.map((holder) => holder.querySelectorAll('canvas').length)).toEqual([1, 1, 1, 0]);

    // An edit on page 1: only it is stale among the pages painted.
    const edited = shown(['a2', 'b', 'c', 'd'], painted);
    expect(painter.stale(edited, 'near').map((target) => target.index)).toEqual([0]);
    // Zoomed in: every page on screen is painted again at its new size.
    window.devicePixelRatio = 3;
    expect(painter.stale(edited, 'visible').map((target) => [target.index, target.resolution])).toEqual([
      [0, 3],
      [1, 3],
    ]);
  });

  it('leaves the holders that follow (the thumbnails) out of the pages an update paints first', () => {
    window.innerHeight = 300;
    window.devicePixelRatio = 1;
    const painter = new PagePainter();
    painter.holder('page', 0)(holderAt(0));
    painter.holder('thumbnail', 0, { follows: true })(holderAt(0));
    const document = shown(['a'], []);
    expect(painter.stale(document, 'visible', { first: true })).toHaveLength(1);
    expect(painter.stale(document, 'visible')).toHaveLength(2);
  });

  it('puts nothing on screen when the painting was stopped', async () => {
    window.innerHeight = 300;
    const painter = new PagePainter();
    const holder = holderAt(0);
    painter.holder('page', 0)(holder);
    const controller = new AbortController();
    const document = shown(['a'], []);
    const painting = painter.paint(document, painter.stale(document, 'visible'), controller.signal);
    controller.abort();
    await expect(painting).rejects.toThrow();
    expect(holder.children).toHaveLength(0);
    expect(painter.stale(document, 'visible')).toHaveLength(1);
  });
});
