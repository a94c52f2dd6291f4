/** The API handlers: what every transport (IPC, CLI, browser test transport) runs, grouped by subject. */
import type { Api } from './contract';
import type { ApiContext } from './handlers/context';
import { releaseHandlers } from './handlers/releases';
import { contactHandlers } from './handlers/contacts';
import { kitHandlers } from './handlers/kits';
import { archiveHandlers } from './handlers/archive';
import { mediaHandlers } from './handlers/media';
import { renderHandlers } from './handlers/render';
import { spellHandlers } from './handlers/spell';
import { packHandlers } from './handlers/pack';
import { spellService } from '../spell';
import { reviewHandlers } from './handlers/review';
import { systemClock } from './records';
import { renderService } from './render-service';
import { ExportJobs } from './jobs';

export type { ApiContext, ShellHandlers } from './handlers/context';

export interface CreateApiOptions extends Pick<ApiContext, 'store' | 'demo' | 'shell'> {
  clock?: ApiContext['clock'];
  /** The bundled typesetting worker; without it, typesetting runs in this thread. */
  pdfWorker?: URL | string;
  /** The spell checker, in the bundled worker or in this thread; made here when not given. */
  spell?: ApiContext['spell'];
}

export function createApi({ clock, pdfWorker, spell, ...context }: CreateApiOptions): Api {
  const full: ApiContext = { ...context, clock: clock ?? systemClock, render: renderService(pdfWorker), jobs: new ExportJobs(), spell: spell ?? spellService(undefined) };
  return {
    ...releaseHandlers(full),
    ...contactHandlers(full),
    ...kitHandlers(full),
    ...archiveHandlers(full),
    ...mediaHandlers(full),
    ...renderHandlers(full),
    ...spellHandlers(full),
    ...packHandlers(full),
    ...reviewHandlers(full),
    ...full.shell,
  };
}
