import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../../main/api/app';
import { FIXTURE, tempDir } from '../../helpers/cli';

const french = { name: 'communique-cp124-2019.fr.md', bytes: new Uint8Array(readFileSync(FIXTURE)) };
const english = { name: 'communique-cp124-2019.en.md', bytes: new Uint8Array(readFileSync('test/fixtures/import/communique-cp124-2019.en.md')) };
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

/** The demo archive with the English version of CP124-2019, just translated (still marked). */
async function translated() {
  const instance = await app();
  await instance.api['demo.seed']({});
  const source = await instance.api['releases.get']({ ref: 'CP124-2019' });
  const translation = await instance.api['releases.translate']({ id: source.id, language: 'en' });
  return { ...instance, source, translation };
}

describe('translating a release', () => {
  it('keeps the reference and the translation group, and marks the new version untranslated', async () => {
    const { api, source, translation } = await translated();
    expect(translation).toMatchObject({ ref: 'CP124-2019', language: 'en', status: 'draft', title: source.title, translationGroup: source.id, untranslated: { source: source.id, edited: [] } });
    expect((await api['releases.get']({ ref: 'CP124-2019', language: 'fr' })).translationGroup).toBe(source.id);
    expect(await api['releases.get']({ ref: 'cp124-2019', language: 'en' })).toEqual(translation);
    expect((await api['releases.list']({})).map((r) => [r.ref, r.language, r.untranslated !== null])).toEqual([
      ['CP124-2019', 'fr', false],
      ['CP124-2019', 'en', true],
    ]);
  });

  it('refuses a second version in the same language', async () => {
    const { api, source, translation } = await translated();
    await expect(api['releases.translate']({ id: source.id, language: 'en' })).rejects.toThrow('The archive already holds the English version of CP124-2019.');
    await expect(api['releases.translate']({ id: translation.id, language: 'fr' })).rejects.toThrow('The archive already holds the French version of CP124-2019.');
    await expect(api['releases.update']({ id: translation.id, changes: { language: 'fr' } })).rejects.toThrow(/CP124-2019 is already in the archive/);
  });

  it('needs the language of a reference filed in several, and says which there are', async () => {
    const { api } = await translated();
    await expect(api['releases.get']({ ref: 'CP124-2019' })).rejects.toThrow('The reference CP124-2019 is filed in several languages (fr, en): say which one, e.g. --lang fr.');
    await expect(api['releases.get']({ ref: 'CP124-2019', language: 'ru' })).rejects.toThrow('The reference CP124-2019 has no Russian version (its languages: fr, en).');
  });

  it('clears the mark once every block has been edited', async () => {
    const { api, translation } = await translated();
    const title = await api['releases.update']({ id: translation.id, changes: { title: 'CNES and Roscosmos at MAKS', lead: 'Lead in English.' } });
    expect(title.untranslated?.edited).toEqual([0, 2]);
    const rest = await api['releases.update']({
      id: translation.id,
      changes: { subtitle: 'Subtitle', body: translation.body.map(() => ({ type: 'paragraph' as const, content: [{ text: 'In English.' }] })) },
    });
    expect(rest.untranslated).toBeNull();
  });

  it('clears the mark when the translator says it is done', async () => {
    const { api, translation } = await translated();
    const done = await api['releases.markTranslated']({ id: translation.id });
    expect(done.untranslated).toBeNull();
    expect(done.revisions.at(-1)?.note).toBe('Marked as translated');
  });
});

describe('an untranslated release going out', () => {
  it('is not exported unless the caller confirms', async () => {
    const { api } = await translated();
    await expect(api['export.release']({ ref: 'CP124-2019', language: 'en' })).rejects.toThrow(/CP124-2019 \(en\) is still marked untranslated/);
    const { bytes } = await api['export.release']({ ref: 'CP124-2019', language: 'en', allowUntranslated: true });
    expect(Buffer.from(bytes).toString('latin1').startsWith('%PDF-')).toBe(true);
    await api['export.release']({ ref: 'CP124-2019', language: 'fr' });
  });

  it('is not added to a kit unless the caller confirms, and a kit holding one is not exported unless confirmed', async () => {
    const { api, translation } = await translated();
    const [kit] = await api['kits.list']({});
    const items = [...kit!.items, { type: 'release' as const, releaseId: translation.id }];
    await expect(api['kits.update']({ id: kit!.id, changes: { items } })).rejects.toThrow(/CP124-2019 \(en\) is still marked untranslated: confirm to add it to the kit/);
    await expect(api['kits.create']({ name: 'IAC', refs: [{ ref: 'CP124-2019', language: 'en' }] })).rejects.toThrow(/confirm to add it to the kit/);
    const updated = await api['kits.update']({ id: kit!.id, changes: { items }, allowUntranslated: true });
    expect(updated.items).toEqual(items);
    // Already in the kit: another change needs no confirmation.
    await api['kits.update']({ id: kit!.id, changes: { name: 'MAKS 2019 (en)' } });
    await expect(api['export.kit']({ id: kit!.id })).rejects.toThrow('The kit « MAKS 2019 (en) » holds CP124-2019 (en), still marked untranslated: finish or confirm its translation, or confirm that it goes out as it is (--allow-untranslated on the command line).');
    await api['export.kit']({ id: kit!.id, allowUntranslated: true });
  });
});

describe('importing the other-language version of a communiqué', () => {
  it('links it to the release of that reference, as a real translation', async () => {
    const { api } = await app();
    const [frenchRef] = (await api['releases.import']({ files: [french] })).refs;
    const { refs } = await api['releases.import']({ files: [english] });
    expect(refs).toEqual([frenchRef]);
    const source = await api['releases.get']({ ref: 'CP124-2019', language: 'fr' });
    const imported = await api['releases.get']({ ref: 'CP124-2019', language: 'en' });
    expect(imported).toMatchObject({ language: 'en', translationGroup: source.id, untranslated: null });
    expect(source.translationGroup).toBe(source.id);
    await expect(api['releases.import']({ files: [english] })).rejects.toThrow(/CP124-2019 is already in the archive/);
  });

  it('keeps both versions through a backup and its restore', async () => {
    const { api } = await translated();
    const { bytes } = await api['bundle.export']({});
    const other = await app();
    expect(await other.api['bundle.restore']({ bytes })).toMatchObject({ releases: 2 });
  });
});
