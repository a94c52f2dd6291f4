import { homedir } from 'node:os';
import { join } from 'node:path';

/** Electron's name for the app's folders. */
const APP_NAME = 'PressKit Studio';

/** Electron's userData folder for "PressKit Studio", so that the CLI and the app open the same store by default. */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

/** The OS's folder for what may be thrown away (the command's compiled code), or `$PRESSKIT_CACHE_DIR`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.PRESSKIT_CACHE_DIR) return env.PRESSKIT_CACHE_DIR;
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), APP_NAME, 'Cache');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', APP_NAME);
  return join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), APP_NAME);
}
