import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Release } from '../../../main/core/schema';
import { presskit } from '../api';

type Sibling = Pick<Release, 'ref' | 'language' | 'title' | 'untranslated'>;

/** The other versions of a release: those of the same translation group. */
async function findTranslations(release: Pick<Release, 'id' | 'translationGroup'>): Promise<Sibling[]> {
  if (!release.translationGroup) return [];
  const all = await presskit().releases.list({});
  return all
    .filter((r) => r.id !== release.id && r.translationGroup === release.translationGroup)
    .map(({ ref, language, title, untranslated }) => ({ ref, language, title, untranslated }));
}

export function Translations({ release, onOpen }: { release: Pick<Release, 'id' | 'translationGroup'>; onOpen: (sibling: Sibling) => void }) {
  const { t } = useTranslation();
  const [siblings, setSiblings] = useState<Sibling[]>([]);
  const { id, translationGroup } = release;
  useEffect(() => {
    let live = true;
    findTranslations({ id, translationGroup })
      .then((found) => live && setSiblings(found))
      .catch(() => live && setSiblings([]));
    return () => {
      live = false;
    };
  }, [id, translationGroup]);

  if (!siblings.length) return <p className="muted">{t('translations.none')}</p>;
  return (
    <ul className="translations">
      {siblings.map((sibling) => (
        <li key={`${sibling.ref} ${sibling.language}`}>
          <button type="button" className="link-button" onClick={() => onOpen(sibling)}>
            <abbr className="language-badge">{sibling.language.toUpperCase()}</abbr> {sibling.ref} — <span lang={sibling.language}>{sibling.title || t('list.untitled')}</span>
          </button>
          {sibling.untranslated && <span className="chip chip-untranslated">{t('translation.untranslated')}</span>}
        </li>
      ))}
    </ul>
  );
}
