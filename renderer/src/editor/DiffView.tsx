import { useTranslation } from 'react-i18next';
import type { BlockDiff } from '../../../main/api/contract';

/** The blocks that differ, each under its name, its deleted words struck out and its inserted words marked. */
export function DiffView({ blocks, language }: { blocks: readonly BlockDiff[]; language: string }) {
  const { t } = useTranslation();
  if (blocks.length === 0) return <p className="muted">{t('review.noDifferences')}</p>;
  return (
    <ol className="diff-blocks">
      {blocks.map((block, i) => (
        <li key={`${block.field}-${block.index ?? 0}-${i}`} className={`diff-block diff-${block.change}`}>
          <span className="diff-where">
            {t(`review.field.${block.field}`, { index: block.index })} <span className="muted">({t(`review.change.${block.change}`)})</span>
          </span>
          <p lang={language}>
            {block.parts.map((part, k) =>
              part.change === 'added' ? <ins key={k}>{part.text}</ins> : part.change === 'removed' ? <del key={k}>{part.text}</del> : <span key={k}>{part.text}</span>,
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
