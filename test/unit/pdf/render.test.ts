import { describe, expect, it } from 'vitest';
import { renderService } from '../../../main/api/render-service';
import { isExportCancelled, type RenderJob, type RenderProgress } from '../../../main/pdf/index';
import { loadCp124 } from '../../fixtures/pdf/cp124';
import { airShowKit } from '../../fixtures/pdf/kits';

const options = { paper: 'a4', bleedMm: 0, cropMarks: false } as const;

// One render(job, hooks) for every kind of document: what the kit always did, a release does too.
describe('the in-thread render service', () => {
  const { release, contacts, brand } = loadCp124();
  const job: RenderJob = { kind: 'release', document: { release, contacts, brand, images: new Map() }, options };

  it('reports the painting of a release, page by page', async () => {
    const progress: RenderProgress[] = [];
    const { report } = await renderService(undefined)(job, { onProgress: (p) => progress.push(p) });
    expect(progress.at(-1)).toEqual({ phase: 'paint', done: report.pages, total: report.pages });
  });

  it('stops a release whose export was cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const error: unknown = await renderService(undefined)(job, { signal: controller.signal }).catch((e: unknown) => e);
    expect(isExportCancelled(error)).toBe(true);
  });

  it('lets the event loop turn while it typesets a preview, which has no signal, as an export does', async () => {
    let started = false;
    let done = false;
    let turns = 0;
    // Counts the turns of the event loop taken from the render's first progress to its end.
    const count = () => {
      if (done) return;
      if (started) turns++;
      setImmediate(count);
    };
    setImmediate(count);
    const { report } = await renderService(undefined)({ kind: 'kit', document: airShowKit(), options }, { onProgress: () => (started = true) });
    done = true;
    expect(report.pages).toBeGreaterThan(5);
    expect(turns).toBeGreaterThan(0);
  });
});
