import { build, type BuildOptions } from 'esbuild';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../main/core/errors';
import { Release } from '../../../main/core/schema';
import { responseError, type RenderRequest, type RenderResponse } from '../../../main/pdf/worker-protocol';
import { loadCp124 } from '../../fixtures/pdf/cp124';
import { pdfinfo } from '../../helpers/pdf-tools';

const ROOT = resolve(import.meta.dirname, '../../..');
let worker: Worker;

// The worker bundled the way scripts/build-cli.mjs does, inside the repository so the fonts are found above it.
beforeAll(async () => {
  const { cliBuildOptions } = (await import(join(ROOT, 'scripts/cli-build-options.mjs'))) as { cliBuildOptions: BuildOptions };
  mkdirSync(join(ROOT, 'out/test'), { recursive: true });
  const outdir = mkdtempSync(join(ROOT, 'out/test/pdf-worker-'));
  await build({ ...cliBuildOptions, sourcemap: false, entryPoints: { 'pdf-worker': join(ROOT, 'main/pdf/worker.ts') }, outdir });
  worker = new Worker(join(outdir, 'pdf-worker.js'));
});
afterAll(() => worker.terminate());

function ask(request: RenderRequest): Promise<RenderResponse> {
  return new Promise((resolve) => {
    const onMessage = (response: RenderResponse): void => {
      if (response.id !== request.id) return;
      worker.off('message', onMessage);
      resolve(response);
    };
    worker.on('message', onMessage);
    worker.postMessage(request);
  });
}

describe('the typesetting worker', () => {
  const cp124 = loadCp124();
  const options = { paper: 'a4', bleedMm: 0, cropMarks: false } as const;

  it('renders a release off the main thread', async () => {
    const response = await ask({ id: 1, document: { release: cp124.release, contacts: cp124.contacts, brand: cp124.brand, images: new Map() }, options });
    expect(response.ok).toBe(true);
    if (!response.ok) return;
    expect(response.report.pages).toBe(1);
    expect(pdfinfo(response.bytes).Title).toBe(cp124.release.title);
  });

  it('hands back a user error as a UserError', async () => {
    const release = Release.parse({ ...cp124.release, title: 'Neige ☃' });
    const response = await ask({ id: 2, document: { release, contacts: [], brand: cp124.brand, images: new Map() }, options });
    expect(response.ok).toBe(false);
    if (response.ok) return;
    const error = responseError(response);
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain('U+2603');
  });
});
