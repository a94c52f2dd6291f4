import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseQuery, ReleaseSummary } from '../../../main/api/contract';
import { LANGUAGES, Language } from '../../../main/core/language';
import { ReleaseStatus } from '../../../main/core/schema';
import { errorMessage, presskit } from '../api';
import { announceDataChanged } from '../data-changed';
import { RELEASE_STATUSES, releaseDate } from '../format';
import { useShortcut } from '../shell/shortcuts';
import { useToast } from '../shell/toasts';
import { ReleaseMenu } from './ReleaseMenu';
import { SORTS, sortReleases, type Sort } from './sort';
import { IMPORTABLE, useImport } from './useImport';
import { useReleaseActions, type ReleaseActions } from './useReleaseActions';
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

function ReleaseTable({ releases, actions }: { releases: ReleaseSummary[]; actions: ReleaseActions }) {
  const { t } = useTranslation();
  return (
    <table className="release-table">
      <thead>
        <tr>
          <th scope="col">{t('list.reference')}</th>
          <th scope="col">{t('list.date')}</th>
          <th scope="col">{t('list.title')}</th>
          <th scope="col">{t('list.language')}</th>
          <th scope="col">{t('list.status')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('list.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {releases.map((release) => (
          <tr key={release.id} onDoubleClick={() => actions.open(release.ref)}>
            <td className="cell-ref">{release.ref}</td>
            <td className="cell-date">
              <time dateTime={release.date}>{releaseDate(release)}</time>
            </td>
            <td className="cell-title">
              <button type="button" className="link-button" lang={release.language} onClick={() => actions.open(release.ref)}>
                {release.title || t('list.untitled')}
              </button>
              {(release.event || release.tags.length > 0) && (
                <span className="chips">
                  {[...new Set([release.event, ...release.tags].filter(Boolean))].map((tag) => (
                    <span key={tag} className="chip">
                      {tag}
                    </span>
                  ))}
                </span>
              )}
            </td>
            <td>
              <abbr className="language-badge" title={t(`languages.${release.language}`)}>
                {release.language.toUpperCase()}
              </abbr>
            </td>
            <td>
              <span className={`status status-${release.status}`}>{t(`status.${release.status}`)}</span>
            </td>
            <td className="cell-actions">
              <ReleaseMenu release={release} actions={actions} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
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
  const filtered = Boolean(query.query?.trim() || query.status || query.language || query.year || query.event);

  useShortcut({ key: 'f' }, () => search.current?.focus());

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
            accept={IMPORTABLE.join(',')}
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

      <div className="screen-body" aria-busy={state.status === 'loading'}>
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
        {state.status === 'ready' && state.releases.length > 0 && <ReleaseTable releases={sortReleases(state.releases, sort)} actions={actions} />}
      </div>
    </section>
  );
}
