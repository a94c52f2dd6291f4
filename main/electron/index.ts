/**
 * The app's lifecycle: one instance, the data folder, the store, the window, menus and IPC, and a
 * clean quit that closes the store. Everything it wires lives in the modules beside it.
 */
import { app, session, shell, type BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { openApp } from '../api/app';
import type { Channel } from '../api/contract';
import { dispatch } from '../api/dispatch';
import { isUserError } from '../core/errors';
import { sayInLanguage } from '../core/wording';
import { resolveDataDir } from '../store';
import { dataDirFlag, positionalArgs } from './argv';
import { contentSecurityPolicy, developmentContentSecurityPolicy } from './csp';
import { chooseBundleDestination, chooseFiles, confirmRestore, importDialog, restoreDialog, showFatalError, showNotice, showOutcome } from './dialogs';
import { diskFiles } from './disk-files';
import { exportBundle, fileKind, openFiles, type Caller, type Outcome, type StudioImport } from './file-actions';
import { DEFAULT_UI_LANGUAGE, shellWords, type UiLanguage } from './i18n';
import { bindIpc } from './ipc';
import { installMenu, type MenuActions } from './menu';
import { DATA_CHANGED_MESSAGE, eventMessage } from './messages';
import { rendererSource } from './origin';
import { registerAppScheme, serveRenderer } from './protocol';
import { applySessionPolicy, installWebContentsGuards } from './security';
import { reportingSettingsUpdates } from './settings-updates';
import { createMainWindow } from './window';
import { electronShell } from './shell-handlers';

const RENDERER_DIR = join(import.meta.dirname, '../renderer');
const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');
const PDF_WORKER = join(import.meta.dirname, 'pdf-worker.js');
const SPELL_WORKER = join(import.meta.dirname, 'spell-worker.js');
const isMac = process.platform === 'darwin';


/** Files named on a command line (a double-clicked bundle, a second launch): only the kinds we open. */
function filesToOpen(argv: readonly string[], workingDirectory: string): string[] {
  return positionalArgs(argv, 1)
    .filter((arg) => fileKind(arg) !== null)
    .map((arg) => resolve(workingDirectory, arg));
}

function startupFailure(error: unknown, dataDir: string, language: UiLanguage): string {
  if (isUserError(error)) return sayInLanguage(error.message, error.detail, language);
  console.error('[app] start-up failed:', error);
  return shellWords(language).dataFolderUnavailable(dataDir);
}

registerAppScheme();
app.enableSandbox();
installWebContentsGuards(app);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let closeBackend: (() => Promise<void>) | null = null;
  let call: Caller | null = null;
  let closing: Promise<void> | null = null;
  let closed = false;
  // The shell speaks the studio's language: read from the settings once the store is open, then
  // followed whenever the studio saves them.
  let language: UiLanguage = DEFAULT_UI_LANGUAGE;
  const pendingFiles = filesToOpen(process.argv, process.cwd());

  const refreshRenderer = (): void => mainWindow?.webContents.send(DATA_CHANGED_MESSAGE);

  let openWindow: (() => void) | null = null;
  // The studio's window once its page has loaded, and with it the preload that listens for main's events.
  let studio: Promise<BrowserWindow> | null = null;
  /** The studio imports communiqués as it imports a drop: it asks about each clash and says what came in. */
  const importInStudio = async (files: StudioImport): Promise<void> => {
    if (!mainWindow) openWindow?.();
    const window = await studio;
    if (!window || window.isDestroyed()) return;
    showWindow();
    window.webContents.send(eventMessage('import.files'), { files });
  };

  const report = async (task: () => Promise<Outcome | null>): Promise<void> => {
    let outcome: Outcome | null;
    try {
      outcome = await task();
    } catch (error) {
      console.error('[app] a file action failed:', error);
      outcome = { changed: false, done: [], failed: [shellWords(language).unexpected] };
    }
    if (!outcome) return;
    if (outcome.changed) refreshRenderer();
    await showOutcome(mainWindow, outcome);
  };

  /** Opens files named by the system or chosen in a dialog, then says what happened. */
  const openPaths = (choose: () => Promise<readonly string[]>, mode: 'import' | 'restore' = 'import'): Promise<void> =>
    report(async () => {
      const paths = await choose();
      if (!call || paths.length === 0) return null;
      return openFiles(paths, { call, importInStudio, language, files: diskFiles, confirmRestore: (name) => confirmRestore(mainWindow, name, language) }, mode);
    });

  const showWindow = (): void => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };

  /** Files handed over by the system arrive at any time, possibly before the store is open. */
  const openOrQueue = (paths: readonly string[]): void => {
    if (call) void openPaths(async () => paths);
    else pendingFiles.push(...paths);
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    showWindow();
    openOrQueue(filesToOpen(argv, workingDirectory));
  });

  // macOS hands double-clicked files over by event rather than on the command line.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openOrQueue([path]);
  });

  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });

  // Quitting waits for the store to close (its lock released, its last write done), once.
  app.on('will-quit', (event) => {
    if (closed || !closeBackend) return;
    event.preventDefault();
    closing ??= closeBackend()
      .catch((error: unknown) => console.error('[app] the store did not close cleanly:', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });

  const start = async (): Promise<void> => {
    const source = rendererSource({ isPackaged: app.isPackaged, devServerUrl: process.env.ELECTRON_RENDERER_URL });
    const csp = source.devOrigin ? developmentContentSecurityPolicy : contentSecurityPolicy;
    applySessionPolicy(session.defaultSession, csp);
    serveRenderer(RENDERER_DIR, csp);

    const dataDir = resolveDataDir({ flag: dataDirFlag(process.argv), env: process.env, fallback: app.getPath('userData') });
    let backend: Awaited<ReturnType<typeof openApp>>;
    try {
      backend = await openApp({ dataDir, onNotice: (message, detail) => void showNotice(mainWindow, sayInLanguage(message, detail, language)), shell: electronShell(() => mainWindow, () => language), pdfWorker: PDF_WORKER, spellWorker: SPELL_WORKER, warmUp: true });
    } catch (error) {
      showFatalError(startupFailure(error, dataDir, language), language);
      app.exit(1);
      return;
    }
    const { api } = backend;
    const caller = ((channel: Channel, input: unknown) => dispatch(api, channel, input)) as Caller;
    const menuActions: MenuActions = {
      importFiles: () => void openPaths(() => chooseFiles(mainWindow, importDialog(language))),
      restoreBundle: () => void openPaths(() => chooseFiles(mainWindow, restoreDialog(language)), 'restore'),
      exportBundle: () =>
        void report(() =>
          exportBundle(
            {
              call: caller,
              language,
              chooseDestination: (name) => chooseBundleDestination(mainWindow, join(app.getPath('documents'), name), language),
              write: (path, bytes) => writeFile(path, bytes),
            },
            new Date(),
          ),
        ),
      showDataFolder: () => void shell.openPath(dataDir),
    };
    const showMenu = (): void => installMenu(menuActions, { isMac, isPackaged: app.isPackaged, language });
    const followSettings = ({ uiLanguage }: { uiLanguage: UiLanguage }): void => {
      if (uiLanguage === language) return;
      language = uiLanguage;
      showMenu();
    };

    const unbindIpc = bindIpc(reportingSettingsUpdates(api, followSettings), source);
    closeBackend = async () => {
      unbindIpc();
      await backend.close();
    };
    call = caller;

    const settings = await caller('settings.get', {});
    if (settings.ok) language = settings.value.uiLanguage;
    // The handler seeds only an empty archive, so the first launch shows the model communiqué.
    const seeded = await caller('demo.seed', {});
    if (!seeded.ok) void showNotice(null, sayInLanguage(seeded.error.message, seeded.error, language));
    showMenu();

    openWindow = (): void => {
      const window = createMainWindow(PRELOAD_PATH, source, () => language);
      studio = new Promise((loaded) => {
        window.webContents.once('did-finish-load', () => loaded(window));
        window.once('closed', () => loaded(window));
      });
      window.on('closed', () => {
        if (mainWindow === window) mainWindow = null;
      });
      mainWindow = window;
    };
    openWindow();
    // macOS keeps the app running without windows; clicking the dock icon brings one back.
    app.on('activate', () => {
      if (!mainWindow) openWindow?.();
    });
    await openPaths(async () => pendingFiles.splice(0));
  };

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[app] start-up failed:', error);
      showFatalError(shellWords(language).cannotStart, language);
      app.exit(1);
    });
}
