import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpellingSpot } from '../../../main/api/contract';
import type { Language } from '../../../main/core/language';
import { presskit } from '../api';

/** An unknown word once, with the parts of the release it is in ("title", "body 3"), in order. */
export interface UnknownWordPlaces {
  word: string;
  wheres: string[];
}

/** The spots of a check as one row per word, in the order the words first appear. */
export function byWord(spots: readonly SpellingSpot[]): UnknownWordPlaces[] {
  const words = new Map<string, string[]>();
  for (const { word, where } of spots) {
    const wheres = words.get(word) ?? [];
    if (!wheres.includes(where)) wheres.push(where);
    words.set(word, wheres);
  }
  return [...words].map(([word, wheres]) => ({ word, wheres }));
}

type Check = { step: 'checking' } | { step: 'failed' } | { step: 'done'; words: UnknownWordPlaces[] };

/**
 * Before a release's export: the words its dictionary still does not know, each with the blocks it is in,
 * to add to the office's dictionary or leave as they are. A check, not a lock: the export stays possible.
 */
export function SpellingCheck({ release }: { release: { ref: string; language: Language } }) {
  const { t } = useTranslation();
  const [check, setCheck] = useState<Check>({ step: 'checking' });
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    let current = true;
    presskit()
      .spell.release({ ref: release.ref, language: release.language })
      .then(
        ({ unknown }) => current && setCheck({ step: 'done', words: byWord(unknown) }),
        () => current && setCheck({ step: 'failed' }),
      );
    return () => {
      current = false;
    };
  }, [release.ref, release.language]);

  const leave = (word: string) => setLeft((words) => new Set(words).add(word));
  const add = (word: string) =>
    presskit()
      .dictionary.add({ word })
      // Refused (a full disk): the word stays listed, which says it was not added.
      .then(
        () => leave(word),
        () => undefined,
      );

  if (check.step === 'checking')
    return (
      <p className="spelling-check muted" role="status">
        {t('export.spelling.checking')}
      </p>
    );
  if (check.step === 'failed') return <p className="spelling-check muted">{t('export.spelling.failed')}</p>;
  const words = check.words.filter(({ word }) => !left.has(word));
  if (words.length === 0) return <p className="spelling-check muted">{t('export.spelling.none')}</p>;
  const place = (where: string) => {
    const [part, n] = where.split(' ');
    return part === 'body' ? t('translation.block.body', { n }) : t(`translation.block.${part as 'title' | 'subtitle' | 'lead'}`);
  };
  return (
    <div className="notice notice-warning spelling-check" role="group" aria-labelledby="spelling-check-heading">
      <p id="spelling-check-heading">{t('export.spelling.unknown', { count: words.length })}</p>
      <ul aria-labelledby="spelling-check-heading">
        {words.map(({ word, wheres }) => (
          <li key={word}>
            <strong lang={release.language}>{word}</strong> <span className="muted">{wheres.map(place).join(', ')}</span>
            <span className="spelling-check-actions">
              <button type="button" className="button button-small" onClick={() => void add(word)} aria-label={t('export.spelling.addWord', { word })}>
                {t('export.spelling.add')}
              </button>
              <button type="button" className="button button-small" onClick={() => leave(word)} aria-label={t('export.spelling.ignoreWord', { word })}>
                {t('body.spelling.ignore')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
