import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaChanges, MediaEntry } from '../../../main/api/contract';
import { LANGUAGES, type Language } from '../../../main/core/language';
import type { MediaText } from '../../../main/core/schema';
import { useNavigate } from '../shell/navigation';
import { useStoredImage } from '../ui/useStoredImage';

const FIELDS = ['caption', 'credit', 'alt'] as const;

function peopleOf(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * One photo of the library: its thumbnail, its words in each language, date and people (each saved when
 * its field is left), and the releases that show it.
 */
export function PhotoCard({ media, onSave, onDelete }: { media: MediaEntry; onSave: (changes: MediaChanges) => void; onDelete: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const url = useStoredImage(media.image);
  const [people, setPeople] = useState(media.people.join(', '));
  const [text, setText] = useState(media.text);
  const name = media.fileName || media.image;
  const words = (language: Language): MediaText => text[language] ?? { caption: '', credit: '', alt: '' };

  return (
    <li className="photo-card">
      <article aria-label={name}>
        <div className="photo-thumb">{url ? <img src={url} alt={media.text.fr?.alt || media.text.en?.alt || ''} /> : <span className="muted">{t('photos.loading')}</span>}</div>
        <h2 className="photo-name">{name}</h2>
        <p className="muted">{t('photos.library.size', { width: media.width, height: media.height })}</p>
        {LANGUAGES.map((language) => (
          <fieldset key={language} className="photo-words" lang={language}>
            <legend>{t(`languages.${language}`)}</legend>
            {FIELDS.map((field) => (
              <label key={field} className="field">
                <span>{t(`photos.${field}`)}</span>
                <input
                  type="text"
                  value={words(language)[field]}
                  onChange={(event) => setText({ ...text, [language]: { ...words(language), [field]: event.target.value } })}
                  onBlur={() => words(language)[field] !== (media.text[language]?.[field] ?? '') && onSave({ text: { [language]: { [field]: words(language)[field] } } })}
                />
              </label>
            ))}
          </fieldset>
        ))}
        <label className="field">
          <span>{t('photos.library.date')}</span>
          <input type="date" value={media.date ?? ''} onChange={(event) => onSave({ date: event.target.value || null })} />
        </label>
        <label className="field">
          <span>{t('photos.library.people')}</span>
          <input type="text" value={people} onChange={(event) => setPeople(event.target.value)} onBlur={() => onSave({ people: peopleOf(people) })} />
        </label>
        <div className="photo-uses">
          <span className="label">{t('photos.library.usedIn')}</span>
          {media.usedBy.length === 0 ? (
            <p className="muted">{t('photos.library.unused')}</p>
          ) : (
            <ul>
              {media.usedBy.map((ref) => (
                <li key={ref}>
                  <button type="button" className="button button-small button-quiet" onClick={() => navigate({ screen: 'release', ref })}>
                    {ref}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <button type="button" className="button button-small" onClick={onDelete}>
          {t('photos.library.delete')}
        </button>
      </article>
    </li>
  );
}
