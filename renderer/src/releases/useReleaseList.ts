import { useEffect, useState } from 'react';
import type { ReleaseQuery, ReleaseSummary } from '../../../main/api/contract';
import { errorMessage, presskit } from '../api';
import { DATA_CHANGED_EVENT } from '../data-changed';
import { useDebounced } from '../ui/useDebounced';

export type ListState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; releases: ReleaseSummary[] };

/** What the filters can offer, from the whole archive. */
export interface Facets {
  total: number;
  years: number[];
  events: string[];
}

/** Typing settles for this long before the archive is searched. */
export const SEARCH_DEBOUNCE_MS = 150;

function facetsOf(all: readonly ReleaseSummary[]): Facets {
  const years = new Set(all.map((r) => Number(r.date.slice(0, 4))));
  const events = new Set(all.map((r) => r.event).filter(Boolean));
  return { total: all.length, years: [...years].sort((a, b) => b - a), events: [...events].sort((a, b) => a.localeCompare(b)) };
}

/** Counts up whenever the archive changes (our own actions or main's), so loaders run again. */
function useArchiveVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    window.addEventListener(DATA_CHANGED_EVENT, bump);
    return () => window.removeEventListener(DATA_CHANGED_EVENT, bump);
  }, []);
  return version;
}

/** The releases matching `query` (search debounced, filters at once) and the facets of the whole archive. */
export function useReleaseList(query: ReleaseQuery, fallbackError: string): { state: ListState; facets: Facets; retry: () => void } {
  const [state, setState] = useState<ListState>({ status: 'loading' });
  const [facets, setFacets] = useState<Facets>({ total: 0, years: [], events: [] });
  const [attempt, setAttempt] = useState(0);
  const version = useArchiveVersion();
  const search = useDebounced(query.query ?? '', SEARCH_DEBOUNCE_MS);
  const { status, language, year, event, embargoed } = query;

  useEffect(() => {
    // Only the latest request may set the state: an older, slower answer is dropped.
    let live = true;
    const filters: ReleaseQuery = { status, language, year, event, embargoed, ...(search.trim() ? { query: search.trim() } : {}) };
    presskit()
      .releases.list(filters)
      .then(
        (releases) => live && setState({ status: 'ready', releases }),
        (error: unknown) => live && setState({ status: 'failed', message: errorMessage(error, fallbackError) }),
      );
    return () => {
      live = false;
    };
  }, [search, status, language, year, event, embargoed, version, attempt, fallbackError]);

  useEffect(() => {
    let live = true;
    presskit()
      .releases.list({})
      .then((all) => live && setFacets(facetsOf(all)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [version, attempt]);

  return { state, facets, retry: () => setAttempt((a) => a + 1) };
}
