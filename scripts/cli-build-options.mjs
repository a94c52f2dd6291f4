// esbuild options shared by `npm run build:cli` and the tests that spawn the real command.
// Dependencies are bundled: one file loads faster than hundreds, and CommonJS packages (fontkit, linebreak) need
// esbuild's interop; `require` is provided for the few that load Node built-ins themselves.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** pdf-lib's standard fonts, whose encoding tables are inflated only if asked for (see lazy-standard-fonts.cjs). */
const lazyStandardFonts = {
  name: 'lazy-standard-fonts',
  setup(build) {
    build.onResolve({ filter: /^@pdf-lib\/standard-fonts$/ }, () => ({ path: fileURLToPath(new URL('./lazy-standard-fonts.cjs', import.meta.url)) }));
  },
};

/** tiny-inflate, for the Unicode tries of fontkit and linebreak, inflated by Node's zlib (see zlib-inflate.cjs). */
const nativeInflate = {
  name: 'native-inflate',
  setup(build) {
    build.onResolve({ filter: /^tiny-inflate$/ }, () => ({ path: fileURLToPath(new URL('./zlib-inflate.cjs', import.meta.url)) }));
  },
};

/** zod's locales, English alone (see zod-english-only.mjs). */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer }) =>
      /[\\/]zod[\\/]v4[\\/]/u.test(importer) ? { path: fileURLToPath(new URL('./zod-english-only.mjs', import.meta.url)) } : undefined,
    );
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // fontkit's WOFF2 decoder (1.4 MB, ~25 ms per start) is never needed: the bundled fonts are TrueType.
  alias: { 'brotli/decompress.js': './main/pdf/fonts/woff2-unsupported.ts' },
  plugins: [lazyStandardFonts, nativeInflate, zodEnglishOnly],
  // Tools used only by the benchmark (its browser run, its Typst anchor, a native addon) and by studio:web's
  // bridge, Hunspell's Emscripten glue (it finds itself through __dirname), and sharp, which loads its libvips
  // binary (@img/sharp-<platform>) from beside its own files: all loaded from node_modules.
  external: ['playwright-core', 'esbuild', '@myriaddreamin/typst-ts-node-compiler', 'hunspell-asm', 'sharp'],
  logLevel: 'warning',
};

/** ES modules (the spelling worker, the benchmark, studio:web, the fuzz). */
export const cliBuildOptions = {
  ...common,
  format: 'esm',
  // Separate chunks for what is imported lazily (the typesetting engine), so that a part that does not typeset does not load it.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: "import { createRequire as __presskitRequire } from 'node:module'; const require = __presskitRequire(import.meta.url);" },
};

const source = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/**
 * The `presskit` command into `outdir`: the command as one CommonJS file, command.cjs, that V8 can cache
 * compiled (main/cli/code-cache.ts; Node 20 caches no ES module), its lazy parts evaluated only when asked
 * for; and its loader, presskit.js, which carries the bundle's hash so that a cache is never taken for
 * another build. `overrides` are esbuild options (the tests leave out the source maps).
 */
export async function buildCommand(outdir, overrides = {}) {
  await build({
    ...common,
    ...overrides,
    format: 'cjs',
    // `import()` of sharp and Hunspell becomes `require`: a vm.Script has no loader of ES modules of its own.
    supported: { 'dynamic-import': false },
    define: { 'import.meta.url': '__presskitUrl' },
    banner: { js: "const __presskitUrl = require('node:url').pathToFileURL(__filename).href;" },
    entryPoints: { command: source('main/cli/index.ts') },
    outdir,
    outExtension: { '.js': '.cjs' },
  });
  const hash = createHash('sha256').update(readFileSync(join(outdir, 'command.cjs'))).digest('hex').slice(0, 16);
  await build({
    ...common,
    ...overrides,
    format: 'esm',
    define: { PRESSKIT_BUNDLE_HASH: JSON.stringify(hash) },
    entryPoints: { presskit: source('main/cli/start.ts') },
    outdir,
  });
}
