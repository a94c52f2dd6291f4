import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../main/core/schema';
import { presskit } from '../api';
import { usePreview } from '../preview/usePreview';
import { CARD_WIDTH_PX, firstCardOrigin } from './card-geometry';

/** The card is shown a little larger than life, as on a desk. */
const SHOWN_WIDTH_PX = 340;
const SCALE = SHOWN_WIDTH_PX / CARD_WIDTH_PX;

/**
 * The contact's business card as the cards sheet prints it: the real sheet, typeset by main for this
 * contact alone and cut to its first card. It follows what is saved.
 */
export function CardPreview({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const typeset = useMemo(() => (contact.email ? () => presskit().export.cards({ emails: [contact.email] }) : null), [contact.email]);
  const preview = usePreview(typeset, JSON.stringify(contact), t('preview.failed'));
  const page = preview.pages[0];
  if (!typeset) return <p className="muted card-preview-note">{t('directory.cardNeedsEmail')}</p>;
  const origin = page ? firstCardOrigin(page.width, page.height) : null;
  return (
    <figure className="card-preview" aria-busy={preview.busy} data-version={preview.version} data-pages={preview.pages.length}>
      <div className="card-crop" role="img" aria-label={t('directory.cardPreview')}>
        {page && origin && (
          // The sheet is shifted so the first card fills the frame; the CSSOM sets these, which the CSP allows.
          <div
            ref={preview.holder('card', 0)}
            className="card-sheet"
            style={{ left: -origin.x * SCALE, top: -origin.y * SCALE, width: Math.round(page.width * SCALE), height: Math.round(page.height * SCALE) }}
          />
        )}
        {!page && !preview.error && <span className="muted">{t('preview.loading')}</span>}
      </div>
      {preview.error && (
        <figcaption className="field-problem" role="alert">
          {preview.error}
        </figcaption>
      )}
      <figcaption className="muted">{t('directory.cardCaption')}</figcaption>
    </figure>
  );
}
