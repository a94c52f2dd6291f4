import { describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../../main/electron/window';
import { APP_ENTRY_URL } from '../../../main/electron/origin';
import { electron, FakeBrowserWindow } from './fake-electron';
import { LOCKED_DOWN_WEB_PREFERENCES } from './locked-down';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

describe('the studio window', () => {
  let language: 'fr' | 'en' = 'en';
  const window = createMainWindow('/app/out/preload/index.cjs', { entryUrl: APP_ENTRY_URL }, () => language) as unknown as FakeBrowserWindow;

  it('runs its page sandboxed and isolated, without Node, with web security on', () => {
    expect(FakeBrowserWindow.created).toEqual([window]);
    expect(window.options.webPreferences).toMatchObject({
      ...LOCKED_DOWN_WEB_PREFERENCES,
      preload: '/app/out/preload/index.cjs',
      disableBlinkFeatures: 'Auxclick',
    });
    expect(window.options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    // The PDF plugin is for the print window only (print-pdf.ts); the studio previews with pdf.js.
    expect(window.options.webPreferences).not.toHaveProperty('plugins');
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

  it('asks in the language the interface has when the window is closed', () => {
    const prompts = electron.dialog.showMessageBoxSync.mock.calls;
    window.webContents.attempt('will-prevent-unload');
    expect(prompts.at(-1)?.[1]).toMatchObject({ message: 'Your last changes are still being saved.', buttons: ['Stay', 'Close anyway'] });
    language = 'fr';
    window.webContents.attempt('will-prevent-unload');
    expect(prompts.at(-1)?.[1]).toMatchObject({
      message: 'Vos dernières modifications sont en cours d’enregistrement.',
      detail: 'Fermer quand même et les perdre, ou rester jusqu’à ce qu’elles soient enregistrées\u202f?',
      buttons: ['Rester', 'Fermer quand même'],
    });
  });
});
