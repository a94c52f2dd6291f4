import { Fragment, memo, useCallback, useRef, type FocusEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseSummary } from '../../../main/api/contract';
import { ReleaseRow } from './ReleaseRow';
import type { ReleaseActions } from './useReleaseActions';
import { useVirtualRows } from './useVirtualRows';

/** The columns with a heading, and the class that gives each its fixed width (the title takes the rest); the actions column follows. */
const HEADINGS = [
  ['list.reference', 'col-ref'],
  ['list.date', 'col-date'],
  ['list.title', undefined],
  ['list.language', 'col-language'],
  ['list.status', 'col-status'],
] as const;
const COLUMNS = HEADINGS.length + 1;

/** Blank space of the rows not drawn, hidden from screen readers (aria-rowcount gives them the real count). */
function Spacer({ height }: { height: number }) {
  if (height <= 0) return null;
  return (
    <tr className="release-spacer" aria-hidden="true">
      <td colSpan={COLUMNS} style={{ height }} />
    </tr>
  );
}

/**
 * The archive as a table whose rows are drawn only around the viewport of `scroller`: thousands of releases
 * cost a screenful of rows. Focusing a row's button scrolls it into view, so Tab walks the whole list; the
 * row holding focus stays drawn while the list scrolls away from it, so the focus is never lost.
 */
export const ReleaseTable = memo(function ReleaseTable({
  releases,
  actions,
  scroller,
}: {
  releases: readonly ReleaseSummary[];
  actions: ReleaseActions;
  scroller: RefObject<HTMLElement | null>;
}) {
  const { t } = useTranslation();
  const header = useRef<HTMLTableSectionElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const keyOf = useCallback((index: number) => releases[index]?.id ?? String(index), [releases]);
  const rows = useVirtualRows(releases.length, keyOf, scroller, body, header);
  const { pin } = rows;
  const pinFocusedRow = useCallback(
    (event: FocusEvent<HTMLTableSectionElement>) => {
      const index = Number(event.target.closest('tr')?.dataset.index);
      if (Number.isInteger(index)) pin(index);
    },
    [pin],
  );
  const unpinOnLeaving = useCallback(
    (event: FocusEvent<HTMLTableSectionElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget)) pin(null);
    },
    [pin],
  );
  return (
    <table className="release-table" aria-rowcount={releases.length + 1}>
      <thead ref={header}>
        <tr aria-rowindex={1}>
          {HEADINGS.map(([label, className]) => (
            <th key={label} scope="col" className={className}>
              {t(label)}
            </th>
          ))}
          <th scope="col" className="col-actions">
            <span className="visually-hidden">{t('list.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody ref={body} onFocus={pinFocusedRow} onBlur={unpinOnLeaving}>
        {rows.rows.map(({ item, gapBefore }) => {
          const release = releases[item.index];
          return (
            release && (
              <Fragment key={item.key}>
                <Spacer height={gapBefore} />
                <ReleaseRow release={release} index={item.index} actions={actions} measure={rows.measure} onFocusRow={rows.reveal} />
              </Fragment>
            )
          );
        })}
        <Spacer height={rows.after} />
      </tbody>
    </table>
  );
});
