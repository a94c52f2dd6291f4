/**
 * A real back end for component tests: the app's handlers on a temporary data folder, reached
 * through `dispatch` (validation and error envelopes included) and set as `window.presskit`.
 * Saving and printing behave as in studio:web: the file lands in the data folder's exports/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type App } from '../../../main/api/app';
import { createClient, type ApiClient, type Channel, type EventName, type EventPayload } from '../../../main/api/contract';
import { dispatch } from '../../../main/api/dispatch';
import { webShell } from '../../../main/web/shell-handlers';

export interface RealApi {
  client: ApiClient;
  app: App;
  /** Where files.save and files.print put what the studio exported. */
  exportsDir: string;
  /** Every channel called, in order, for tests that check what the studio asked for. */
  calls: { channel: Channel; input: unknown }[];
  /** Sends one of main's events to the studio, as the desktop app's main does. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  close: () => Promise<void>;
}

export async function installRealApi(): Promise<RealApi> {
  const dataDir = mkdtempSync(join(tmpdir(), 'presskit-renderer-'));
  const app = await openApp({ dataDir, shell: webShell(dataDir) });
  const calls: RealApi['calls'] = [];
  const deliveries = new Map<EventName, (payload: unknown) => void>();
  const client = createClient(
    async (channel, input) => {
      calls.push({ channel, input });
      return dispatch(app.api, channel, input);
    },
    (event, deliver) => deliveries.set(event, deliver),
  );
  Object.defineProperty(window, 'presskit', { value: client, configurable: true });
  return {
    client,
    app,
    exportsDir: join(dataDir, 'exports'),
    calls,
    emit: (event, payload) => deliveries.get(event)?.(payload),
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
