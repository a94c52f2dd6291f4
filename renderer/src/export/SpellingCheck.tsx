import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseSpelling, SpellingSpot } from '../../../main/api/contract';
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

type Check = { step: 'checking' } | { step: 'failed' } | { step: 'done'; found: ReleaseSpelling[] };

/** A word left in one release (ignored there), as a key of a set. */
const inRelease = (id: string, word: string): string => `${id}\u0000${word}`;

/**
 * Before a release's or a kit's export: the words the dictionaries still do not know, release by release
 * and each in its release's language, with the blocks they are in, to add to the office's dictionary or to
 * ignore in their release (for good: main keeps it on the release). A check, not a lock: the export stays possible.
 */
function SpellingFindings({ ask, inKit }: { ask: () => Promise<ReleaseSpelling[]>; inKit: boolean }) {
  const { t } = useTranslation();
  const [check, setCheck] = useState<Check>({ step: 'checking' });
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set());

  // Asked once: another release or kit is another check (its owner keys it).
  const asking = useRef(ask);
  useEffect(() => {
    let current = true;
    asking.current().then(
      (found) => current && setCheck({ step: 'done', found }),
      () => current && setCheck({ step: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, []);

  // Refused (a full disk): the word stays listed, which says it was not kept.
  const add = (word: string) =>
    presskit()
      .dictionary.add({ word })
      .then(
        () => setAdded((words) => new Set(words).add(word)),
        () => undefined,
      );
  const ignore = (id: string, word: string) =>
    presskit()
      .spell.ignore({ id, word })
      .then(
        () => setIgnored((words) => new Set(words).add(inRelease(id, word))),
        () => undefined,
      );

  if (check.step === 'checking')
    return (
      <p className="spelling-check muted" role="status">
        {t('export.spelling.checking')}
      </p>
    );
  if (check.step === 'failed') return <p className="spelling-check muted">{t('export.spelling.failed')}</p>;
  const releases = check.found
    .map((release) => ({ ...release, words: byWord(release.unknown).filter(({ word }) => !added.has(word) && !ignored.has(inRelease(release.id, word))) }))
    .filter((release) => release.words.length > 0);
  const count = releases.reduce((sum, release) => sum + release.words.length, 0);
  if (count === 0) return <p className="spelling-check muted">{t('export.spelling.none')}</p>;
  const place = (where: string) => {
    const [part, n] = where.split(' ');
    return part === 'body' ? t('translation.block.body', { n }) : t(`translation.block.${part as 'title' | 'subtitle' | 'lead'}`);
  };
  const rows = ({ id, ref, language, words }: (typeof releases)[number], labelledBy: string) => (
    <ul aria-labelledby={labelledBy}>
      {words.map(({ word, wheres }) => (
        <li key={word}>
          <strong lang={language}>{word}</strong> <span className="muted">{wheres.map(place).join(', ')}</span>
          <span className="spelling-check-actions">
            <button type="button" className="button button-small" onClick={() => void add(word)} aria-label={t('export.spelling.addWord', { word })}>
              {t('export.spelling.add')}
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => void ignore(id, word)}
              aria-label={inKit ? t('export.spelling.ignoreWordIn', { word, ref }) : t('export.spelling.ignoreWord', { word })}
            >
              {t('body.spelling.ignore')}
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="notice notice-warning spelling-check" role="group" aria-labelledby="spelling-check-heading">
      <p id="spelling-check-heading">
        {inKit ? t('export.spelling.unknownInKit', { count, releases: t('export.spelling.releases', { count: releases.length }) }) : t('export.spelling.unknown', { count })}
      </p>
      {inKit ? (
        <div className="spelling-check-releases">
          {releases.map((release) => (
            <section key={release.id} aria-labelledby={`spelling-check-${release.id}`}>
              <h3 id={`spelling-check-${release.id}`}>
                {release.ref} <span lang={release.language}>{release.title}</span>
              </h3>
              {rows(release, `spelling-check-${release.id}`)}
            </section>
          ))}
        </div>
      ) : (
        releases.map((release) => <div key={release.id}>{rows(release, 'spelling-check-heading')}</div>)
      )}
    </div>
  );
}

/** A release's spelling, before its export. */
export function SpellingCheck({ release }: { release: { ref: string; language: Language } }) {
  return <SpellingFindings key={`${release.ref} ${release.language}`} inKit={false} ask={async () => [await presskit().spell.release({ ref: release.ref, language: release.language })]} />;
}

/** A kit's spelling, release by release, before its export. */
export function KitSpellingCheck({ kit }: { kit: { id: string } }) {
  return <SpellingFindings key={kit.id} inKit ask={() => presskit().spell.kit({ id: kit.id })} />;
}
