/** Opening the application's back end on a data folder: the store and the handlers every transport shares. */
import { openStore, type Store } from '../store';
import type { Api } from './contract';
import { createApi, type ShellHandlers } from './handlers';
import { UserError, type ErrorDetail } from '../core/errors';
import { loadDemoAssets } from './assets';
import type { Clock } from './records';
import { spellService } from '../spell';
import { warmUpReads, type WarmUp } from './read-warm-up';

export interface OpenAppOptions {
  dataDir: string;
  onNotice?: (message: string, detail?: ErrorDetail) => void;
  clock?: Clock;
  /** Saving and printing as this transport does them; the command line has none (it writes with --out). */
  shell?: ShellHandlers;
  /** The bundled typesetting worker (out/main/pdf-worker.js in the app); without it, typesetting runs in this thread. */
  pdfWorker?: URL | string;
  /** The bundled spelling worker (e.g. out/cli/spell-worker.js); without it, spell checking runs in this thread. */
  spellWorker?: URL | string;
  /** Derive the archive's list, search texts and reference index while idle after opening (the app; not a one-shot command). */
  warmUp?: boolean;
}

const NO_SHELL: ShellHandlers = {
  'files.save': async () => Promise.reject(new UserError('shell.saveUnavailable', undefined, 'usage')),
  'files.print': async () => Promise.reject(new UserError('shell.printUnavailable', undefined, 'usage')),
};

export interface App {
  api: Api;
  store: Store;
  /** The reads' warm-up, when asked for. */
  warmUp?: WarmUp;
  close(): Promise<void>;
}

export async function openApp(options: OpenAppOptions): Promise<App> {
  const store = await openStore(options.dataDir, options.onNotice ? { onNotice: options.onNotice } : {});
  const spell = spellService(options.spellWorker);
  const api = createApi({
    spell,
    store,
    demo: () => loadDemoAssets(),
    shell: options.shell ?? NO_SHELL,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.pdfWorker ? { pdfWorker: options.pdfWorker } : {}),
  });
  const warmUp = options.warmUp ? warmUpReads(store) : undefined;
  const close = async (): Promise<void> => {
    warmUp?.stop();
    await warmUp?.done;
    if (options.pdfWorker) await (await import('../pdf/render-client')).closeRenderWorkers();
    await spell.close();
    await store.close();
  };
  return { api, store, ...(warmUp ? { warmUp } : {}), close };
}
