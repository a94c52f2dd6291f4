import type { Store } from '../../store';
import type { Api, Channel } from '../contract';
import type { DemoAssets } from '../demo';
import type { Clock } from '../records';
import type { RenderService } from '../render-service';
import type { ExportJobs } from '../jobs';
import type { SpellService } from '../../spell';

export interface ApiContext {
  store: Store;
  /** Read only when the demo is seeded, to keep start-up free of it. */
  demo: () => DemoAssets;
  clock: Clock;
  /** Saving and printing files: what only the transport can do (a dialog in the app, a folder for studio:web). */
  shell: ShellHandlers;
  /** Typesetting, in a worker thread or in this one. */
  render: RenderService;
  jobs: ExportJobs;
  /** Spell checking, in a worker thread or in this one. */
  spell: SpellService;
}

export type ShellHandlers = Pick<Api, 'files.save' | 'files.print'>;

/** A group of handlers: the channels whose names start with `G.`. */
export type Handlers<G extends string> = Pick<Api, Extract<Channel, `${G}.${string}`>>;
