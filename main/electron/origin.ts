/**
 * Where the renderer comes from. The packaged app serves its own files on a privileged custom scheme
 * (app://presskit/), never from file:, so the page has a real origin, 'self' in the CSP means only
 * the app's files, and the fuse granting file: pages extra privileges can stay off. electron-vite's
 * dev server URL is accepted only when the app is not packaged.
 */
import { rendererFile } from '../api/renderer-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'presskit';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Where the renderer is loaded from: the dev server in development, the app scheme otherwise. */
export interface RendererSource {
  entryUrl: string;
  /** The dev server's origin when running under `electron-vite dev`; absent in the packaged app. */
  devOrigin?: string;
}

export function rendererSource(options: { isPackaged: boolean; devServerUrl?: string | undefined }): RendererSource {
  if (options.isPackaged || !options.devServerUrl) return { entryUrl: APP_ENTRY_URL };
  const devUrl = new URL(options.devServerUrl);
  const local = devUrl.hostname === 'localhost' || devUrl.hostname === '127.0.0.1' || devUrl.hostname === '[::1]';
  if (devUrl.protocol !== 'http:' || !local) throw new Error(`Refusing a renderer dev server that is not local: ${options.devServerUrl}`);
  return { entryUrl: devUrl.href, devOrigin: devUrl.origin };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Whether a frame URL is the app's own renderer (Node's URL gives custom schemes a null origin, so compare parts). */
export function isAppUrl(url: string, source: RendererSource): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.username || parsed.password) return false;
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  return source.devOrigin !== undefined && parsed.origin === source.devOrigin;
}

/**
 * The file an app:// request asks for, inside `rootDir`, or null when the request is for another
 * host or would escape the folder (../, encoded separators, absolute paths).
 */
export function rendererFileFor(requestUrl: string, rootDir: string): string | null {
  const parsed = parse(requestUrl);
  if (!parsed || parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  return rendererFile(parsed.pathname, rootDir);
}
