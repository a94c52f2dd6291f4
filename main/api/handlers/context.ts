import type { Store } from '../../store';
import type { Api, Channel } from '../contract';
import type { DemoAssets } from '../demo';
import type { Clock } from '../records';

export interface ApiContext {
  store: Store;
  /** Read only when the demo is seeded, to keep start-up free of it. */
  demo: () => DemoAssets;
  clock: Clock;
}

/** A group of handlers: the channels whose names start with `G.`. */
export type Handlers<G extends string> = Pick<Api, Extract<Channel, `${G}.${string}`>>;
