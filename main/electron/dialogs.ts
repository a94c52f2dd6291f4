/** The native dialogs, in the interface's language: choosing files, confirming, and telling the user what happened. */
import { dialog, type BrowserWindow, type MessageBoxOptions, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { BUNDLE_SUFFIX, COMMUNIQUE_EXTENSIONS, type Outcome } from './file-actions';
import { shellWords, type UiLanguage } from './i18n';

const bare = (extension: string): string => extension.replace(/^\./, '');

// Dialog filters take one extension without its dot; ".presskit.json" is offered as "json" and
// every chosen file is checked by its full suffix afterwards (file-actions.ts).
export function importDialog(language: UiLanguage): OpenDialogOptions {
  const words = shellWords(language);
  return {
    title: words.importTitle,
    buttonLabel: words.importButton,
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: words.openableFilter, extensions: [...COMMUNIQUE_EXTENSIONS.map(bare), 'json'] },
      { name: words.communiquesFilter, extensions: COMMUNIQUE_EXTENSIONS.map(bare) },
      { name: words.bundlesFilter, extensions: ['json'] },
    ],
  };
}

export function restoreDialog(language: UiLanguage): OpenDialogOptions {
  const words = shellWords(language);
  return {
    title: words.restoreTitle,
    buttonLabel: words.restoreButton,
    properties: ['openFile'],
    filters: [{ name: words.bundlesFilter, extensions: ['json'] }],
  };
}

function exportDialog(defaultPath: string, language: UiLanguage): SaveDialogOptions {
  const words = shellWords(language);
  return {
    title: words.exportTitle,
    buttonLabel: words.exportButton,
    defaultPath,
    filters: [{ name: `${words.bundleFilter} (*${BUNDLE_SUFFIX})`, extensions: ['json'] }],
  };
}

async function messageBox(window: BrowserWindow | null, options: MessageBoxOptions): Promise<number> {
  const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  return response;
}

export async function chooseFiles(window: BrowserWindow | null, options: OpenDialogOptions): Promise<string[]> {
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}

export async function chooseBundleDestination(window: BrowserWindow | null, defaultPath: string, language: UiLanguage): Promise<string | null> {
  const options = exportDialog(defaultPath, language);
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

export async function confirmRestore(window: BrowserWindow | null, fileName: string, language: UiLanguage): Promise<boolean> {
  const words = shellWords(language);
  const response = await messageBox(window, {
    type: 'warning',
    title: words.restoreTitle,
    message: words.confirmRestore(fileName),
    detail: words.confirmRestoreDetail,
    buttons: [words.replaceArchive, words.cancel],
    defaultId: 1,
    cancelId: 1,
  });
  return response === 0;
}

/** One message box for an outcome: errors first if anything failed. */
export async function showOutcome(window: BrowserWindow | null, outcome: Outcome): Promise<void> {
  if (outcome.failed.length === 0 && outcome.done.length === 0) return;
  const failed = outcome.failed.length > 0;
  await messageBox(window, {
    type: failed ? 'error' : 'info',
    title: 'PressKit Studio',
    message: failed ? outcome.failed.join('\n') : outcome.done.join('\n'),
    ...(failed && outcome.done.length > 0 ? { detail: outcome.done.join('\n') } : {}),
  });
}

/** A notice from the store (e.g. a damaged file recovered from its backup). */
export async function showNotice(window: BrowserWindow | null, message: string): Promise<void> {
  await messageBox(window, { type: 'warning', title: 'PressKit Studio', message });
}

/** The last resort when the app cannot start: synchronous, usable before any window exists. */
export function showFatalError(message: string, language: UiLanguage): void {
  dialog.showErrorBox(shellWords(language).cannotStartTitle, message);
}
