import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openApp, type App } from '../../../main/api/app';
import { dispatch } from '../../../main/api/dispatch';
import type { Api } from '../../../main/api/contract';
import { FIXTURE, tempDir } from '../../helpers/cli';

const fixture = { name: 'communique-cp124-2019.fr.md', bytes: new Uint8Array(readFileSync(FIXTURE)) };
let counter = 0;
const clock = { now: () => new Date('2026-11-25T10:00:00Z'), newId: () => `id-${(counter += 1)}` };

const opened: App[] = [];
async function app(): Promise<App> {
  const instance = await openApp({ dataDir: tempDir(), clock });
  opened.push(instance);
  return instance;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((a) => a.close()));
});

describe('dispatch, the boundary of every transport', () => {
  it('rejects an unknown channel and an invalid payload without calling a handler', async () => {
    const handler = vi.fn();
    const api = new Proxy({}, { get: () => handler }) as Api;
    expect(await dispatch(api, 'fs.readFile', {})).toMatchObject({ ok: false, error: { kind: 'usage' } });
    expect(await dispatch(api, 'releases.get', { ref: 42 })).toMatchObject({ ok: false, error: { kind: 'bad-input' } });
    expect(await dispatch(api, 'releases.get', { ref: 'CP1-2019', extra: true })).toMatchObject({ ok: false });
    expect(await dispatch(api, 'releases.import', { files: [{ name: 'a.md', bytes: 'not bytes' }] })).toMatchObject({ ok: false });
    expect(handler).not.toHaveBeenCalled();
  });

  it('keeps a user error’s sentence and hides an internal error’s details', async () => {
    const { api } = await app();
    expect(await dispatch(api, 'releases.get', { ref: 'CP1-2019' })).toEqual({
      ok: false,
      error: { kind: 'not-found', message: 'There is no release with reference CP1-2019 in the archive.' },
    });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = { ...api, 'releases.list': async () => Promise.reject(new Error('ENOENT /secret/path')) };
    const envelope = await dispatch(broken, 'releases.list', {});
    expect(envelope.ok).toBe(false);
    expect(JSON.stringify(envelope)).not.toContain('/secret/path');
    spy.mockRestore();
  });

  it('validates what a handler returns, too', async () => {
    const { api } = await app();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const lying = { ...api, 'releases.list': async () => [{ ref: 'no other field' }] } as unknown as Api;
    expect(await dispatch(lying, 'releases.list', {})).toMatchObject({ ok: false, error: { kind: 'internal' } });
    spy.mockRestore();
  });
});

describe('handlers', () => {
  it('undoes a delete by restoring the release it returned', async () => {
    const { api } = await app();
    await api['releases.import']({ files: [fixture] });
    const deleted = await api['releases.delete']({ ref: 'CP124-2019' });
    expect(await api['releases.list']({})).toEqual([]);
    await api['releases.restore']({ release: deleted });
    expect(await api['releases.get']({ ref: 'CP124-2019' })).toEqual(deleted);
  });

  it('numbers a release without a reference from the brand’s pattern', async () => {
    const { api } = await app();
    const text = new TextDecoder().decode(fixture.bytes).replace('CP124-2019\n', '');
    await api['releases.import']({ files: [fixture] });
    const { refs } = await api['releases.import']({ files: [{ name: 'sans-ref.md', bytes: new TextEncoder().encode(text) }] });
    expect(refs).toEqual(['CP125-2019']);
  });

  it('builds a kit from releases, with their contacts, and refuses a second kit of the same name', async () => {
    const { api } = await app();
    await api['releases.import']({ files: [fixture] });
    const kit = await api['kits.create']({ name: 'MAKS', refs: ['CP124-2019'] });
    const release = await api['releases.get']({ ref: 'CP124-2019' });
    expect(kit).toMatchObject({
      language: 'fr',
      event: { startDate: '2019-08-27', endDate: '2019-08-27' },
      contactIds: release.contactIds,
      output: { paper: 'a4', bleedMm: 0, cropMarks: false },
    });
    await expect(api['kits.create']({ name: 'maks', refs: ['CP124-2019'] })).rejects.toThrow(/already exists/);
    await expect(api['kits.create']({ name: 'Other', refs: ['CP1-1999'] })).rejects.toThrow(/no release with reference CP1-1999/);
  });

  it('changes a release’s status and stamps the change', async () => {
    const { api } = await app();
    await api['releases.import']({ files: [fixture] });
    const release = await api['releases.setStatus']({ ref: 'CP124-2019', status: 'approved' });
    expect(release).toMatchObject({ status: 'approved', updatedAt: '2026-11-25T10:00:00.000Z' });
  });
});
