import { UserError } from '../core/errors';

/** How far a render has got: documents laid out, then pages painted. */
export interface RenderProgress {
  phase: 'layout' | 'paint';
  done: number;
  total: number;
}

export interface RenderHooks {
  onProgress?: (progress: RenderProgress) => void;
  signal?: AbortSignal;
}

/** The error a cancelled render rejects with, in the worker, in its client and in-process alike. */
export class ExportCancelled extends UserError {
  constructor() {
    super('export.cancelled', undefined, 'usage');
    this.name = 'ExportCancelled';
  }
}

/** True for a cancelled export, also once the error has crossed a process boundary as a plain UserError. */
export function isExportCancelled(error: unknown): boolean {
  return error instanceof ExportCancelled || (error instanceof UserError && error.detail.code === 'export.cancelled');
}

/** Longest stretch of work between two turns of the event loop, so an abort or a message gets through. */
const SLICE_MS = 25;

/**
 * A step function for a long render: reports progress, throws ExportCancelled once the signal is
 * aborted, and now and then yields to the event loop so that the abort can arrive at all. A render
 * without a signal (a preview) yields too: typesetting in the thread that serves the studio (studio:web,
 * the handlers' tests), it would otherwise hold every other request, an export's progress among them.
 */
export function progressSteps(hooks: RenderHooks | undefined): (progress: RenderProgress) => Promise<void> {
  let sliceStart = performance.now();
  return async (progress) => {
    if (hooks?.signal?.aborted) throw new ExportCancelled();
    hooks?.onProgress?.(progress);
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
      if (hooks?.signal?.aborted) throw new ExportCancelled();
    }
  };
}
