import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openApp, type App } from '../../../main/api/app';
import { dispatch } from '../../../main/api/dispatch';
import type { Api } from '../../../main/api/contract';
import { jpegPicture } from '../../fixtures/pdf/figures';
import { FIXTURE, tempDir } from '../../helpers/cli';
import { objectsText } from '../../helpers/pdf-tools';

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

  it('words its own refusals by code, in a sentence of ours rather than the validator’s', async () => {
    const api = new Proxy({}, { get: () => vi.fn() }) as Api;
    expect(await dispatch(api, 'fs.readFile', {})).toEqual({
      ok: false,
      error: { kind: 'usage', code: 'request.unknown', params: { channel: 'fs.readFile' }, message: 'PressKit Studio does not know the request fs.readFile.' },
    });
    expect(await dispatch(api, 'releases.get', { ref: 42 })).toEqual({
      ok: false,
      error: { kind: 'bad-input', code: 'request.invalid', params: { fields: 'ref' }, message: 'PressKit Studio refused values it could not use (ref). Check the fields and try again.' },
    });
  });

  it('keeps a user error’s sentence and hides an internal error’s details', async () => {
    const { api } = await app();
    expect(await dispatch(api, 'releases.get', { ref: 'CP1-2019' })).toEqual({
      ok: false,
      error: { kind: 'not-found', message: 'There is no release with reference CP1-2019 in the archive.', code: 'release.notFound', params: { ref: 'CP1-2019' } },
    });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = { ...api, 'releases.list': async () => Promise.reject(new Error('ENOENT /secret/path')) };
    const envelope = await dispatch(broken, 'releases.list', {});
    // Coded like a refusal, so that the studio says it in the interface's language.
    expect(envelope).toMatchObject({ ok: false, error: { kind: 'internal', code: 'request.internal' } });
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
    // The event's dates are the kit's own: none until given, never the releases' (27 August 2019 here).
    expect(kit).toMatchObject({
      language: 'fr',
      event: { name: 'MAKS', place: '', startDate: null, endDate: null },
      repeat: { contacts: false, boilerplate: false },
      contactIds: release.contactIds,
      output: { paper: 'a4', bleedMm: 0, cropMarks: false },
    });
    const dated = await api['kits.create']({
      name: 'MAKS 2019',
      refs: ['CP124-2019'],
      event: { name: 'Salon MAKS', place: 'Joukovski', startDate: '2019-08-27', endDate: '2019-09-01' },
      repeat: { contacts: true },
    });
    expect(dated).toMatchObject({ event: { name: 'Salon MAKS', place: 'Joukovski', startDate: '2019-08-27', endDate: '2019-09-01' }, repeat: { contacts: true, boilerplate: false } });
    await expect(api['kits.create']({ name: 'Backwards', refs: ['CP124-2019'], event: { startDate: '2019-09-01', endDate: '2019-08-27' } })).rejects.toThrow(/cannot end on 2019-08-27, before it starts on 2019-09-01/);
    await expect(api['kits.update']({ id: dated.id, changes: { event: { ...dated.event, endDate: '2019-08-01' } } })).rejects.toThrow(/cannot end on 2019-08-01/);
    expect((await api['kits.update']({ id: dated.id, changes: { repeat: { contacts: false, boilerplate: true } } })).repeat).toEqual({ contacts: false, boilerplate: true });
    await expect(api['kits.create']({ name: 'maks', refs: ['CP124-2019'] })).rejects.toThrow(/already exists/);
    await expect(api['kits.create']({ name: 'Other', refs: ['CP1-1999'] })).rejects.toThrow(/no release with reference CP1-1999/);
  });

  it('changes a release’s status and stamps the change', async () => {
    const { api } = await app();
    await api['releases.import']({ files: [fixture] });
    const release = await api['releases.setStatus']({ ref: 'CP124-2019', status: 'review' });
    expect(release).toMatchObject({ status: 'review', updatedAt: '2026-11-25T10:00:00.000Z' });
  });
});

describe('editing handlers', () => {
  it('creates a draft under a provisional reference and saves the editor’s changes', async () => {
    const { api } = await app();
    await api['releases.import']({ files: [fixture] });
    const draft = await api['releases.create']({ language: 'en' });
    expect(draft).toMatchObject({ ref: 'Provisional 2026-001', language: 'en', status: 'draft', title: '', date: '2026-11-25' });
    const edited = await api['releases.update']({
      id: draft.id,
      changes: { title: 'Launch of SVOM', body: [{ type: 'paragraph', content: [{ text: 'Hello ', bold: true }, { text: 'world' }] }], status: 'review' },
    });
    expect(edited).toMatchObject({ ref: 'CP1-2026', title: 'Launch of SVOM', status: 'review' });
    expect(edited.revisions.at(-1)?.note).toBe('Status: review');
    // A reference is unique per language: the French CP124-2019 is taken, an English one would not be.
    await expect(api['releases.update']({ id: draft.id, changes: { ref: 'cp124-2019', language: 'fr' } })).rejects.toThrow(/already in the archive/);
    await expect(api['releases.update']({ id: draft.id, changes: { contactIds: ['nobody'] } })).rejects.toThrow(/no longer in the directory/);
    await expect(api['releases.update']({ id: 'gone', changes: { title: 'x' } })).rejects.toThrow(/no longer in the archive/);
  });

  it('copies a release under a new reference, outside any translation group', async () => {
    const { api } = await app();
    await api['releases.import']({ files: [fixture] });
    const original = await api['releases.get']({ ref: 'CP124-2019' });
    const copy = await api['releases.duplicate']({ id: original.id });
    expect(copy).toMatchObject({ ref: 'CP125-2019', language: 'fr', status: 'draft', title: original.title, translationGroup: null, untranslated: null });
  });

  it('manages the contact directory and protects contacts in use', async () => {
    const { api } = await app();
    await api['releases.import']({ files: [fixture] });
    const created = await api['contacts.create']({
      contact: { name: 'Anna Petrova', roles: { ru: 'Пресс-секретарь' }, organisation: 'Roscosmos', country: 'RU', phones: [], email: 'anna@example.org', photo: null, languages: ['ru'], notes: '' },
    });
    const updated = await api['contacts.update']({ id: created.id, changes: { phones: [{ type: 'mobile', number: '+7 916 000 00 00' }] } });
    expect(updated.phones).toHaveLength(1);
    await expect(api['contacts.update']({ id: created.id, changes: { email: 'not an address' } })).rejects.toThrow();
    const pascale = (await api['contacts.list']({})).find((c) => c.email === 'pascale.bresson@cnes.fr');
    await expect(api['contacts.delete']({ id: pascale!.id })).rejects.toThrow(/CP124-2019/);
    expect(await api['contacts.delete']({ id: created.id })).toEqual(updated);
  });

  it('reorders, renames and deletes a kit', async () => {
    const { api } = await app();
    await api['releases.import']({ files: [fixture] });
    await api['releases.import']({ files: [fixture], ref: 'CP125-2019' });
    const kit = await api['kits.create']({ name: 'MAKS', refs: ['CP124-2019', 'CP125-2019'] });
    const reordered = await api['kits.update']({ id: kit.id, changes: { name: 'MAKS 2019', items: [kit.items[1]!, kit.items[0]!, kit.items[2]!] } });
    expect(reordered.items.map((i) => i.type)).toEqual(['release', 'release', 'contacts']);
    expect(reordered.items[0]).toEqual(kit.items[1]);
    await expect(api['kits.update']({ id: kit.id, changes: { items: [{ type: 'release', releaseId: 'gone' }] } })).rejects.toThrow(/no longer in the archive/);
    expect((await api['kits.list']({}))[0]?.items).toEqual(reordered.items);
    await api['kits.delete']({ id: kit.id });
    expect(await api['kits.list']({})).toEqual([]);
  });

  it('updates the brand and settings, and stores images by content', async () => {
    const { api } = await app();
    const brand = await api['brand.update']({ changes: { organisation: 'CNES', referencePattern: 'PR{n}/{yyyy}' } });
    expect(brand).toMatchObject({ organisation: 'CNES', referencePattern: 'PR{n}/{yyyy}' });
    await expect(api['brand.update']({ changes: { referencePattern: 'no number' } })).rejects.toThrow();
    expect(await api['settings.update']({ changes: { uiLanguage: 'en' } })).toMatchObject({ uiLanguage: 'en', theme: 'system' });
    const png = new Uint8Array(readFileSync('assets/demo/logo.png'));
    const { name } = await api['images.save']({ bytes: png });
    expect(name).toMatch(/^[0-9a-f]{64}\.png$/);
    expect((await api['images.get']({ name })).bytes).toEqual(png);
    await expect(api['images.get']({ name: `${'0'.repeat(64)}.png` })).rejects.toThrow();
  });
});

describe('preview', () => {
  it('typesets the editor’s unsaved release with the stored brand and contacts', async () => {
    const { api } = await app();
    await api['demo.seed']({});
    const release = await api['releases.get']({ ref: 'CP124-2019' });
    const { bytes, pages } = await api['preview.render']({ release: { ...release, title: 'Titre modifié à l’instant' } });
    const pdf = objectsText(bytes);
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pdf).toContain('/Type /Page');
  });

  it('is the exported PDF itself, byte for byte, for the same release and options', async () => {
    const { api } = await app();
    await api['demo.seed']({});
    const release = await api['releases.get']({ ref: 'CP124-2019' });
    const preview = await api['preview.render']({ release });
    const exported = await api['export.release']({ ref: 'CP124-2019' });
    expect(Buffer.from(preview.bytes).equals(Buffer.from(exported.bytes))).toBe(true);
  });

  it('keys each page by what it shows: an edit on the last page leaves the first page’s key alone', async () => {
    const { api } = await app();
    await api['demo.seed']({});
    const release = await api['releases.get']({ ref: 'CP124-2019' });
    const long = { ...release, body: [...release.body, ...release.body, ...release.body] };
    const before = await api['preview.render']({ release: long });
    expect(before.pageKeys).toHaveLength(before.pages);
    expect(new Set(before.pageKeys).size).toBe(before.pages);
    expect((await api['preview.render']({ release: long })).pageKeys).toEqual(before.pageKeys);
    const edited = await api['preview.render']({ release: { ...long, body: [...long.body, { type: 'paragraph', content: [{ text: 'Une dernière phrase.' }] }] } });
    expect(edited.pages).toBe(before.pages);
    expect(edited.pageKeys?.[0]).toBe(before.pageKeys?.[0]);
    expect(edited.pageKeys?.at(-1)).not.toBe(before.pageKeys?.at(-1));
  });
});

describe('search', () => {
  it('finds releases by any word of reference, title, body or tags, ignoring case and accents, with filters', async () => {
    const { api } = await app();
    await api['demo.seed']({});
    const created = await api['releases.create']({ language: 'en' });
    const draft = await api['releases.update']({ id: created.id, changes: { title: 'SVOM launch', tags: ['astronomy'] } });
    const refs = async (input: Parameters<Api['releases.list']>[0]) => (await api['releases.list'](input)).map((r) => r.ref);
    expect(await refs({ query: 'ROSHYDROMET nasa' })).toEqual([]);
    expect(await refs({ query: 'roshydromet coopération' })).toEqual(['CP124-2019']);
    expect(await refs({ query: 'cooperation SPATIALE' })).toEqual(['CP124-2019']);
    expect(await refs({ query: 'cp124' })).toEqual(['CP124-2019']);
    expect(await refs({ query: 'astronomy' })).toEqual([draft.ref]);
    expect(await refs({ language: 'fr', year: 2019, status: 'published', event: 'MAKS 2019' })).toEqual(['CP124-2019']);
    expect(await refs({ year: 2020 })).toEqual([]);
    expect(await refs({})).toEqual([draft.ref, 'CP124-2019']);
  });
});

describe('partial changes through the boundary', () => {
  it('keep every field the change leaves out', async () => {
    const { api } = await app();
    await api['demo.seed']({});
    const call = async (channel: Parameters<typeof dispatch>[1], input: unknown) => {
      const envelope = await dispatch(api, channel, input);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value;
    };
    const before = await api['releases.get']({ ref: 'CP124-2019' });
    await call('releases.update', { id: before.id, changes: { title: 'Nouveau titre' } });
    // The demo release is published: an edit sends it back to review (see test/unit/api/review.test.ts).
    expect(await api['releases.get']({ ref: 'CP124-2019' })).toEqual({ ...before, title: 'Nouveau titre', status: 'review', revisions: [...before.revisions, expect.anything()], updatedAt: expect.any(String) });

    await call('settings.update', { changes: { uiLanguage: 'en' } });
    await call('settings.update', { changes: { theme: 'dark' } });
    expect(await api['settings.get']({})).toMatchObject({ uiLanguage: 'en', theme: 'dark' });

    const brand = await api['brand.get']({});
    await call('brand.update', { changes: { organisation: 'CNES Paris' } });
    expect(await api['brand.get']({})).toEqual({ ...brand, organisation: 'CNES Paris' });

    const [contact] = await api['contacts.list']({});
    await call('contacts.update', { id: contact!.id, changes: { notes: 'Parle russe' } });
    expect((await api['contacts.list']({}))[0]).toEqual({ ...contact, notes: 'Parle russe' });

    const [kit] = await api['kits.list']({});
    await call('kits.update', { id: kit!.id, changes: { name: 'MAKS 2019 (Moscou)' } });
    expect((await api['kits.list']({}))[0]).toEqual({ ...kit, name: 'MAKS 2019 (Moscou)', updatedAt: expect.any(String) });
  });
});

describe('importing a colleague’s bundle', () => {
  it('adds its releases and kits, merges its contacts by e-mail, and refuses a second import whole', async () => {
    const source = await app();
    await source.api['demo.seed']({});
    const { bytes } = await source.api['bundle.export']({});

    const target = await app();
    const english = { name: 'cp124.en.md', bytes: new Uint8Array(readFileSync('test/fixtures/import/communique-cp124-2019.en.md')) };
    await target.api['releases.import']({ files: [english], ref: 'CP9-2019' });
    const before = await target.api['contacts.list']({});

    const result = await target.api['releases.import']({ files: [{ name: 'shared.presskit.json', bytes }] });
    expect(result).toEqual({ refs: ['CP124-2019'], contactsAdded: 0, contactsMerged: 2 });
    expect(await target.api['contacts.list']({})).toHaveLength(before.length);
    const imported = await target.api['releases.get']({ ref: 'CP124-2019' });
    expect([...imported.contactIds].sort()).toEqual(before.map((c) => c.id).sort());
    const [kit] = (await target.api['kits.list']({})).filter((k) => k.name === 'MAKS 2019');
    expect(kit?.items[0]).toEqual({ type: 'release', releaseId: imported.id });
    expect([...kit!.contactIds].sort()).toEqual(before.map((c) => c.id).sort());
    expect(await target.api['brand.get']({})).toMatchObject({ organisation: '' });

    const stored = readFileSync(target.store.file);
    await expect(target.api['releases.import']({ files: [{ name: 'shared.presskit.json', bytes }] })).rejects.toThrow(/CP124-2019 is already in the archive/);
    expect(readFileSync(target.store.file).equals(stored)).toBe(true);
    await expect(target.api['releases.import']({ files: [{ name: 'shared.presskit.json', bytes }], ref: 'X1' })).rejects.toThrow(/keep their own references/);
  });
});

describe('exports with missing pictures', () => {
  it('say which picture is missing and how to fix it', async () => {
    const { api, store } = await app();
    await api['demo.seed']({});
    const { logo } = await api['brand.get']({});
    rmSync(join(store.dataDir, 'images', logo!));
    await expect(api['export.release']({ ref: 'CP124-2019' })).rejects.toThrow(
      'The brand logo’s file is missing from the data folder; choose the logo again in Brand, then export.',
    );
  });

  it('print a release’s figures from the stored pictures, and name the release when one is missing', async () => {
    const { api, store } = await app();
    await api['demo.seed']({});
    const { name } = await api['images.save']({ bytes: await jpegPicture(600, 400) });
    const release = await api['releases.get']({ ref: 'CP124-2019' });
    const figure = { type: 'figure', image: name, alt: 'Un ballon au-dessus de la toundra', caption: 'Le lancement.', credit: '© CNES', width: 'column' } as const;
    await api['releases.update']({ id: release.id, changes: { body: [...release.body, figure] } });
    const { bytes } = await api['export.release']({ ref: 'CP124-2019' });
    expect(objectsText(bytes)).toContain('/S /Figure');
    rmSync(join(store.dataDir, 'images', name));
    await expect(api['export.release']({ ref: 'CP124-2019' })).rejects.toThrow('The file of a picture of « CP124-2019 » is missing from the data folder; choose the picture again, then export.');
  });
});
