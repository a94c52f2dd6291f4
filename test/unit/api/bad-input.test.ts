import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../../main/api/app';
import { dispatch } from '../../../main/api/dispatch';
import { tempDir } from '../../helpers/cli';

const opened: App[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((a) => a.close()));
});

async function demoApp(): Promise<App> {
  const app = await openApp({ dataDir: tempDir() });
  opened.push(app);
  await app.api['demo.seed']({});
  return app;
}

/** The demo archive with a kit of 40 copies of the communiqué: long enough to be stopped halfway. */
async function longKit() {
  const { api } = await demoApp();
  const release = await api['releases.get']({ ref: 'CP124-2019' });
  const refs: string[] = [];
  for (let i = 0; i < 40; i += 1) refs.push((await api['releases.duplicate']({ id: release.id })).ref);
  return { api, kit: await api['kits.create']({ name: 'Long', refs }) };
}

function pdfText(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1');
}

describe('bad input to the typesetter', () => {
  it('previews a brand-new release with no title or body as a page with its header', async () => {
    const { api } = await demoApp();
    const draft = await api['releases.create']({ language: 'ru' });
    const { bytes, pages } = await api['preview.render']({ release: draft });
    expect(pages).toBe(1);
    expect(pdfText(bytes).startsWith('%PDF-')).toBe(true);
  });

  it('sets a 500-page body and reports its pages', async () => {
    const { api } = await demoApp();
    const release = await api['releases.get']({ ref: 'CP124-2019' });
    const paragraph = release.body[1]!;
    const long = { ...release, body: Array.from({ length: 3600 }, () => paragraph) };
    const { pages } = await api['preview.render']({ release: long });
    expect(pages).toBeGreaterThanOrEqual(500);
  }, 120_000);

  it('refuses an unknown language and an empty kit with a sentence', async () => {
    const { api } = await demoApp();
    const release = await api['releases.get']({ ref: 'CP124-2019' });
    const envelope = await dispatch(api, 'preview.render', { release: { ...release, language: 'de' } });
    expect(envelope).toMatchObject({ ok: false, error: { kind: 'bad-input', message: expect.stringContaining('release.language') } });
    const [kit] = await api['kits.list']({});
    await api['kits.update']({ id: kit!.id, changes: { items: [] } });
    await expect(api['export.kit']({ id: kit!.id })).rejects.toThrow('The kit « MAKS 2019 » is empty: add releases to it before exporting.');
  });

  it('cancels a long kit export on request', async () => {
    const { api, kit } = await longKit();
    // Cancelled at once, while the handler is still reading the archive: the job exists from its first instant.
    const running = api['export.kit']({ id: kit.id, jobId: 'job-1' });
    expect(await api['export.cancel']({ jobId: 'job-1' })).toEqual({ cancelled: true });
    await expect(running).rejects.toThrow('The export was cancelled.');
    expect(await api['export.progress']({ jobId: 'job-1' })).toBeNull();
    expect(await api['export.cancel']({ jobId: 'job-1' })).toEqual({ cancelled: false });
  });

  it('cancels a kit export in the middle of its layout', async () => {
    const { api, kit } = await longKit();
    const running = api['export.kit']({ id: kit.id, jobId: 'job-2' });
    await expect.poll(() => api['export.progress']({ jobId: 'job-2' }), { interval: 1 }).not.toBeNull();
    expect(await api['export.cancel']({ jobId: 'job-2' })).toEqual({ cancelled: true });
    await expect(running).rejects.toThrow('The export was cancelled.');
  });
});
