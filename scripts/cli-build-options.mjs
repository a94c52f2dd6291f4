// esbuild options shared by `npm run build:cli` and the tests that spawn the real command.
// Dependencies are bundled: one file loads faster than hundreds, and CommonJS packages (hyphen, fontkit) need
// esbuild's interop; `require` is provided for the few that load Node built-ins themselves.
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
  // Tools used only by the benchmark's browser run and by studio:web's bridge, loaded from node_modules;
  // sharp loads its libvips binary (@img/sharp-<platform>) from beside its own files, so it stays there too.
  external: ['playwright-core', 'esbuild', 'sharp'],
  logLevel: 'warning',
};
