// Bundles the plain-Node entry points (the `presskit` CLI, its spelling worker, the benchmark) into out/cli.
// The PDF worker is the desktop app's alone (electron.vite.config.ts): the CLI typesets in its own thread.
// A prebuilt bundle keeps the CLI's cold start short: no TypeScript compile at run time.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { buildCommand, cliBuildOptions } from './cli-build-options.mjs';

const entries = {
  'spell-worker': 'main/spell/worker.ts',
  bench: 'scripts/bench.ts',
};

await buildCommand('out/cli');
await build({
  ...cliBuildOptions,
  entryPoints: Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file))),
  outdir: 'out/cli',
});
