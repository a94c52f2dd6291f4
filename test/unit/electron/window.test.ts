import { describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../../main/electron/window';
import { APP_ENTRY_URL } from '../../../main/electron/origin';
import { electron, FakeBrowserWindow } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

describe('the studio window', () => {
  const window = createMainWindow('/app/out/preload/index.cjs', { entryUrl: APP_ENTRY_URL }) as unknown as FakeBrowserWindow;

  it('runs its page sandboxed and isolated, without Node, with web security on', () => {
    expect(FakeBrowserWindow.created).toEqual([window]);
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
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
      disableBlinkFeatures: 'Auxclick',
    });
    expect(window.options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads the app scheme, not a file: URL, and shows itself once painted', () => {
    expect(window.loaded).toEqual(['app://presskit/index.html']);
    expect(window.options.show).toBe(false);
  });

  it('asks before closing while a save is pending, and closes only if the user says so', () => {
    electron.dialog.showMessageBoxSync.mockReturnValueOnce(0);
    expect(window.webContents.attempt('will-prevent-unload')).toBe(false);
    electron.dialog.showMessageBoxSync.mockReturnValueOnce(1);
    expect(window.webContents.attempt('will-prevent-unload')).toBe(true);
  });
});
