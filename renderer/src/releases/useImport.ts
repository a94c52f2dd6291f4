import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, presskit } from '../api';
import { announceDataChanged } from '../data-changed';
import type { ClashChoice, EnvelopeError, Input, Output } from '../../../main/api/contract';
import { LANGUAGES } from '../../../main/core/language';
import { versionsOf } from '../../../main/core/reference';
import type { Clash } from './ClashDialog';
import { useClashQuestion } from './clash-question';
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

type ImportFiles = Input<'releases.import'>['files'];

/** The clash main refused an import for (`import.clash`): which file, and what the dialog offers. */
function clashOf(error: unknown, files: ImportFiles): (Clash & { index: number }) | null {
  const { code, params } = error as Partial<EnvelopeError>;
  if (code !== 'import.clash' || !params) return null;
  const index = Number(params.index);
  const language = LANGUAGES.find((l) => l === params.language);
  if (!language || !files[index]) return null;
  const free = String(params.free ?? '').split(',').flatMap((code) => LANGUAGES.filter((l) => l === code));
  return { index, file: String(params.file), ref: String(params.ref), language, next: String(params.next), free, more: index < files.length - 1 };
}

/**
 * Imports the files, asking about each clashing one as main names it (an import is all or nothing, so it
 * is sent again with the answers so far); null when the user cancelled.
 */
async function importAsking(files: ImportFiles, ask: ReturnType<typeof useClashQuestion>): Promise<Output<'releases.import'> | null> {
  const chosen = new Map<number, ClashChoice>();
  let remaining: ClashChoice | undefined;
  for (;;) {
    const request = files.map((file, index) => {
      const choice = chosen.get(index);
      return choice === undefined ? file : { ...file, onClash: choice };
    });
    try {
      return await presskit().releases.import({ files: request, ...(remaining === undefined ? {} : { onClash: remaining }) });
    } catch (error) {
      const clash = clashOf(error, files);
      // A file already answered cannot clash again: anything else is said as it is.
      if (!clash || chosen.has(clash.index)) throw error;
      const answer = await ask(clash);
      if (!answer) return null;
      chosen.set(clash.index, answer.choice);
      if (answer.all) remaining = answer.choice;
    }
  }
}

/**
 * Imports communiqués already read (a Markdown one with the pictures it shows) through releases.import,
 * asking about each clash, then says what came in, in a toast: the one flow of a drop, the Import button
 * and the desktop app's File › Import.
 */
export function useImportRead(): (files: ImportFiles) => Promise<void> {
  const { t } = useTranslation();
  const notify = useToast();
  const navigate = useNavigate();
  const ask = useClashQuestion();

  return useCallback(
    async (files: ImportFiles) => {
      try {
        const imported = await importAsking(files, ask);
        if (!imported) {
          notify({ message: t('import.cancelled') });
          return;
        }
        const { refs } = imported;
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
    [notify, navigate, t, ask],
  );
}

/**
 * Imports dropped or chosen files, a Markdown communiqué with the pictures given with it that it shows;
 * what cannot be read is said in a toast, in plain words.
 */
export function useImport(): (files: readonly File[]) => Promise<void> {
  const { t } = useTranslation();
  const notify = useToast();
  const importRead = useImportRead();

  return useCallback(
    async (files: readonly File[]) => {
      const accepted = files.filter((file) => isImportable(file.name));
      // A picture alone is no communiqué; beside one, it may be what the communiqué shows.
      const pictures = accepted.length ? files.filter((file) => isPicture(file.name)) : [];
      const refused = files.filter((file) => !isImportable(file.name) && !pictures.includes(file));
      if (refused.length) notify({ tone: 'error', message: t('import.unsupported', { names: refused.map((f) => f.name).join(', ') }) });
      if (!accepted.length) return;
      let read: { files: ImportFiles; unused: string[] };
      try {
        const bytesOf = (list: readonly File[]) => Promise.all(list.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
        read = withPictures(await bytesOf(accepted), await bytesOf(pictures));
      } catch (error) {
        notify({ tone: 'error', message: errorMessage(error, t('import.failed')) });
        return;
      }
      if (read.unused.length) notify({ tone: 'error', message: t('import.unusedPictures', { names: read.unused.join(', ') }) });
      await importRead(read.files);
    },
    [notify, t, importRead],
  );
}
