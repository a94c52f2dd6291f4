// `npm run studio:web`: builds the app if out/renderer is missing, bundles the test server
// (main/web/cli.ts) with the CLI's esbuild options into out/web, and runs it with this process's
// arguments. Only the URL goes to stdout; the build's output goes to stderr.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { cliBuildOptions } from './cli-build-options.mjs';

if (!existsSync('out/renderer/index.html')) {
  const built = spawnSync('npx', ['electron-vite', 'build'], { stdio: ['ignore', 2, 2] });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

await build({
  ...cliBuildOptions,
  entryPoints: { 'studio-web': 'main/web/cli.ts' },
  outdir: 'out/web',
});
await import(pathToFileURL('out/web/studio-web.js').href);
