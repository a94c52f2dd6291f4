import { NodeViewWrapper, type NodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FigureWidth } from '../../../main/core/schema';
import { useStoredImage } from '../ui/useStoredImage';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A figure in the editor: the picture, its words editable in place, its width, and a flag while it has no alt text. */
export function FigureView({ node, updateAttributes, deleteNode, selected }: NodeViewProps) {
  const { t } = useTranslation();
  const id = useId();
  const image = text(node.attrs.image) || null;
  const url = useStoredImage(image);
  const alt = text(node.attrs.alt);
  const width = FigureWidth.catch('column').parse(node.attrs.width);
  const missingAlt = !alt.trim();
  const field = (name: 'caption' | 'credit' | 'alt', label: string) => (
    <label className="field figure-field">
      <span>{label}</span>
      <input
        type="text"
        value={text(node.attrs[name])}
        aria-invalid={name === 'alt' && missingAlt ? true : undefined}
        aria-describedby={name === 'alt' && missingAlt ? `${id}-no-alt` : undefined}
        onChange={(event) => updateAttributes({ [name]: event.target.value })}
      />
    </label>
  );
  return (
    <NodeViewWrapper as="figure" className={`figure figure-${width}${selected ? ' is-selected' : ''}`} data-missing-alt={missingAlt || undefined}>
      <div className="figure-picture" data-drag-handle>
        {url ? <img src={url} alt={alt} /> : <span className="muted">{t('photos.loading')}</span>}
      </div>
      <div className="figure-fields" role="group" aria-label={t('photos.figure')}>
        {field('caption', t('photos.caption'))}
        {field('credit', t('photos.credit'))}
        {field('alt', t('photos.alt'))}
        {missingAlt && (
          <p id={`${id}-no-alt`} className="figure-warning">
            {t('photos.noAlt')}
          </p>
        )}
        <div className="figure-actions">
          <label className="field-inline">
            <span>{t('photos.width')}</span>
            <select value={width} onChange={(event) => updateAttributes({ width: FigureWidth.catch('column').parse(event.target.value) })}>
              {FigureWidth.options.map((option) => (
                <option key={option} value={option}>
                  {t(`photos.widths.${option}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button button-small button-quiet" onClick={deleteNode}>
            {t('photos.remove')}
          </button>
        </div>
      </div>
    </NodeViewWrapper>
  );
}
