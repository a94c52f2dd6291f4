/**
 * A real back end for component tests: the app's handlers on a temporary data folder, reached
 * through `dispatch` (validation and error envelopes included) and set as `window.presskit`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type App } from '../../../main/api/app';
import { createClient, type ApiClient, type Channel } from '../../../main/api/contract';
import { dispatch } from '../../../main/api/dispatch';

export interface RealApi {
  client: ApiClient;
  app: App;
  /** Every channel called, in order, for tests that check what the studio asked for. */
  calls: { channel: Channel; input: unknown }[];
  close: () => Promise<void>;
}

export async function installRealApi(): Promise<RealApi> {
  const dataDir = mkdtempSync(join(tmpdir(), 'presskit-renderer-'));
  const app = await openApp({ dataDir });
  const calls: RealApi['calls'] = [];
  const client = createClient(async (channel, input) => {
    calls.push({ channel, input });
    return dispatch(app.api, channel, input);
  });
  Object.defineProperty(window, 'presskit', { value: client, configurable: true });
  return {
    client,
    app,
    calls,
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
