import { useTranslation } from 'react-i18next';
import type { Release } from '../../../main/core/schema';
import type { Draft } from './useDraft';
import { TypographicField } from './TypographicField';
import { blockText, withText } from './side-by-side';

type Text = Pick<Release, 'title' | 'subtitle' | 'lead' | 'body'>;

/** Each block of a release as one text, in the order the translation mark counts them. */
function texts(release: Text): string[] {
  return [release.title, release.subtitle, release.lead, ...release.body.map(blockText)];
}

/**
 * Translating a release: each block of the source beside the same block of the translation, which is
 * edited in place. A block shows whether it is still to translate (see main/core/translation.ts).
 */
export function SideBySide({
  release,
  source,
  pending,
  change,
}: {
  release: Release;
  /** The release it was translated from; null when it is no longer in the archive. */
  source: Release | null;
  pending: readonly number[];
  change: Draft['change'];
}) {
  const { t } = useTranslation();
  const from = source ? texts(source) : [];
  const label = (index: number) => (index < 3 ? t(`translation.block.${(['title', 'subtitle', 'lead'] as const)[index] ?? 'title'}`) : t('translation.block.body', { n: index - 2 }));
  const edit = (index: number, text: string) => {
    if (index === 0) change('title', { title: text });
    else if (index === 1) change('subtitle', { subtitle: text });
    else if (index === 2) change('lead', { lead: text });
    else change('body', { body: release.body.map((block, at) => (at === index - 3 ? withText(block, text) : block)) });
  };
  return (
    <div className="side-by-side">
      {!source && <p className="notice">{t('translation.sourceGone')}</p>}
      <div className="side-row side-columns" aria-hidden="true">
        <span>{source ? t('translation.source', { language: t(`languages.${source.language}`) }) : ''}</span>
        <span>{t('translation.target', { language: t(`languages.${release.language}`) })}</span>
      </div>
      {texts(release).map((text, index) => (
        <div className="side-row" key={index}>
          <p className="side-source" lang={source?.language} id={`side-source-${index}`}>
            {from[index] ?? ''}
          </p>
          <div className="field side-target" lang={release.language}>
            <label className="label" htmlFor={`side-target-${index}`}>
              {label(index)} {pending.includes(index) && <span className="chip chip-untranslated">{t('translation.toEdit')}</span>}
            </label>
            <TypographicField id={`side-target-${index}`} multiline={index > 0} rows={index > 2 ? 3 : 2} language={release.language} value={text} onChange={(value) => edit(index, value)} />
          </div>
        </div>
      ))}
    </div>
  );
}
