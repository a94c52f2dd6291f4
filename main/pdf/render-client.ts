import { Worker } from 'node:worker_threads';
import type { Rendered, RenderJob } from './index';
import { ExportCancelled, type RenderProgress } from './progress';
import { responseError, type RenderRequest, type RenderResponse } from './worker-protocol';

export interface WorkerRenderOptions {
  /** The bundled worker, out/main/pdf-worker.js in the app's build. */
  workerUrl: URL | string;
  onProgress?: (progress: RenderProgress) => void;
  /** Aborting it terminates the worker: the render stops at once and the promise rejects with ExportCancelled. */
  signal?: AbortSignal;
}

/** Every worker started and not yet exited; at most one of them idle, kept warm (fonts parsed) for the next job. */
const live = new Set<Worker>();
let idle: { worker: Worker; key: string } | undefined;
let nextId = 1;

function take(workerUrl: URL | string): Worker {
  const key = String(workerUrl);
  if (idle?.key === key) {
    const { worker } = idle;
    idle = undefined;
    worker.ref();
    return worker;
  }
  const worker = new Worker(workerUrl);
  live.add(worker);
  // A worker that fails while idle has no job to reject: it is ended, and never crashes the app.
  worker.on('error', () => void worker.terminate());
  worker.once('exit', () => {
    live.delete(worker);
    if (idle?.worker === worker) idle = undefined;
  });
  return worker;
}

/** Keeps a worker that finished its job for the next one, without holding the process open. */
function park(worker: Worker, workerUrl: URL | string): void {
  if (idle) void idle.worker.terminate();
  worker.unref();
  idle = { worker, key: String(workerUrl) };
}

/** Renders a release, a kit or a cards sheet in a worker thread, with progress and cancellation. */
export function renderInWorker(job: RenderJob, options: WorkerRenderOptions): Promise<Rendered> {
  const { signal, onProgress, workerUrl } = options;
  if (signal?.aborted) return Promise.reject(new ExportCancelled());
  const worker = take(workerUrl);
  const id = nextId++;
  return new Promise<Rendered>((resolve, reject) => {
    const stop = (error: Error): void => {
      cleanup();
      // Settle once the thread is gone, so nothing of the job outlives the promise.
      worker.terminate().then(
        () => reject(error),
        () => reject(error),
      );
    };
    const onMessage = (response: RenderResponse): void => {
      if (response.id !== id) return;
      if (response.kind === 'progress') {
        onProgress?.(response.progress);
        return;
      }
      cleanup();
      park(worker, workerUrl);
      if (response.ok) resolve({ bytes: response.bytes, report: response.report, ...(response.pageKeys ? { pageKeys: response.pageKeys } : {}) });
      else reject(responseError(response));
    };
    const onError = (error: Error): void => stop(error);
    const onExit = (code: number): void => {
      cleanup();
      reject(new Error(`The typesetting worker stopped unexpectedly (exit code ${code}).`));
    };
    const onAbort = (): void => stop(new ExportCancelled());
    const cleanup = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      signal?.removeEventListener('abort', onAbort);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    signal?.addEventListener('abort', onAbort, { once: true });
    const request: RenderRequest = { id, job };
    worker.postMessage(request);
  });
}

/** How many typesetting workers are alive (running a job or idle). */
export function renderWorkerCount(): number {
  return live.size;
}

/** Ends every typesetting worker: on quitting the app, or after tests. */
export async function closeRenderWorkers(): Promise<void> {
  await Promise.all([...live].map((worker) => worker.terminate()));
}
