// Bundles the plain-Node entry points (the `presskit` CLI, the PDF worker, the benchmark) into out/cli.
// A prebuilt bundle keeps the CLI's cold start short: no TypeScript compile at run time.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entries = {
  presskit: 'main/cli/index.ts',
  'pdf-worker': 'main/pdf/worker.ts',
  bench: 'scripts/bench.ts',
};

await build({
  entryPoints: Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file))),
  outdir: 'out/cli',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  packages: 'external',
  logLevel: 'warning',
});
