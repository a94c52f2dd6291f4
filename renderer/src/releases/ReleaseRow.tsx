import { memo, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseSummary } from '../../../main/api/contract';
import { embargoLabel } from '../../../main/core/embargo';
import { releaseDate } from '../format';
import { ReleaseMenu } from './ReleaseMenu';
import { shownReference } from './reference-label';
import type { ReleaseActions } from './useReleaseActions';

interface RowProps {
  release: ReleaseSummary;
  /** Its place in the whole sorted list, not among the rows drawn. */
  index: number;
  actions: ReleaseActions;
  measure: (row: HTMLTableRowElement | null) => void;
  /** Called when the keyboard brings focus into the row. */
  onFocusRow: (index: number) => void;
}

/** One release of the archive; memoised, so scrolling and typing redraw only the rows that come and go. */
export const ReleaseRow = memo(function ReleaseRow({ release, index, actions, measure, onFocusRow }: RowProps) {
  const { t } = useTranslation();
  const tags = [...new Set([release.event, ...release.tags].filter(Boolean))];
  // Only keyboard focus scrolls: a click that scrolled the row between press and release would be lost.
  const revealOnKeyboardFocus = (event: FocusEvent<HTMLTableRowElement>) => {
    if (event.target.matches(':focus-visible')) onFocusRow(index);
  };
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2} onDoubleClick={() => actions.open(release)} onFocus={revealOnKeyboardFocus}>
      <td className="cell-ref">{shownReference(release.ref, t)}</td>
      <td className="cell-date">
        <time dateTime={release.date}>{releaseDate(release)}</time>
      </td>
      <td className="cell-title">
        <button type="button" className="link-button" lang={release.language} onClick={() => actions.open(release)}>
          {release.title || t('list.untitled')}
        </button>
        {release.embargo && (
          <span className="embargo-badge" title={t('list.embargoUntil', { until: embargoLabel(release.embargo) })}>
            {t('list.embargoed')}
          </span>
        )}
        {tags.length > 0 && (
          <span className="chips">
            {tags.map((tag) => (
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
        {release.untranslated && <span className="chip chip-untranslated">{t('translation.untranslated')}</span>}
      </td>
      <td>
        <span className={`status status-${release.status}`}>{t(`status.${release.status}`)}</span>
      </td>
      <td className="cell-actions">
        <ReleaseMenu release={release} actions={actions} />
      </td>
    </tr>
  );
});
