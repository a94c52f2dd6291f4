import { resolve } from 'node:path';

/** The data folder: `--data-dir`, else `$PRESSKIT_DATA_DIR`, else the app's own folder (`fallback`). */
export function resolveDataDir(options: { flag?: string; env: NodeJS.ProcessEnv; fallback: string }): string {
  const chosen = [options.flag, options.env.PRESSKIT_DATA_DIR].find((value) => value !== undefined && value.trim() !== '');
  return resolve(chosen ?? options.fallback);
}
