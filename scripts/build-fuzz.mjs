// Bundles `npm run fuzz` (scripts/fuzz.ts and the properties in test/fuzz) into out/fuzz, as build-cli.mjs
// does for the CLI: plain Node runs it, no TypeScript compile at run time. Kept apart from the CLI's build,
// which `npm install` runs, because it bundles test-only packages (fast-check, docx).
import { build } from 'esbuild';
import { cliBuildOptions } from './cli-build-options.mjs';

await build({ ...cliBuildOptions, entryPoints: { fuzz: 'scripts/fuzz.ts' }, outdir: 'out/fuzz' });
