import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../main/core/language';
import type { Release } from '../../../main/core/schema';
import { errorMessage, presskit } from '../api';
import { announceDataChanged } from '../data-changed';
import { useNavigate } from '../shell/navigation';
import { useToast } from '../shell/toasts';

export interface ReleaseActions {
  create: () => Promise<void>;
  /** A copy under a new reference. Opens it. */
  duplicate: (release: Pick<Release, 'id'>) => Promise<void>;
  /** The version in another language, under the same reference, marked untranslated. Opens it. */
  translate: (release: Pick<Release, 'id'>, language: Language) => Promise<void>;
  /** Deletes at once and offers "Undo" in a toast, which restores the release as it was. */
  remove: (release: Version) => Promise<boolean>;
  open: (release: Version) => void;
}

/** What names one release: its reference and language. */
type Version = Pick<Release, 'ref' | 'language'>;

/** The archive-level actions shared by the list, the editor and the keyboard shortcuts; failures become error toasts. */
export function useReleaseActions(): ReleaseActions {
  const { t } = useTranslation();
  const notify = useToast();
  const navigate = useNavigate();

  const failed = useCallback(
    (error: unknown) => notify({ tone: 'error', message: errorMessage(error, t('errors.generic')) }),
    [notify, t],
  );
  const open = useCallback(({ ref, language }: Version) => navigate({ screen: 'release', ref, language }), [navigate]);

  const create = useCallback(async () => {
    try {
      const release = await presskit().releases.create({});
      announceDataChanged();
      open(release);
    } catch (error) {
      failed(error);
    }
  }, [open, failed]);

  const duplicate = useCallback(
    async (release: Pick<Release, 'id'>) => {
      try {
        const copy = await presskit().releases.duplicate({ id: release.id });
        announceDataChanged();
        notify({ message: t('actions.duplicated', { ref: copy.ref }) });
        open(copy);
      } catch (error) {
        failed(error);
      }
    },
    [open, failed, notify, t],
  );

  const translate = useCallback(
    async (release: Pick<Release, 'id'>, language: Language) => {
      try {
        const translation = await presskit().releases.translate({ id: release.id, language });
        announceDataChanged();
        notify({ message: t('actions.translated', { ref: translation.ref, language: t(`languages.${language}`) }) });
        open(translation);
      } catch (error) {
        failed(error);
      }
    },
    [open, failed, notify, t],
  );

  const restore = useCallback(
    async (release: Release) => {
      try {
        await presskit().releases.restore({ release });
        announceDataChanged();
        notify({ message: t('actions.restored', { ref: release.ref }) });
      } catch (error) {
        failed(error);
      }
    },
    [failed, notify, t],
  );

  const remove = useCallback(
    async ({ ref, language }: Version) => {
      try {
        const deleted = await presskit().releases.delete({ ref, language });
        announceDataChanged();
        notify({ message: t('actions.deleted', { ref: deleted.ref }), action: { label: t('actions.undo'), run: () => restore(deleted) } });
        return true;
      } catch (error) {
        failed(error);
        return false;
      }
    },
    [restore, failed, notify, t],
  );

  // One object while its callbacks stay the same, so the memoised list rows are not redrawn on each keystroke.
  return useMemo(() => ({ create, duplicate, translate, remove, open }), [create, duplicate, translate, remove, open]);
}
