import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseQuery } from '../../../main/api/contract';
import { LANGUAGES, Language } from '../../../main/core/language';
import { ReleaseStatus } from '../../../main/core/schema';
import { errorMessage, presskit } from '../api';
import { announceDataChanged } from '../data-changed';
import { RELEASE_STATUSES } from '../format';
import { useShortcut } from '../shell/shortcuts';
import { useToast } from '../shell/toasts';
import { SORTS, sortReleases, type Sort } from './sort';
import { PICTURES } from './import-pictures';
import { IMPORTABLE, useImport } from './useImport';
import { ReleaseTable } from './ReleaseTable';
import { useReleaseActions } from './useReleaseActions';
import { useReleaseList, type Facets } from './useReleaseList';

function Filters({ query, facets, onChange }: { query: ReleaseQuery; facets: Facets; onChange: (query: ReleaseQuery) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <label className="field-inline">
        <span>{t('list.status')}</span>
        <select value={query.status ?? ''} onChange={(e) => onChange({ ...query, status: ReleaseStatus.safeParse(e.target.value).data })}>
          <option value="">{t('list.all')}</option>
          {RELEASE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <span>{t('list.language')}</span>
        <select value={query.language ?? ''} onChange={(e) => onChange({ ...query, language: Language.safeParse(e.target.value).data })}>
          <option value="">{t('list.all')}</option>
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`languages.${language}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <span>{t('list.year')}</span>
        <select value={query.year ?? ''} onChange={(e) => onChange({ ...query, year: e.target.value ? Number(e.target.value) : undefined })}>
          <option value="">{t('list.all')}</option>
          {facets.years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <span>{t('list.embargo')}</span>
        <select
          value={query.embargoed === undefined ? '' : String(query.embargoed)}
          onChange={(e) => onChange({ ...query, embargoed: e.target.value === '' ? undefined : e.target.value === 'true' })}
        >
          <option value="">{t('list.all')}</option>
          <option value="true">{t('list.embargoed')}</option>
          <option value="false">{t('list.notEmbargoed')}</option>
        </select>
      </label>
      {facets.events.length > 0 && (
        <label className="field-inline">
          <span>{t('list.event')}</span>
          <select value={query.event ?? ''} onChange={(e) => onChange({ ...query, event: e.target.value || undefined })}>
            <option value="">{t('list.all')}</option>
            {facets.events.map((event) => (
              <option key={event} value={event}>
                {event}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}

/** The archive: search, filters, sort, count, and the actions on each release. */
export function ReleasesScreen() {
  const { t } = useTranslation();
  const actions = useReleaseActions();
  const importFiles = useImport();
  const notify = useToast();
  const [query, setQuery] = useState<ReleaseQuery>({});
  const [sort, setSort] = useState<Sort>('newest');
  const { state, facets, retry } = useReleaseList(query, t('errors.archive'));
  const search = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const filtered = Boolean(query.query?.trim() || query.status || query.language || query.year || query.event || query.embargoed !== undefined);
  const releases = state.status === 'ready' ? state.releases : null;
  // Sorted once per answer or sort change, not on each keystroke that re-renders the screen.
  const sorted = useMemo(() => (releases ? sortReleases(releases, sort) : []), [releases, sort]);

  useShortcut({ key: 'f' }, () => search.current?.focus());
  // A new search, filter or order starts at the top of its results, not wherever the last one was scrolled.
  useEffect(() => {
    if (body.current) body.current.scrollTop = 0;
  }, [query, sort]);

  const seedDemo = async () => {
    try {
      await presskit().demo.seed({});
      announceDataChanged();
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error, t('errors.generic')) });
    }
  };

  return (
    <section className="screen" aria-labelledby="releases-heading">
      <header className="screen-header">
        <div className="screen-title">
          <h1 id="releases-heading">{t('list.heading')}</h1>
          {state.status === 'ready' && (
            <p className="count" aria-live="polite">
              {filtered ? t('list.countOf', { count: state.releases.length, total: facets.total }) : t('list.count', { count: state.releases.length })}
            </p>
          )}
        </div>
        <div className="screen-actions">
          <input
            ref={picker}
            type="file"
            multiple
            accept={[...IMPORTABLE, ...PICTURES].join(',')}
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(e) => {
              void importFiles([...(e.target.files ?? [])]);
              e.target.value = '';
            }}
          />
          <button type="button" className="button" onClick={() => picker.current?.click()}>
            {t('list.import')}
          </button>
          <button type="button" className="button button-primary" onClick={() => void actions.create()} aria-keyshortcuts="Control+N">
            {t('list.new')}
          </button>
        </div>
      </header>

      <div className="toolbar" role="search">
        <input
          ref={search}
          type="search"
          className="search"
          placeholder={t('list.searchPlaceholder')}
          aria-label={t('list.search')}
          aria-keyshortcuts="Control+F"
          value={query.query ?? ''}
          onChange={(e) => setQuery({ ...query, query: e.target.value })}
        />
        <Filters query={query} facets={facets} onChange={setQuery} />
        <label className="field-inline">
          <span>{t('list.sort')}</span>
          <select value={sort} onChange={(e) => setSort(SORTS.find((s) => s === e.target.value) ?? 'newest')}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>

      <div ref={body} className="screen-body releases-body" aria-busy={state.status === 'loading'}>
        {state.status === 'failed' && (
          <div className="notice notice-error" role="alert">
            <p>{state.message}</p>
            <button type="button" className="button" onClick={retry}>
              {t('common.retry')}
            </button>
          </div>
        )}
        {state.status === 'ready' && state.releases.length === 0 && !filtered && (
          <div className="empty">
            <h2>{t('list.emptyTitle')}</h2>
            <p>{t('list.emptyText')}</p>
            <div className="empty-actions">
              <button type="button" className="button button-primary" onClick={() => void actions.create()}>
                {t('list.new')}
              </button>
              <button type="button" className="button" onClick={() => void seedDemo()}>
                {t('list.demo')}
              </button>
            </div>
          </div>
        )}
        {state.status === 'ready' && state.releases.length === 0 && filtered && (
          <div className="empty">
            <h2>{t('list.noMatchTitle')}</h2>
            <button type="button" className="button" onClick={() => setQuery({})}>
              {t('list.clearFilters')}
            </button>
          </div>
        )}
        {sorted.length > 0 && <ReleaseTable releases={sorted} actions={actions} scroller={body} />}
      </div>
    </section>
  );
}
