/**
 * After the store opens, what the archive's first list, search and opening of a release would each derive
 * from every release (the order, the folded texts, the reference index), derived beforehand in slices
 * while main is idle: at 20,000 releases the first search otherwise folds them all under the user's key.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { versionsOf } from '../core/reference';
import type { Store } from '../store';
import { listPreparation } from './release-list';

/** Longest stretch of warm-up between two turns of the event loop: a request waits no longer than this. */
const SLICE_MS = 8;

export interface WarmUp {
  /** Resolves with the releases prepared: all of them, or fewer when stopped first. */
  readonly done: Promise<number>;
  stop(): void;
}

export function warmUpReads(store: Store): WarmUp {
  let stopped = false;
  const done = (async () => {
    const { releases } = await store.read();
    await nextTurn();
    if (stopped) return 0;
    // Looking up no reference builds the index of them all.
    versionsOf(releases, '');
    const steps = listPreparation(releases);
    let prepared = 0;
    for (;;) {
      await nextTurn();
      if (stopped) return prepared;
      const sliceEnd = performance.now() + SLICE_MS;
      do {
        const step = steps.next();
        if (step.done) return releases.length;
        prepared = step.value;
      } while (performance.now() < sliceEnd);
    }
  })().catch(() => 0); // a store that cannot be read now is read again, and its refusal said, by the request that needs it
  return {
    done,
    stop: () => {
      stopped = true;
    },
  };
}
