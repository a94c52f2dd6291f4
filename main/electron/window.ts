/** The studio window: sandboxed, context-isolated, no Node, loading only the app's own renderer. */
import { BrowserWindow, dialog } from 'electron';
import { shellWords, type UiLanguage } from './i18n';
import type { RendererSource } from './origin';

/** `language` is asked when the prompt opens: the user may have switched it since the window opened. */
export function createMainWindow(preloadPath: string, source: RendererSource, language: () => UiLanguage): BrowserWindow {
  // The options stay one literal here so static scanners (electronegativity) can read them.
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    title: 'PressKit Studio',
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Middle-click would open links as new windows; the window-open handler denies them, this stops them earlier.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  // The studio holds the window open while a save is pending (beforeunload); Electron would then ignore
  // the close silently, so ask the user as a browser would.
  window.webContents.on('will-prevent-unload', (event) => {
    const words = shellWords(language());
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: 'PressKit Studio',
      message: words.stillSaving,
      detail: words.stillSavingDetail,
      buttons: [words.stay, words.closeAnyway],
      defaultId: 0,
      cancelId: 0,
    });
    if (choice === 1) event.preventDefault();
  });
  window.loadURL(source.entryUrl).catch((error: unknown) => console.error('[window] the studio did not load:', error));
  return window;
}
