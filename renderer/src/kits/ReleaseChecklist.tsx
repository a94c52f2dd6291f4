import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseSummary } from '../../../main/api/contract';
import { presskit } from '../api';
import { releaseDate } from '../format';
import { useDebounced } from '../ui/useDebounced';

const SEARCH_DEBOUNCE_MS = 150;

/** The archive, searched by main (reference, title, text; case and accents ignored). */
function useReleaseSearch(query: string): ReleaseSummary[] | null {
  const settled = useDebounced(query, SEARCH_DEBOUNCE_MS);
  const [found, setFound] = useState<ReleaseSummary[] | null>(null);
  useEffect(() => {
    let live = true;
    presskit()
      .releases.list(settled.trim() ? { query: settled } : {})
      .then((releases) => live && setFound(releases))
      .catch(() => live && setFound([]));
    return () => {
      live = false;
    };
  }, [settled]);
  return found;
}

/** Releases to tick, found by search; those in `exclude` (already in the kit) are not offered. */
export function ReleaseChecklist({ chosen, exclude = [], onChange }: { chosen: ReleaseSummary[]; exclude?: readonly string[]; onChange: (chosen: ReleaseSummary[]) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const found = useReleaseSearch(query);
  const offered = (found ?? []).filter((release) => !exclude.includes(release.id));
  const isChosen = (release: ReleaseSummary) => chosen.some((c) => c.id === release.id);
  return (
    <div className="release-checklist">
      <input type="search" className="search" aria-label={t('kits.searchReleases')} placeholder={t('kits.searchReleases')} value={query} onChange={(e) => setQuery(e.target.value)} />
      <ul aria-label={t('kits.releasesFound')} aria-busy={found === null}>
        {found && offered.length === 0 && <li className="muted empty-line">{t('kits.noRelease')}</li>}
        {offered.map((release) => (
          <li key={release.id}>
            <label className="check release-check">
              <input type="checkbox" checked={isChosen(release)} onChange={(e) => onChange(e.target.checked ? [...chosen, release] : chosen.filter((c) => c.id !== release.id))} />
              <span className="cell-ref">{release.ref}</span>
              <span className="release-check-title" lang={release.language}>
                {release.title || t('list.untitled')}
              </span>
              <span className="muted">{releaseDate(release)}</span>
            </label>
          </li>
        ))}
      </ul>
      {chosen.length > 0 && <p className="muted">{t('kits.chosen', { count: chosen.length })}</p>}
    </div>
  );
}
