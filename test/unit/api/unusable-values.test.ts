import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../../main/api/app';
import { dispatch } from '../../../main/api/dispatch';
import { wordDetail } from '../../../main/core/wording';
import type { ErrorDetail } from '../../../main/core/errors';
import { openStore } from '../../../main/store';
import { FIXTURE, tempDir } from '../../helpers/cli';

const fixture = { name: 'communique-cp124-2019.fr.md', bytes: new Uint8Array(readFileSync(FIXTURE)) };

const opened: App[] = [];
async function app(): Promise<App> {
  const instance = await openApp({ dataDir: tempDir() });
  opened.push(instance);
  return instance;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((a) => a.close()));
});

interface BundleJson {
  releases: Array<{ id: string; ref: string; date: string }>;
  kits: Array<{ id: string; name: string }>;
}

/** The demo archive as a bundle, changed by `edit` the way a hand-edited or foreign file could be. */
async function demoBundle(edit: (bundle: BundleJson) => void): Promise<Uint8Array> {
  const source = await app();
  await source.api['demo.seed']({});
  const { bytes } = await source.api['bundle.export']({});
  const bundle = JSON.parse(new TextDecoder().decode(bytes)) as BundleJson;
  edit(bundle);
  return new TextEncoder().encode(JSON.stringify(bundle));
}

const ourSentence = (fields: string) => ({
  ok: false,
  error: {
    kind: 'bad-input',
    message: `PressKit Studio refused values it could not use (${fields}). Check the fields and try again.`,
    code: 'request.invalid',
    params: { fields },
  },
});

describe('values the typesetter cannot print are refused at every door', () => {
  it('refuses 30 February in an edit, with our sentence naming the field', async () => {
    const { api } = await app();
    await api['releases.import']({ files: [fixture] });
    const release = await api['releases.get']({ ref: 'CP124-2019' });
    expect(await dispatch(api, 'releases.update', { id: release.id, changes: { date: '2019-02-30' } })).toEqual(ourSentence('changes.date'));
    expect((await api['releases.get']({ ref: 'CP124-2019' })).date).toBe('2019-08-27');
  });

  it('refuses a time zone that does not exist, so embargoed exports keep working', async () => {
    const { api } = await app();
    expect(await dispatch(api, 'settings.update', { changes: { timeZone: 'Mars/Olympus' } })).toEqual(ourSentence('changes.timeZone'));
    expect((await api['settings.get']({})).timeZone).toBe('Europe/Paris');
  });

  it('refuses a bundle holding 30 February, both imported and restored, and changes nothing', async () => {
    const bytes = await demoBundle((bundle) => {
      bundle.releases[0]!.date = '2019-02-30';
    });
    const { api, store } = await app();
    const before = readFileSync(store.file);
    await expect(api['releases.import']({ files: [{ name: 'shared.presskit.json', bytes }] })).rejects.toThrow(/damaged at releases\[0\]\.date\./);
    await expect(api['bundle.restore']({ bytes })).rejects.toThrow(/damaged at releases\[0\]\.date/);
    expect(readFileSync(store.file).equals(before)).toBe(true);
  });

  it('refuses, in our words, a change that would leave such a value in the archive', async () => {
    const { store } = await app();
    await expect(store.update((draft) => void (draft.settings.timeZone = 'Mars/Olympus'))).rejects.toThrow(
      'The change was not saved: it would leave the archive with an invalid value (settings.timeZone). Check the field and try again.',
    );
  });

  it('names the request when the payload itself is not an object', async () => {
    const { api } = await app();
    expect(await dispatch(api, 'releases.list', 'everything')).toEqual(ourSentence('releases.list'));
  });
});

describe('a data file an earlier version left with values it cannot print', () => {
  it('opens with each value set to the nearest usable one, says so, and keeps the file as it was', async () => {
    const dataDir = tempDir();
    const first = await openApp({ dataDir });
    await first.api['demo.seed']({});
    const release = await first.api['releases.get']({ ref: 'CP124-2019' });
    await first.api['releases.update']({ id: release.id, changes: { embargo: { at: '2019-08-27T08:00:00Z', zone: 'Europe/Paris' } } });
    await first.close();
    // The same archive as a data file of format 3, the last of one file, which let such values in.
    const store = await openStore(dataDir);
    const stored = JSON.parse(JSON.stringify({ ...(await store.read()), schemaVersion: 3 })) as { releases: [{ date: string; embargo: { zone: string } }]; kits: [{ event: { startDate: string } }]; settings: { timeZone: string } };
    await store.close();
    rmSync(join(dataDir, 'archive'), { recursive: true });
    const file = join(dataDir, 'presskit.json');
    stored.releases[0].date = '2019-02-30';
    stored.kits[0].event.startDate = '2019-02-31';
    stored.settings.timeZone = 'Mars/Olympus';
    stored.releases[0].embargo.zone = 'Mars/Olympus';
    const text = JSON.stringify(stored, null, 2);
    writeFileSync(file, text);

    const notices: Array<{ message: string; detail: ErrorDetail | undefined }> = [];
    const reopened = await openApp({ dataDir, onNotice: (message, detail) => notices.push({ message, detail }) });
    opened.push(reopened);
    const { api } = reopened;
    expect((await api['releases.get']({ ref: 'CP124-2019' })).date).toBe('2019-02-28');
    expect((await api['kits.list']({}))[0]!.event.startDate).toBe('2019-02-28');
    expect((await api['settings.get']({})).timeZone).toBe('Europe/Paris');
    expect((await api['releases.get']({ ref: 'CP124-2019' })).embargo?.zone).toBe('Europe/Paris');
    expect((await api['export.release']({ ref: 'CP124-2019' })).report.pages).toBeGreaterThan(0);

    expect(notices).toHaveLength(2);
    expect(notices[0]?.message).toMatch(/^The data file was upgraded from format 3 to format 4/);
    const { message, detail } = notices[1]!;
    const fields = 'CP124-2019 (2019-02-30 → 2019-02-28), CP124-2019 (Mars/Olympus → Europe/Paris), MAKS 2019 (2019-02-31 → 2019-02-28), settings.timeZone (Mars/Olympus → Europe/Paris)';
    expect(message).toMatch(`The data file held values PressKit Studio cannot print (${fields}); they were set to the nearest usable ones, and the previous file was kept as backups/`);
    expect(wordDetail(detail!, 'en')).toBe(message);
    expect(readFileSync(join(dataDir, String(detail!.params!.file)), 'utf8')).toBe(text);
  });
});

describe('references and kit names are unique as the user reads them', () => {
  const decomposed = 'CP1-Cafe\u0301';
  const composed = 'CP1-Café';

  it('refuses a rename to a reference that differs only in case, spaces or Unicode form, and finds either spelling', async () => {
    const { api } = await app();
    await api['releases.import']({ files: [fixture], ref: composed });
    const other = await api['releases.create']({});
    for (const ref of [decomposed, 'cp1-café', ' CP1-CAFÉ ']) {
      await expect(api['releases.update']({ id: other.id, changes: { ref } }), ref).rejects.toThrow(/is already in the archive/);
    }
    expect((await api['releases.get']({ ref: decomposed })).ref).toBe(composed);
    const own = await api['releases.get']({ ref: composed });
    expect((await api['releases.update']({ id: own.id, changes: { ref: 'cp1-café' } })).ref).toBe('cp1-café');
  });

  it('refuses an import under a reference already taken in another Unicode form', async () => {
    const { api, store } = await app();
    await api['releases.import']({ files: [fixture], ref: composed });
    const before = readFileSync(store.file);
    await expect(api['releases.import']({ files: [fixture], ref: decomposed })).rejects.toThrow(/is already in the archive/);
    expect(readFileSync(store.file).equals(before)).toBe(true);
  });

  it('refuses a bundle holding CP709-2019 and cp709-2019, both imported and restored', async () => {
    const bytes = await demoBundle((bundle) => {
      const [release] = bundle.releases;
      bundle.releases.push({ ...release!, id: 'copy', ref: release!.ref.toLowerCase() });
    });
    const { api } = await app();
    await expect(api['releases.import']({ files: [{ name: 'shared.presskit.json', bytes }] })).rejects.toThrow(/cp124-2019 \(fr\) appears twice/);
    await expect(api['bundle.restore']({ bytes })).rejects.toThrow(/cp124-2019 \(fr\) appears twice/);
    expect(await api['releases.list']({})).toEqual([]);
  });

  it('refuses a bundle holding two kits whose names differ only in case', async () => {
    const bytes = await demoBundle((bundle) => {
      const [kit] = bundle.kits;
      bundle.kits.push({ ...kit!, id: 'copy', name: kit!.name.toUpperCase() });
    });
    const { api } = await app();
    await expect(api['bundle.restore']({ bytes })).rejects.toThrow(/MAKS 2019 appears twice/);
  });

  it('refuses a kit created or renamed to a name taken in another Unicode form', async () => {
    const { api } = await app();
    await api['releases.import']({ files: [fixture] });
    await api['kits.create']({ name: 'Salon du Bourget — Café', refs: ['CP124-2019'] });
    await expect(api['kits.create']({ name: 'salon du bourget — cafe\u0301', refs: ['CP124-2019'] })).rejects.toThrow(/already exists/);
    const other = await api['kits.create']({ name: 'Other', refs: ['CP124-2019'] });
    await expect(api['kits.update']({ id: other.id, changes: { name: ' SALON DU BOURGET — CAFÉ' } })).rejects.toThrow(/already exists/);
  });
});
