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
    build: {
      lib: { entry: resolve('main/electron/index.ts') },
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
