/** The API handlers: what every transport (IPC, CLI, browser test transport) runs, grouped by subject. */
import type { Api } from './contract';
import type { ApiContext } from './handlers/context';
import { releaseHandlers } from './handlers/releases';
import { contactHandlers } from './handlers/contacts';
import { kitHandlers } from './handlers/kits';
import { archiveHandlers } from './handlers/archive';
import { renderHandlers } from './handlers/render';
import { reviewHandlers } from './handlers/review';
import { systemClock } from './records';
import { renderService } from './render-service';
import { ExportJobs } from './jobs';

export type { ApiContext, ShellHandlers } from './handlers/context';

export interface CreateApiOptions extends Pick<ApiContext, 'store' | 'demo' | 'shell'> {
  clock?: ApiContext['clock'];
  /** The bundled typesetting worker; without it, typesetting runs in this thread. */
  pdfWorker?: URL | string;
}

export function createApi({ clock, pdfWorker, ...context }: CreateApiOptions): Api {
  const full: ApiContext = { ...context, clock: clock ?? systemClock, render: renderService(pdfWorker), jobs: new ExportJobs() };
  return {
    ...releaseHandlers(full),
    ...contactHandlers(full),
    ...kitHandlers(full),
    ...archiveHandlers(full),
    ...renderHandlers(full),
    ...reviewHandlers(full),
    ...full.shell,
  };
}
