// Lint, and the layer rule of docs/architecture.md: core <- store/pdf/spell <- api <- electron/cli; the renderer sees
// only core and the API contract. Lower layers never import higher ones; inside main/pdf, neither do stages.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

const layer = (target, forbidden, message) => ({
  target,
  from: forbidden,
  message,
});

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'child_process', 'os', 'crypto', 'worker_threads', 'electron'];

export const layerZones = [
  layer('./main/core', ['./main/store', './main/pdf', './main/spell', './main/api', './main/electron', './main/cli', './renderer', './main/web'], 'main/core is the domain: it imports nothing of ours.'),
  layer('./main/store', ['./main/pdf', './main/spell', './main/api', './main/electron', './main/cli', './renderer', './main/web'], 'main/store may import main/core only.'),
  layer('./main/pdf', ['./main/store', './main/spell', './main/api', './main/electron', './main/cli', './renderer', './main/web'], 'main/pdf may import main/core only.'),
  layer('./main/spell', ['./main/store', './main/pdf', './main/api', './main/electron', './main/cli', './renderer', './main/web'], 'main/spell may import main/core only.'),
  layer('./main/api', ['./main/electron', './main/cli', './renderer', './main/web'], 'main/api may import core, store, pdf and spell only.'),
  layer('./main/electron', ['./main/cli', './renderer', './main/web'], 'main/electron may not import the CLI or the renderer.'),
  layer('./main/cli', ['./main/electron', './renderer', './main/web'], 'main/cli may not import the Electron shell or the renderer.'),
  layer('./main/web', ['./main/electron', './main/cli', './renderer'], 'main/web (the browser test transport) imports main/api and below only.'),
  layer('./renderer', ['./main/store', './main/pdf', './main/spell', './main/electron', './main/cli', './main/web'], 'The renderer imports only main/core and main/api/contract.'),
  {
    target: './renderer',
    from: './main/api',
    except: ['./contract.ts'],
    message: 'The renderer imports only main/core and main/api/contract.',
  },
];

/**
 * Inside main/pdf, the pipeline's stages (document -> blocks -> layout -> frames -> paint) as an allow-list,
 * as VS Code's code-layering rule does: a stage imports only the stages listed for it, so nothing imports
 * upward. The modules at main/pdf's top (index, worker, report, progress) put the stages together.
 */
const PDF = './main/pdf';
const stage = (target, allowed) => ({
  target: `${PDF}/${target}`,
  from: PDF,
  except: allowed.map((path) => `./${path}`),
  message: `Inside main/pdf, ${target} may import only ${allowed.join(', ')} (document -> blocks -> layout -> text -> fonts; paint reads frames).`,
});

export const pdfStageZones = [
  stage('documents', ['documents', 'blocks.ts']),
  stage('blocks.ts', ['frame.ts']),
  stage('layout', ['layout', 'text', 'fonts', 'blocks.ts', 'frame.ts']),
  stage('text', ['text', 'fonts', 'frame.ts']),
  stage('fonts', ['fonts']),
  stage('frame.ts', ['fonts']),
  stage('paint', ['paint', 'frame.ts', 'fonts']),
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...pdfStageZones] }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Tests index into fixtures they just built; a failed assertion says more than a guard would.
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // vi.waitFor gives up after 1 s unless told otherwise: on a busy 2-core machine that fails a test whose state was coming.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='vi'][callee.property.name='waitFor'][arguments.length<2]",
          message: 'Pass PATIENCE (test/setup/patience.ts): the default of 1 s fails on a loaded machine.',
        },
      ],
    },
  },
  {
    files: ['main/core/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: NODE_BUILTINS, message: 'main/core is pure: no files, processes or Electron.' }] }],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: NODE_BUILTINS, message: 'The renderer never touches Node or Electron: call window.presskit.' }] }],
    },
  },
);
