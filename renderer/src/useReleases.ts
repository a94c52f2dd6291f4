import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReleaseSummary } from '../../main/api/contract';
import { DATA_CHANGED_EVENT } from './data-changed';

export type ReleasesState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; releases: ReleaseSummary[] };

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'The archive could not be read.';
}

/** The archive's releases, reloaded when main says the archive changed (e.g. after File › Import). */
export function useReleases(): { state: ReleasesState; reload: () => void } {
  const [state, setState] = useState<ReleasesState>({ status: 'loading' });
  // Only the latest request may set the state: an older, slower answer is dropped.
  const latest = useRef(0);

  const load = useCallback(() => {
    const request = ++latest.current;
    window.presskit.releases.list({}).then(
      (releases) => request === latest.current && setState({ status: 'ready', releases }),
      (error: unknown) => request === latest.current && setState({ status: 'failed', message: messageOf(error) }),
    );
  }, []);

  useEffect(() => {
    load();
    window.addEventListener(DATA_CHANGED_EVENT, load);
    return () => {
      latest.current++;
      window.removeEventListener(DATA_CHANGED_EVENT, load);
    };
  }, [load]);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    load();
  }, [load]);

  return { state, reload };
}
