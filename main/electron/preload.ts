/**
 * The only bridge between the sandboxed renderer and main: one frozen `window.presskit`, generated
 * from the contract's channel names, each call an `ipcRenderer.invoke`, and main's events, each an IPC
 * message. Raw ipcRenderer is never exposed. Bundled as CommonJS with its dependencies inlined, as sandboxed preloads require.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createClient, type Envelope } from '../api/contract';
import { DATA_CHANGED_EVENT, DATA_CHANGED_MESSAGE, eventMessage } from './messages';

const invoke = (channel: string, input: unknown) => ipcRenderer.invoke(channel, input) as Promise<Envelope<unknown>>;
const presskit = createClient(invoke, (event, deliver) => ipcRenderer.on(eventMessage(event), (_message, payload: unknown) => deliver(payload)));
contextBridge.exposeInMainWorld('presskit', presskit);

ipcRenderer.on(DATA_CHANGED_MESSAGE, () => window.dispatchEvent(new Event(DATA_CHANGED_EVENT)));
