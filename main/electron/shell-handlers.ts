/**
 * Saving and printing in the desktop app: a native save dialog (its filter named in the interface's
 * language), and the system's print dialog for printing (print-pdf.ts).
 */
import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import { extname, join } from 'node:path';
import type { ShellHandlers } from '../api/handlers';
import { writeExportFile } from '../store';
import { shellWords, type UiLanguage } from './i18n';
import { printPdf } from './print-pdf';

function filters(extension: string, language: UiLanguage): SaveDialogOptions['filters'] {
  if (extension === '.pdf') return [{ name: 'PDF', extensions: ['pdf'] }];
  if (extension === '.vcf') return [{ name: 'vCard', extensions: ['vcf'] }];
  if (extension === '.json') return [{ name: shellWords(language).bundleFilter, extensions: ['json'] }];
  return [];
}

export function electronShell(window: () => BrowserWindow | null, language: () => UiLanguage): ShellHandlers {
  return {
    'files.save': async ({ name, bytes }) => {
      const options: SaveDialogOptions = { defaultPath: join(app.getPath('documents'), name), filters: filters(extname(name).toLowerCase(), language()) };
      const owner = window();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { saved: false, location: '' };
      await writeExportFile(result.filePath, bytes);
      return { saved: true, location: result.filePath };
    },
    // The renderer's name is not used: the shell names the file it hands to the system itself.
    'files.print': ({ bytes }) => printPdf(bytes, app.getPath('temp')),
  };
}
