import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Api } from '../../../main/api/contract';
import { bindIpc, isTrustedSender } from '../../../main/electron/ipc';
import { APP_ENTRY_URL } from '../../../main/electron/origin';
import { handlers } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

type Frame = { url: string; parent: Frame | null } | null;
const frame = (url: string, parent: Frame = null): Frame => ({ url, parent });
const event = (senderFrame: Frame) => ({ senderFrame }) as unknown as IpcMainInvokeEvent;

/** An API whose every handler is a spy: the tests check what reaches a handler, not what it does. */
function spyApi() {
  const list = vi.fn(async () => []);
  const seed = vi.fn(async () => ({ seeded: false, refs: [] }));
  const unexpected = vi.fn(async () => {
    throw new Error('not part of this test');
  });
  const api = Object.fromEntries(CHANNELS.map((channel) => [channel, unexpected])) as unknown as Api;
  Object.assign(api, { 'releases.list': list, 'demo.seed': seed });
  return { api, list, seed, unexpected };
}

function invoke(channel: string, sender: Frame, payload: unknown): Promise<unknown> {
  const handler = handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve(handler(...([event(sender), payload] as never[])));
}

const packaged = { entryUrl: APP_ENTRY_URL };

describe('bindIpc', () => {
  let spies: ReturnType<typeof spyApi>;
  let unbind: () => void;
  beforeEach(() => {
    spies = spyApi();
    unbind = bindIpc(spies.api, packaged);
  });
  afterEach(() => unbind());

  it('binds every channel of the contract, and unbinds them all', () => {
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    unbind();
    expect(handlers.size).toBe(0);
    unbind = bindIpc(spies.api, packaged);
  });

  it("answers the app's own top frame through dispatch", async () => {
    await expect(invoke('releases.list', frame('app://presskit/index.html'), {})).resolves.toEqual({ ok: true, value: [] });
    expect(spies.list).toHaveBeenCalledWith({});
  });

  it.each([
    ['a remote page', frame('https://evil.example/')],
    ['a look-alike host', frame('app://presskit.evil.example/index.html')],
    ['a local file', frame('file:///work/main/out/renderer/index.html')],
    ['the dev server, in the packaged app', frame('http://localhost:5173/')],
    ['a subframe of the app', frame('app://presskit/index.html', frame('app://presskit/index.html'))],
    ['a destroyed frame', null],
  ])('refuses %s without running the handler', async (_name, sender) => {
    const answer = await invoke('releases.list', sender, {});
    expect(answer).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(spies.list).not.toHaveBeenCalled();
  });

  it('answers an invalid payload with an error envelope, without running the handler', async () => {
    for (const payload of [{ unexpected: true }, null, 'releases', [1, 2]]) {
      const answer = await invoke('releases.list', frame(APP_ENTRY_URL), payload);
      expect(answer).toMatchObject({ ok: false, error: { kind: 'bad-input' } });
    }
    const badImport = await invoke('releases.import', frame(APP_ENTRY_URL), { files: [{ name: 'a.md', bytes: 'not bytes' }] });
    expect(badImport).toMatchObject({ ok: false, error: { kind: 'bad-input' } });
    expect(spies.list).not.toHaveBeenCalled();
    expect(spies.unexpected).not.toHaveBeenCalled();
  });
});

describe('isTrustedSender in development', () => {
  const dev = { entryUrl: 'http://localhost:5173/', devOrigin: 'http://localhost:5173' };
  it('accepts the dev server only when it is the renderer source', () => {
    expect(isTrustedSender(event(frame('http://localhost:5173/')), dev)).toBe(true);
    expect(isTrustedSender(event(frame('http://localhost:5173/')), packaged)).toBe(false);
    expect(isTrustedSender(event(frame('http://127.0.0.1:5173/')), dev)).toBe(false);
  });
});
