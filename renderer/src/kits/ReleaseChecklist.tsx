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

/**
 * Releases to tick, found by search; those in `exclude` (already in the kit) are not offered. A release
 * still marked untranslated is chosen only once the user confirms it goes into the kit as it is.
 */
export function ReleaseChecklist({ chosen, exclude = [], onChange }: { chosen: ReleaseSummary[]; exclude?: readonly string[]; onChange: (chosen: ReleaseSummary[]) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [asking, setAsking] = useState<ReleaseSummary | null>(null);
  const found = useReleaseSearch(query);
  const offered = (found ?? []).filter((release) => !exclude.includes(release.id));
  const isChosen = (release: ReleaseSummary) => chosen.some((c) => c.id === release.id);
  const tick = (release: ReleaseSummary, checked: boolean) => {
    if (checked && release.untranslated) return setAsking(release);
    onChange(checked ? [...chosen, release] : chosen.filter((c) => c.id !== release.id));
  };
  return (
    <div className="release-checklist">
      <input type="search" className="search" aria-label={t('kits.searchReleases')} placeholder={t('kits.searchReleases')} value={query} onChange={(e) => setQuery(e.target.value)} />
      <ul aria-label={t('kits.releasesFound')} aria-busy={found === null}>
        {found && offered.length === 0 && <li className="muted empty-line">{t('kits.noRelease')}</li>}
        {offered.map((release) => (
          <li key={release.id}>
            <label className="check release-check">
              <input type="checkbox" checked={isChosen(release)} onChange={(e) => tick(release, e.target.checked)} />
              <span className="cell-ref">{release.ref}</span>
              <abbr className="language-badge" title={t(`languages.${release.language}`)}>
                {release.language.toUpperCase()}
              </abbr>
              <span className="release-check-title" lang={release.language}>
                {release.title || t('list.untitled')}
              </span>
              {release.untranslated && <span className="chip chip-untranslated">{t('translation.untranslated')}</span>}
              <span className="muted">{releaseDate(release)}</span>
            </label>
          </li>
        ))}
      </ul>
      {asking && (
        <div className="notice notice-untranslated" role="group" aria-labelledby="untranslated-ask">
          <p id="untranslated-ask">
            <strong>{t('translation.addTitle')}</strong> {t('translation.addText', { ref: asking.ref, language: t(`languages.${asking.language}`) })}
          </p>
          <button type="button" className="button" onClick={() => setAsking(null)}>
            {t('translation.dontAdd')}
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              onChange([...chosen, asking]);
              setAsking(null);
            }}
          >
            {t('translation.addAnyway')}
          </button>
        </div>
      )}
      {chosen.length > 0 && <p className="muted">{t('kits.chosen', { count: chosen.length })}</p>}
    </div>
  );
}
