/**
 * The new release the editor has open, kept in the settings (`openNewRelease`). Leaving the editor
 * discards such a release if nothing was written in it; quitting the app leaves no time for that, so the
 * studio's next start does it. The studio's own rule: the command line never records one, so a release
 * `presskit new` has just made is never taken for one left open.
 */
import { presskit } from '../api';
import { announceDataChanged } from '../data-changed';

/** The release this page recorded last: a later page's start must not discard what this one has open. */
let recorded: string | null = null;

const save = (id: string | null): void => void presskit().settings.update({ changes: { openNewRelease: id } }).catch(() => undefined);

export function recordOpened(id: string): void {
  recorded = id;
  save(id);
}

/** Called once the editor has left `id`: cleared, unless another new release was opened since. */
export function recordLeft(id: string): void {
  if (recorded !== id) return;
  recorded = null;
  save(null);
}

/** At the studio's start: the new release left open when the app last quit, discarded if still untouched (main decides). */
export async function discardLeftOpen(): Promise<void> {
  const { openNewRelease } = await presskit().settings.get({});
  if (openNewRelease === null || openNewRelease === recorded) return;
  const { discarded } = await presskit().releases.discardUntouched({ id: openNewRelease });
  if (recorded === null) save(null);
  if (discarded) announceDataChanged();
}
