/**
 * The bridge (bridge.ts) bundled for the browser with esbuild when the server starts, once per
 * process. The test transport runs from the source tree, so the bridge's source is found beside
 * this module, or above the bundle that runs it (out/web).
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findAbove } from './find-above';

const BRIDGE_SOURCE = join('main', 'web', 'bridge.ts');

export function findBridgeSource(from: string = fileURLToPath(import.meta.url)): string {
  const found = findAbove(BRIDGE_SOURCE, from);
  if (!found) throw new Error(`The web bridge's source (${BRIDGE_SOURCE}) was not found above ${from}.`);
  return found;
}

let bundled: Promise<string> | null = null;

export function bridgeScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [findBridgeSource()],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'silent',
  }).then((result) => {
    const output = result.outputFiles[0];
    if (!output) throw new Error('esbuild produced no web bridge.');
    return output.text;
  });
  return bundled;
}
