import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type ApiClient } from '../../../main/api/contract';
import { DATA_CHANGED_EVENT, DATA_CHANGED_MESSAGE, eventMessage } from '../../../main/electron/messages';
import { electron, exposed, rendererListeners } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

// The preload runs in a page: it needs a window to dispatch DOM events on.
const page = new EventTarget();

describe('the preload', () => {
  let presskit: ApiClient;
  beforeAll(async () => {
    vi.stubGlobal('window', page);
    await import('../../../main/electron/preload');
    presskit = exposed.get('presskit') as ApiClient;
  });
  afterAll(() => vi.unstubAllGlobals());

  it('exposes exactly one object, window.presskit, deeply frozen', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...exposed.keys()]).toEqual(['presskit']);
    expect(Object.isFrozen(presskit)).toBe(true);
    for (const group of Object.values(presskit)) expect(Object.isFrozen(group)).toBe(true);
  });

  it('has one function per channel of the contract, the events’ listener, and nothing else', () => {
    const methods = Object.entries(presskit).flatMap(([group, calls]) => Object.keys(calls as object).map((method) => `${group}.${method}`));
    expect(methods.sort()).toEqual([...CHANNELS, 'events.on'].sort());
    for (const calls of Object.values(presskit)) for (const call of Object.values(calls as object)) expect(typeof call).toBe('function');
  });

  it('calls main through ipcRenderer.invoke and unwraps the envelope', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: [{ ref: 'CP124-2019' }] });
    await expect(presskit.releases.list({})).resolves.toEqual([{ ref: 'CP124-2019' }]);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('releases.list', {});
  });

  it('turns an error envelope into a rejection carrying the sentence for the user', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: { kind: 'not-found', message: 'No release CP999-2019.' } });
    await expect(presskit.releases.get({ ref: 'CP999-2019' })).rejects.toThrow('No release CP999-2019.');
  });

  it('tells the page when main says the archive changed', () => {
    const listener = vi.fn();
    page.addEventListener(DATA_CHANGED_EVENT, listener);
    rendererListeners.get(DATA_CHANGED_MESSAGE)?.(...([{ sender: 'ipc' }] as never[]));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('hands main’s events to the page as the contract has them: held until a listener comes, a payload out of the contract dropped', () => {
    const deliver = (payload: unknown) => rendererListeners.get(eventMessage('import.files'))?.(...([{ sender: 'ipc' }, payload] as never[]));
    const file = { name: 'cp.md', bytes: new Uint8Array([35, 32, 65]) };
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    deliver({ files: [file] });
    deliver({ files: [{ ...file, path: '/home/press/cp.md' }] });
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
    const listener = vi.fn();
    const stop = presskit.events.on('import.files', listener);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenLastCalledWith({ files: [file] });
    deliver({ files: [{ ...file, name: 'other.md' }] });
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
    deliver({ files: [file] });
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
