/**
 * The whole shell started on the fake Electron, over the real back end (openApp on a temporary
 * data folder): what it registers before ready, the window, IPC over the real store, and a quit
 * that waits for the store to close.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openApp } from '../../../main/api/app';
import { CHANNELS } from '../../../main/api/contract';
import { electron, FakeBrowserWindow, FakeEvent, handlers, protocolHandlers } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const appFrame = { senderFrame: { url: 'app://presskit/index.html', parent: null } } as unknown as IpcMainInvokeEvent;

describe('the app lifecycle', () => {
  let dataDir: string;
  let window: FakeBrowserWindow;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'presskit-shell-'));
    vi.stubEnv('PRESSKIT_DATA_DIR', dataDir);
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    await import('../../../main/electron/index');
    await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
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

  it('serves the packaged renderer on app://, ignoring a dev server URL', () => {
    expect(window.loaded).toEqual(['app://presskit/index.html']);
    expect(protocolHandlers.has('app')).toBe(true);
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload[/\\]index\.cjs$/);
  });

  it('seeds the demo on first launch and answers the window over IPC from the store', async () => {
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    const list = handlers.get('releases.list');
    const answer = await Promise.resolve(list?.(...([appFrame, {}] as never[])));
    expect(answer).toMatchObject({ ok: true, value: [{ ref: 'CP124-2019', language: 'fr' }] });
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('brings the window forward when the app is launched again', () => {
    const focus = vi.spyOn(window, 'focus');
    electron.app.emit('second-instance', new FakeEvent(), ['presskit'], dataDir);
    expect(focus).toHaveBeenCalled();
  });

  it('closes the store before quitting', async () => {
    const quit = new FakeEvent();
    electron.app.emit('will-quit', quit);
    expect(quit.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    // The store's lock is released: the data folder opens again.
    const again = await openApp({ dataDir });
    await again.close();
    const afterClose = new FakeEvent();
    electron.app.emit('will-quit', afterClose);
    expect(afterClose.defaultPrevented).toBe(false);
  });
});
