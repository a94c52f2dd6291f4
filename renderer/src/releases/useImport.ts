import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, presskit } from '../api';
import { announceDataChanged } from '../data-changed';
import { versionsOf } from '../../../main/core/reference';
import { useNavigate, type Route } from '../shell/navigation';
import { useToast } from '../shell/toasts';
import { isPicture, withPictures } from './import-pictures';

/** Communiqués, and a colleague's bundle (its releases, contacts and kits are added to the archive). */
export const IMPORTABLE = ['.md', '.txt', '.docx', '.presskit.json'] as const;

export function isImportable(name: string): boolean {
  const lower = name.toLowerCase();
  return IMPORTABLE.some((extension) => lower.endsWith(extension));
}

/**
 * The release just imported under `ref`: a communiqué whose reference was filed in another language joined
 * it as a new version, so the newest version of the reference is the one imported.
 */
async function openImported(ref: string): Promise<Route> {
  const versions = versionsOf(await presskit().releases.list({}), ref);
  const newest = versions.reduce<(typeof versions)[number] | undefined>((found, release) => (found && found.updatedAt > release.updatedAt ? found : release), undefined);
  return { screen: 'release', ref, ...(newest ? { language: newest.language } : {}) };
}

/**
 * Imports dropped or chosen files through releases.import, a Markdown communiqué with the pictures given
 * with it that it shows; what cannot be read is said in a toast, in plain words.
 */
export function useImport(): (files: readonly File[]) => Promise<void> {
  const { t } = useTranslation();
  const notify = useToast();
  const navigate = useNavigate();

  return useCallback(
    async (files: readonly File[]) => {
      const accepted = files.filter((file) => isImportable(file.name));
      // A picture alone is no communiqué; beside one, it may be what the communiqué shows.
      const pictures = accepted.length ? files.filter((file) => isPicture(file.name)) : [];
      const refused = files.filter((file) => !isImportable(file.name) && !pictures.includes(file));
      if (refused.length) notify({ tone: 'error', message: t('import.unsupported', { names: refused.map((f) => f.name).join(', ') }) });
      if (!accepted.length) return;
      try {
        const read = (list: readonly File[]) => Promise.all(list.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
        const { files: payload, unused } = withPictures(await read(accepted), await read(pictures));
        if (unused.length) notify({ tone: 'error', message: t('import.unusedPictures', { names: unused.join(', ') }) });
        const { refs } = await presskit().releases.import({ files: payload });
        announceDataChanged();
        const [first] = refs;
        notify({
          message: t('import.done', { count: refs.length, refs: refs.join(', ') }),
          ...(refs.length === 1 && first ? { action: { label: t('actions.open'), run: () => void openImported(first).then(navigate) } } : {}),
        });
      } catch (error) {
        notify({ tone: 'error', message: errorMessage(error, t('import.failed')) });
      }
    },
    [notify, navigate, t],
  );
}
