/** The shell's words in English. */
import type { ArchiveCounts, ShellWords } from './shell-words';

const quoted = (text: string): string => `« ${text} »`;
const count = (n: number, one: string, other: string): string => `${n} ${n === 1 ? one : other}`;
const contents = ({ releases, contacts, kits }: ArchiveCounts): string =>
  `${count(releases, 'release', 'releases')}, ${count(contacts, 'contact', 'contacts')}, ${count(kits, 'kit', 'kits')}`;

export const en: ShellWords = {
  menuFile: '&File',
  menuEdit: '&Edit',
  menuView: '&View',
  menuWindow: '&Window',
  menuHelp: '&Help',
  importCommuniques: 'Import Communiqués…',
  restoreBundle: 'Restore from Bundle…',
  exportBundle: 'Export Bundle…',
  showDataFolder: 'Show Data Folder',

  importTitle: 'Import communiqués',
  importButton: 'Import',
  openableFilter: 'Communiqués and PressKit bundles',
  communiquesFilter: 'Communiqués (Markdown, text, Word)',
  bundlesFilter: 'PressKit bundles',
  bundleFilter: 'PressKit bundle',
  restoreTitle: 'Restore a PressKit bundle',
  restoreButton: 'Restore',
  exportTitle: 'Export the archive as a PressKit bundle',
  exportButton: 'Export',

  confirmRestore: (file) => `Replace the whole archive with ${quoted(file)}?`,
  confirmRestoreDetail: 'Releases, contacts and kits now in PressKit Studio will be replaced by those of the bundle.',
  replaceArchive: 'Replace the archive',
  cancel: 'Cancel',
  stillSaving: 'Your last changes are still being saved.',
  stillSavingDetail: 'Close anyway and lose them, or stay until they are saved?',
  stay: 'Stay',
  closeAnyway: 'Close anyway',

  imported: (refs) => `Imported ${count(refs.length, 'release', 'releases')}: ${refs.join(', ')}.`,
  restored: (file, counts) => `Restored ${quoted(file)}: ${contents(counts)}.`,
  saved: (file, counts) => `Saved ${quoted(file)}: ${contents(counts)}.`,
  tooLarge: (file) => `${quoted(file)} is too large to be a communiqué or a PressKit bundle.`,
  notFound: (file) => `${quoted(file)} was not found.`,
  notPermitted: (file) => `Access to ${quoted(file)} was denied.`,
  notBundle: (file, suffix) => `${quoted(file)} is not a PressKit bundle (${suffix}).`,
  notOpenable: (file, extensions, suffix) => `${quoted(file)} is neither a communiqué (${extensions.join(', ')}) nor a PressKit bundle (${suffix}).`,

  unexpected: 'Something went wrong inside PressKit Studio; your data was not changed.',
  cannotStartTitle: 'PressKit Studio cannot start',
  cannotStart: 'PressKit Studio could not start. Please try again; if it happens again, contact your IT support.',
  dataFolderUnavailable: (folder) => `PressKit Studio could not open its data folder (${folder}). Check that the folder exists and that you may write to it.`,
};
