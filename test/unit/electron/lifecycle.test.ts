/**
 * The whole shell started on the fake Electron, over the real back end (openApp on a temporary
 * data folder): what it registers before ready, the studio session's policy, the window, IPC over the
 * real store, and a quit that waits for the store to close.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent, MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openApp } from '../../../main/api/app';
import { CHANNELS } from '../../../main/api/contract';
import { contentSecurityPolicy } from '../../../main/electron/csp';
import { eventMessage } from '../../../main/electron/messages';
import { electron, FakeBrowserWindow, FakeEvent, handlers, protocolHandlers } from './fake-electron';
import { PATIENCE } from '../../setup/patience';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const appFrame = { senderFrame: { url: 'app://presskit/index.html', parent: null } } as unknown as IpcMainInvokeEvent;

/** Calls a channel as the studio window does. */
function invoke(channel: string, input: unknown): Promise<unknown> {
  return Promise.resolve(handlers.get(channel)?.(...([appFrame, input] as never[])));
}

/** The menu bar the shell last installed. */
function installedMenu(): MenuItemConstructorOptions[] {
  return (electron.Menu.setApplicationMenu.mock.lastCall?.[0] as { template: MenuItemConstructorOptions[] }).template;
}

const menuBar = (): (string | undefined)[] => installedMenu().map((item) => item.label);

/** Clicks the first item of the File menu (Import). */
function clickImport(): void {
  const file = installedMenu()[0]?.submenu as MenuItemConstructorOptions[];
  file[0]?.click?.(...([{}, undefined, {}] as unknown as Parameters<NonNullable<MenuItemConstructorOptions['click']>>));
}

describe('the app lifecycle', () => {
  let dataDir: string;
  let window: FakeBrowserWindow;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'presskit-shell-'));
    vi.stubEnv('PRESSKIT_DATA_DIR', dataDir);
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    await import('../../../main/electron/index');
    await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1), PATIENCE);
    window = FakeBrowserWindow.created[0] as FakeBrowserWindow;
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prepares the sandbox, the app scheme and the guards before the app is ready', () => {
    const readyAt = electron.app.whenReady.mock.invocationCallOrder[0] ?? 0;
    expect(electron.app.enableSandbox.mock.invocationCallOrder[0]).toBeLessThan(readyAt);
    expect(electron.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(readyAt);
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);
  });

  it('gives the studio’s session our CSP on every response and refuses its every permission', () => {
    const session = electron.session.defaultSession;
    const answered = vi.fn();
    const responseHeaders = { 'content-security-policy': ["default-src *; script-src 'unsafe-eval'"], 'Content-Type': ['text/html'] };
    session.headersListener?.(...([{ url: 'app://presskit/index.html', responseHeaders }, answered] as never[]));
    expect(answered).toHaveBeenCalledWith({ responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy] } });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const granted = vi.fn();
      session.permissionRequestHandler?.(...([{}, permission, granted, {}] as never[]));
      expect(granted, permission).toHaveBeenCalledWith(false);
      expect(session.permissionCheckHandler?.(...([null, permission, 'app://presskit', {}] as never[])), permission).toBe(false);
    }
  });

  it('serves the packaged renderer on app://, ignoring a dev server URL', () => {
    expect(window.loaded).toEqual(['app://presskit/index.html']);
    expect(protocolHandlers.has('app')).toBe(true);
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload[/\\]index\.cjs$/);
  });

  it('seeds the demo on first launch and answers the window over IPC from the store', async () => {
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    const answer = await invoke('releases.list', {});
    expect(answer).toMatchObject({ ok: true, value: [{ ref: 'CP124-2019', language: 'fr' }] });
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('speaks French first, and rebuilds its menu in the language the studio switches to', async () => {
    const installs = electron.Menu.setApplicationMenu.mock.calls;
    expect(installs).toHaveLength(1);
    expect(menuBar()).toEqual(['&Fichier', '&Édition', '&Affichage', 'Fe&nêtre', 'Aid&e']);

    expect(await invoke('settings.update', { changes: { uiLanguage: 'en' } })).toMatchObject({ ok: true, value: { uiLanguage: 'en' } });
    expect(installs).toHaveLength(2);
    expect(menuBar()).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    clickImport();
    await vi.waitFor(() => expect(electron.dialog.showOpenDialog).toHaveBeenLastCalledWith(window, expect.objectContaining({ title: 'Import communiqués' })), PATIENCE);
    window.webContents.attempt('will-prevent-unload');
    expect(electron.dialog.showMessageBoxSync).toHaveBeenLastCalledWith(window, expect.objectContaining({ buttons: ['Stay', 'Close anyway'] }));

    // Another setting leaves the menu as it is.
    await invoke('settings.update', { changes: { theme: 'dark' } });
    expect(installs).toHaveLength(2);

    await invoke('settings.update', { changes: { uiLanguage: 'fr' } });
    expect(installs).toHaveLength(3);
    expect(menuBar()[0]).toBe('&Fichier');
    clickImport();
    await vi.waitFor(() => expect(electron.dialog.showOpenDialog).toHaveBeenLastCalledWith(window, expect.objectContaining({ title: 'Importer des communiqués' })), PATIENCE);
  });

  it('brings the window forward when the app is launched again', () => {
    const focus = vi.spyOn(window, 'focus');
    electron.app.emit('second-instance', new FakeEvent(), ['presskit'], dataDir);
    expect(focus).toHaveBeenCalled();
  });

  it('hands a communiqué opened with the app to the studio’s page, read by main, and imports nothing itself', async () => {
    writeFileSync(join(dataDir, 'cp.md'), '# Communiqué');
    const imported = () => window.webContents.messages.filter((message) => message.channel === eventMessage('import.files'));
    // The page has loaded, and with it the preload that listens.
    window.webContents.emit('did-finish-load');
    electron.app.emit('second-instance', new FakeEvent(), ['presskit', 'cp.md'], dataDir);
    await vi.waitFor(() => expect(imported()).toHaveLength(1), PATIENCE);
    expect(imported()[0]?.args).toEqual([{ files: [{ name: 'cp.md', bytes: new Uint8Array(new TextEncoder().encode('# Communiqué')) }] }]);
    expect(await invoke('releases.list', {})).toMatchObject({ value: [{ ref: 'CP124-2019' }] });
  });

  it('closes the store before quitting', async () => {
    const quit = new FakeEvent();
    electron.app.emit('will-quit', quit);
    expect(quit.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled(), PATIENCE);
    // The store's lock is released: the data folder opens again.
    const again = await openApp({ dataDir });
    await again.close();
    const afterClose = new FakeEvent();
    electron.app.emit('will-quit', afterClose);
    expect(afterClose.defaultPrevented).toBe(false);
  });
});
