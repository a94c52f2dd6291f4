import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rule of docs/architecture.md, checked on what ESLint says of small files placed in each layer.
const eslint = new ESLint({ cwd: process.cwd() });

async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths' || m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

const use = (specifier: string) => `import * as m from '${specifier}';\nexport const used = m;\n`;

describe('layer rule', () => {
  it.each([
    ['main/core/probe.ts', '../store'],
    ['main/core/probe.ts', '../api/contract'],
    ['main/core/probe.ts', 'node:fs'],
    ['main/store/probe.ts', '../pdf'],
    ['main/store/probe.ts', '../api/handlers'],
    ['main/pdf/probe.ts', '../store'],
    ['main/pdf/probe.ts', '../spell'],
    ['main/spell/probe.ts', '../store'],
    ['main/spell/probe.ts', '../api/contract'],
    ['renderer/src/probe.ts', '../../main/spell'],
    ['main/api/probe.ts', '../electron/window'],
    ['main/api/probe.ts', '../cli/run'],
    ['main/cli/probe.ts', '../electron/window'],
    ['main/cli/probe.ts', '../web/server'],
    ['main/api/probe.ts', '../web/server'],
    ['main/web/probe.ts', '../electron/window'],
    ['main/web/probe.ts', '../cli/run'],
    ['main/web/probe.ts', '../../renderer/src/App'],
    ['renderer/src/probe.ts', '../../main/store'],
    ['renderer/src/probe.ts', '../../main/api/handlers'],
    ['renderer/src/probe.ts', 'node:fs'],
    ['renderer/src/probe.ts', 'electron'],
    // Inside main/pdf: each stage imports only those below it, and paint reads frames only.
    ['main/pdf/paint/probe.ts', '../layout/compose'],
    ['main/pdf/paint/probe.ts', '../text/paragraph'],
    ['main/pdf/paint/probe.ts', '../blocks'],
    ['main/pdf/documents/probe.ts', '../fonts/registry'],
    ['main/pdf/documents/probe.ts', '../text/paragraph'],
    ['main/pdf/documents/probe.ts', '../layout/geometry'],
    ['main/pdf/documents/probe.ts', '../frame'],
    ['main/pdf/layout/probe.ts', '../paint/images'],
    ['main/pdf/layout/probe.ts', '../documents/release'],
    ['main/pdf/layout/probe.ts', '../progress'],
    ['main/pdf/text/probe.ts', '../layout/flow'],
    ['main/pdf/text/probe.ts', '../blocks'],
    ['main/pdf/fonts/probe.ts', '../paint/streams'],
    ['main/pdf/fonts/probe.ts', '../text/paragraph'],
    ['main/pdf/fonts/probe.ts', '../frame'],
  ])('%s may not import %s', async (file, specifier) => {
    expect(await violations(file, use(specifier))).not.toEqual([]);
  });

  it.each([
    ['main/store/probe.ts', '../core/schema'],
    ['main/pdf/probe.ts', '../core/language'],
    ['main/api/probe.ts', '../store'],
    ['main/cli/probe.ts', '../api/contract'],
    ['main/web/probe.ts', '../api/dispatch'],
    ['main/electron/probe.ts', '../api/renderer-files'],
    ['renderer/src/probe.ts', '../../main/api/contract'],
    ['renderer/src/probe.ts', '../../main/core/schema'],
    ['main/pdf/documents/probe.ts', '../blocks'],
    ['main/pdf/documents/probe.ts', './palette'],
    ['main/pdf/documents/probe.ts', '../../core/schema'],
    ['main/pdf/layout/probe.ts', '../text/paragraph'],
    ['main/pdf/layout/probe.ts', '../fonts/registry'],
    ['main/pdf/layout/probe.ts', '../blocks'],
    ['main/pdf/layout/probe.ts', '../frame'],
    ['main/pdf/text/probe.ts', '../fonts/shaper'],
    ['main/pdf/text/probe.ts', '../frame'],
    ['main/pdf/paint/probe.ts', '../frame'],
    ['main/pdf/paint/probe.ts', '../fonts/registry'],
    ['main/pdf/paint/probe.ts', './streams'],
    ['main/pdf/probe.ts', './layout/document'],
    ['main/pdf/probe.ts', './paint/pdf-writer'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await violations(file, use(specifier))).toEqual([]);
  });
});
