/**
 * `presskit`, as built into out/cli/presskit.js: runs the command's bundle (command.cjs, beside it) through the
 * code cache, then saves the cache if it had to compile. Imports only what reads the command's name.
 */
import { fileURLToPath } from 'node:url';
import { cacheFile, loadBundle } from './code-cache';
import { cacheName, globalArgs } from './global-args';
import { defaultCacheDir } from './user-data';

/** The bundle's hash, written in by scripts/cli-build-options.mjs: a cache is only ever of the very bundle it was made for. */
declare const PRESSKIT_BUNDLE_HASH: string;

const argv = process.argv.slice(2);
const bundle = loadBundle(fileURLToPath(new URL('./command.cjs', import.meta.url)), cacheFile(defaultCacheDir(), PRESSKIT_BUNDLE_HASH, cacheName(globalArgs(argv).rest)));
const main = bundle.exports.main as (argv: string[]) => Promise<number>;
process.exitCode = await main(argv);
bundle.save();
