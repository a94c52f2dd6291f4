// Builds the Electron app into out/: main (ESM, dependencies external), the preload (CommonJS with
// its dependencies bundled, as a sandboxed preload can require only 'electron'), and the renderer.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, developmentContentSecurityPolicy, metaContentSecurityPolicy } from './main/electron/csp';

/** Under the dev server only: Vite's inline React refresh preamble and injected styles need the relaxed policy. */
function developmentCsp(): Plugin {
  const production = metaContentSecurityPolicy(contentSecurityPolicy);
  const development = metaContentSecurityPolicy(developmentContentSecurityPolicy);
  return {
    name: 'presskit:development-csp',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        if (!html.includes(production)) throw new Error('renderer/index.html does not carry the app CSP.');
        return html.replace(production, development);
      },
    },
  };
}

export default defineConfig({
  main: {
    // fontkit's WOFF2 decoder is never needed: the bundled fonts are TrueType (see the CLI's build options).
    resolve: { alias: { 'brotli/decompress.js': resolve('main/pdf/fonts/woff2-unsupported.ts') } },
    build: {
      // The typesetting and spelling workers are built beside the app's entry: neither blocks the main thread.
      lib: { entry: { index: resolve('main/electron/index.ts'), 'pdf-worker': resolve('main/pdf/worker.ts'), 'spell-worker': resolve('main/spell/worker.ts') } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('main/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    build: {
      rolldownOptions: { input: resolve('renderer/index.html') },
    },
    plugins: [react(), developmentCsp()],
  },
});
