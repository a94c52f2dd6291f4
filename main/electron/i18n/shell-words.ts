/**
 * Everything the shell says itself (menus, dialogs, message boxes), in the interface's language. Each
 * language file implements this one interface, so the type checker keeps their keys the same.
 */
import type { Settings } from '../../core/schema';

export type UiLanguage = Settings['uiLanguage'];

export interface ArchiveCounts {
  releases: number;
  contacts: number;
  kits: number;
}

export interface ShellWords {
  // Menus; '&' marks the access key on Windows and Linux.
  menuFile: string;
  menuEdit: string;
  menuView: string;
  menuWindow: string;
  menuHelp: string;
  importCommuniques: string;
  restoreBundle: string;
  exportBundle: string;
  showDataFolder: string;

  // Open and save dialogs.
  importTitle: string;
  importButton: string;
  openableFilter: string;
  communiquesFilter: string;
  bundlesFilter: string;
  bundleFilter: string;
  restoreTitle: string;
  restoreButton: string;
  exportTitle: string;
  exportButton: string;

  // Questions.
  confirmRestore(file: string): string;
  confirmRestoreDetail: string;
  replaceArchive: string;
  cancel: string;
  stillSaving: string;
  stillSavingDetail: string;
  stay: string;
  closeAnyway: string;

  // What File › Import, Restore and Export did.
  imported(refs: readonly string[]): string;
  restored(file: string, counts: ArchiveCounts): string;
  saved(file: string, counts: ArchiveCounts): string;
  tooLarge(file: string): string;
  notFound(file: string): string;
  /** Reading a chosen file or writing an exported one. */
  notPermitted(file: string): string;
  notBundle(file: string, bundleSuffix: string): string;
  notOpenable(file: string, communiqueExtensions: readonly string[], bundleSuffix: string): string;

  // Failures of the app itself.
  unexpected: string;
  cannotStartTitle: string;
  cannotStart: string;
  dataFolderUnavailable(folder: string): string;
}
