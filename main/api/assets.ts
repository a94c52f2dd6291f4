/** Locating the bundled assets folder from any build: sources, the CLI bundle, the Electron bundle, an asar archive. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DemoAssets } from './demo';

export function findAssetsDir(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const candidate = join(dir, 'assets');
    if (existsSync(join(candidate, 'demo'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`PressKit Studio's assets folder was not found above ${from}.`);
    dir = parent;
  }
}

export const DEMO_COMMUNIQUE = 'communique-cp124-2019.fr.md';

export function loadDemoAssets(assetsDir: string = findAssetsDir()): DemoAssets {
  const demo = join(assetsDir, 'demo');
  return {
    communique: { name: DEMO_COMMUNIQUE, bytes: readFileSync(join(demo, DEMO_COMMUNIQUE)) },
    logoPng: readFileSync(join(demo, 'logo.png')),
  };
}
