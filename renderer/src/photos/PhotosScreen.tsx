import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaChanges, MediaEntry } from '../../../main/api/contract';
import { errorMessage, presskit } from '../api';
import { announceDataChanged } from '../data-changed';
import { useToast } from '../shell/toasts';
import { imageProblem, MAX_PHOTO_BYTES } from '../ui/image-file';
import { useFreshList } from '../ui/useFreshList';
import { PhotoFileInput } from './PhotoFileInput';
import { PhotoCard } from './PhotoCard';

/** The media library: every photo with its words per language, where it is used; photos added here or from the editor. */
export function PhotosScreen() {
  const { t } = useTranslation();
  const notify = useToast();
  const photos = useFreshList(() => presskit().media.list({}));
  const picker = useRef<HTMLInputElement>(null);

  const attempt = async (task: () => Promise<unknown>, fallback: string) => {
    try {
      await task();
      announceDataChanged();
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error, fallback) });
    }
  };

  const add = async (files: File[]) => {
    for (const file of files) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const problem = imageProblem(bytes, MAX_PHOTO_BYTES);
      if (problem) return notify({ tone: 'error', message: t(`photos.problems.${problem}`) });
      await attempt(() => presskit().media.add({ bytes, fileName: file.name }), t('photos.problems.save'));
    }
  };
  const save = (media: MediaEntry, changes: MediaChanges) => void attempt(() => presskit().media.update({ id: media.id, changes }), t('photos.library.saveFailed'));
  const remove = (media: MediaEntry) =>
    void attempt(async () => {
      await presskit().media.delete({ id: media.id });
      notify({ message: t('photos.library.deleted', { name: media.fileName || media.image }) });
    }, t('errors.generic'));

  return (
    <section className="screen" aria-labelledby="photos-heading">
      <header className="screen-header">
        <div className="screen-title">
          <h1 id="photos-heading">{t('photos.library.heading')}</h1>
          {photos && (
            <p className="count" aria-live="polite">
              {t('photos.library.count', { count: photos.length })}
            </p>
          )}
        </div>
        <div className="screen-actions">
          <PhotoFileInput ref={picker} label={t('photos.library.add')} onFiles={(files) => void add(files)} />
          <button type="button" className="button button-primary" onClick={() => picker.current?.click()}>
            {t('photos.library.add')}
          </button>
        </div>
      </header>
      <div className="photo-library" aria-busy={photos === null}>
        {photos?.length === 0 && <p className="muted empty-line">{t('photos.library.empty')}</p>}
        <ul aria-label={t('photos.library.heading')}>
          {photos?.map((media) => (
            <PhotoCard key={media.id} media={media} onSave={(changes) => save(media, changes)} onDelete={() => remove(media)} />
          ))}
        </ul>
      </div>
    </section>
  );
}
