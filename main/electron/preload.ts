/**
 * The only bridge between the sandboxed renderer and main: one frozen `window.presskit`, generated
 * from the contract's channel names, each call an `ipcRenderer.invoke`. Raw ipcRenderer is never
 * exposed. Bundled as CommonJS with its dependencies inlined, as sandboxed preloads require.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createClient, type Envelope } from '../api/contract';
import { DATA_CHANGED_EVENT, DATA_CHANGED_MESSAGE } from './messages';

const presskit = createClient((channel, input) => ipcRenderer.invoke(channel, input) as Promise<Envelope<unknown>>);
contextBridge.exposeInMainWorld('presskit', presskit);

ipcRenderer.on(DATA_CHANGED_MESSAGE, () => window.dispatchEvent(new Event(DATA_CHANGED_EVENT)));
