/** Opening the application's back end on a data folder: the store and the handlers every transport shares. */
import { openStore, type Store } from '../store';
import type { Api } from './contract';
import { createApi } from './handlers';
import { loadDemoAssets } from './assets';
import type { Clock } from './records';

export interface OpenAppOptions {
  dataDir: string;
  onNotice?: (message: string) => void;
  clock?: Clock;
}

export interface App {
  api: Api;
  store: Store;
  close(): Promise<void>;
}

export async function openApp(options: OpenAppOptions): Promise<App> {
  const store = await openStore(options.dataDir, options.onNotice ? { onNotice: options.onNotice } : {});
  const api = createApi({ store, demo: () => loadDemoAssets(), ...(options.clock ? { clock: options.clock } : {}) });
  return { api, store, close: () => store.close() };
}
