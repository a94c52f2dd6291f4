/** The API handlers: what every transport (IPC, CLI, browser test transport) runs, grouped by subject. */
import type { Api } from './contract';
import type { ApiContext } from './handlers/context';
import { releaseHandlers } from './handlers/releases';
import { contactHandlers } from './handlers/contacts';
import { kitHandlers } from './handlers/kits';
import { archiveHandlers } from './handlers/archive';
import { renderHandlers } from './handlers/render';
import { systemClock } from './records';

export type { ApiContext, ShellHandlers } from './handlers/context';

export function createApi(context: Omit<ApiContext, 'clock'> & { clock?: ApiContext['clock'] }): Api {
  const full: ApiContext = { ...context, clock: context.clock ?? systemClock };
  return {
    ...releaseHandlers(full),
    ...contactHandlers(full),
    ...kitHandlers(full),
    ...archiveHandlers(full),
    ...renderHandlers(full),
    ...full.shell,
  };
}
