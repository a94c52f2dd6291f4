/**
 * Where typesetting runs: in a worker thread when the transport has the bundled worker (the app, the CLI),
 * else in this thread (tests of the handlers). Either way with progress and cancellation.
 */
import type { RenderHooks, Rendered, RenderJob } from '../pdf';

export type RenderService = (job: RenderJob, hooks?: RenderHooks) => Promise<Rendered>;

// The engine is imported on first use: it and its fonts stay out of the start-up of commands that never typeset.
export function renderService(workerUrl: URL | string | undefined): RenderService {
  if (workerUrl) {
    return async (job, hooks) => {
      const { renderInWorker } = await import('../pdf/render-client');
      return renderInWorker(job, { workerUrl, ...hooks });
    };
  }
  return async (job, hooks) => (await import('../pdf')).render(job, hooks);
}
