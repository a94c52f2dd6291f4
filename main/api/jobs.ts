/** Long exports in progress, by the job id the caller chose: how far each has got, and how to stop it. */
import { UserError } from '../core/errors';
import type { RenderHooks, RenderProgress } from '../pdf';

interface Job {
  controller: AbortController;
  progress: RenderProgress | null;
}

export class ExportJobs {
  private readonly jobs = new Map<string, Job>();

  /** Runs `work` under `jobId` (if given), with hooks that record its progress and carry its cancellation. */
  async run<T>(jobId: string | undefined, work: (hooks: RenderHooks) => Promise<T>): Promise<T> {
    if (jobId === undefined) return work({});
    if (this.jobs.has(jobId)) throw new UserError('export.running', undefined, 'conflict');
    const job: Job = { controller: new AbortController(), progress: null };
    this.jobs.set(jobId, job);
    try {
      return await work({ signal: job.controller.signal, onProgress: (progress) => (job.progress = progress) });
    } finally {
      this.jobs.delete(jobId);
    }
  }

  progress(jobId: string): RenderProgress | null {
    return this.jobs.get(jobId)?.progress ?? null;
  }

  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId);
    job?.controller.abort();
    return job !== undefined;
  }
}
