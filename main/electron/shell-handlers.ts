/**
 * Saving and printing in the desktop app: a native save dialog (its filter named in the interface's
 * language), and the system's PDF viewer for printing.
 */
import { app, dialog, shell, type BrowserWindow, type SaveDialogOptions } from 'electron';
import { mkdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ShellHandlers } from '../api/handlers';
import { writeExportFile } from '../store';
import { shellWords, type UiLanguage } from './i18n';

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
    // Electron cannot print a PDF file itself; the system viewer opens it with its own print dialog.
    'files.print': async ({ name, bytes }) => {
      const folder = join(app.getPath('temp'), 'PressKit Studio');
      await mkdir(folder, { recursive: true });
      const file = join(folder, name);
      await writeExportFile(file, bytes);
      return { opened: (await shell.openPath(file)) === '' };
    },
  };
}
