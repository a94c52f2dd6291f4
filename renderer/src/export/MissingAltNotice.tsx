import { useTranslation } from 'react-i18next';
import type { FigureWithoutAlt } from '../../../main/core/figures';

/** Before an export: the photos a screen reader could say nothing of, and the box that exports them anyway. */
export function MissingAltNotice({ figures, confirmed, onConfirm }: { figures: FigureWithoutAlt[]; confirmed: boolean; onConfirm: (confirmed: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-warning missing-alt" role="group" aria-labelledby="missing-alt-heading">
      <p id="missing-alt-heading">{t('photos.export.missingAlt', { count: figures.length })}</p>
      <ul>
        {figures.map((figure) => (
          <li key={figure.number}>{figure.caption ? t('photos.export.figureCaption', { number: figure.number, caption: figure.caption }) : t('photos.export.figure', { number: figure.number })}</li>
        ))}
      </ul>
      <label className="field-inline">
        <input type="checkbox" checked={confirmed} onChange={(event) => onConfirm(event.target.checked)} />
        <span>{t('photos.export.confirm')}</span>
      </label>
    </div>
  );
}
