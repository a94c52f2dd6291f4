// esbuild options shared by `npm run build:cli` and the tests that spawn the real command.
// Dependencies are bundled: one file loads faster than hundreds, and CommonJS packages (fontkit, linebreak) need
// esbuild's interop; `require` is provided for the few that load Node built-ins themselves.
import { fileURLToPath } from 'node:url';

/** pdf-lib's standard fonts, whose encoding tables are inflated only if asked for (see lazy-standard-fonts.cjs). */
const lazyStandardFonts = {
  name: 'lazy-standard-fonts',
  setup(build) {
    build.onResolve({ filter: /^@pdf-lib\/standard-fonts$/ }, () => ({ path: fileURLToPath(new URL('./lazy-standard-fonts.cjs', import.meta.url)) }));
  },
};

export const cliBuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Separate chunks for what is imported lazily (the typesetting engine), so `presskit list` does not load it.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: true,
  banner: { js: "import { createRequire as __presskitRequire } from 'node:module'; const require = __presskitRequire(import.meta.url);" },
  // fontkit's WOFF2 decoder (1.4 MB, ~25 ms per start) is never needed: the bundled fonts are TrueType.
  alias: { 'brotli/decompress.js': './main/pdf/fonts/woff2-unsupported.ts' },
  plugins: [lazyStandardFonts],
  // Tools used only by the benchmark (its browser run, its Typst anchor, a native addon) and by studio:web's
  // bridge, Hunspell's Emscripten glue (it finds itself through __dirname), and sharp, which loads its libvips
  // binary (@img/sharp-<platform>) from beside its own files: all loaded from node_modules.
  external: ['playwright-core', 'esbuild', '@myriaddreamin/typst-ts-node-compiler', 'hunspell-asm', 'sharp'],
  logLevel: 'warning',
};
