/**
 * The IPC side of the contract: one ipcMain handler per channel. A call is answered only when it
 * comes from the top frame of the app's own renderer; `dispatch` then validates the payload against
 * the contract's schema before any handler runs.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Api, type Channel, type Envelope } from '../api/contract';
import { dispatch } from '../api/dispatch';
import { isAppUrl, type RendererSource } from './origin';

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, source: RendererSource): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url, source);
}

function refused(channel: Channel): Envelope<never> {
  return { ok: false, error: { kind: 'forbidden', message: `The request ${channel} did not come from the PressKit Studio window and was refused.` } };
}

/** Binds every channel; returns the function that unbinds them. */
export function bindIpc(api: Api, source: RendererSource): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload: unknown) =>
      isTrustedSender(event, source) ? dispatch(api, channel, payload) : refused(channel),
    );
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}
