import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, StoreData, emptyStore } from '../../../main/core/schema';
import { openStore } from '../../../main/store';
import { migrate, versionOf } from '../../../main/store/migrations';
import { fakeClock, fixture, storedDocs, tempDir } from './helpers';

let dir: Awaited<ReturnType<typeof tempDir>> | undefined;
afterEach(async () => dir?.remove());

describe('the split into documents (format 4)', () => {
  it.each([0, 1, 2, 3])('opens a folder of format %i as documents holding what its file held, the file kept untouched', async (version) => {
    dir = await tempDir();
    const original = await fixture(`presskit-v${version}.json`);
    await writeFile(join(dir.path, 'presskit.json'), original);
    const expected = StoreData.parse(migrate(JSON.parse(original), version));
    const store = await openStore(dir.path, { now: fakeClock('2026-12-02T10:00:00.000Z').now });
    expect(await store.read()).toEqual(expected);
    await store.close();
    expect(await readFile(join(dir.path, 'backups', `presskit.v${version}.2026-12-02T10-00-00-000Z.json`), 'utf8')).toBe(original);
    const releases = await storedDocs(dir.path, 'releases');
    expect(Object.values(releases).map((envelope) => envelope.doc)).toEqual(expected.releases);
    // Another opener reads the documents alone.
    const reopened = await openStore(dir.path);
    expect(await reopened.read()).toEqual(expected);
    await reopened.close();
  });

  it('is refused by an app of format 3, which reads presskit.json, with its "newer version" sentence', async () => {
    dir = await tempDir();
    await openStore(dir.path).then((store) => store.close());
    // What an app of format 3 checks: the version presskit.json declares, against the newest it reads.
    const declared = versionOf(JSON.parse(await readFile(join(dir.path, 'presskit.json'), 'utf8')));
    expect(declared).toBe(4);
    expect(declared! > 3).toBe(true);
  });
});

describe('version 0 to 1', () => {
  it('turns the single phone into the list of phones and adds brand, settings and kits', async () => {
    const v0: unknown = JSON.parse(await fixture('presskit-v0.json'));
    expect(versionOf(v0)).toBe(0);
    const data = StoreData.parse(migrate(v0, 0));
    const { brand, settings } = emptyStore();
    expect(data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(data.kits).toEqual([]);
    expect(data.brand).toEqual(brand);
    expect(data.settings).toEqual(settings);
    expect(data.contacts.map((contact) => contact.phones)).toEqual([[{ type: 'work', number: '+33144767500' }], []]);
    expect(data.contacts.every((contact) => !('phone' in contact))).toBe(true);
    expect(data.releases[0]?.ref).toBe('CP124-2019');
    expect(data.releases[0]?.contactIds).toEqual(['contact-durand', 'contact-ivanova']);
  });

  it('upgrades a version 0 folder on open: old file kept in backups/, new file written, notice given', async () => {
    dir = await tempDir();
    const original = await fixture('presskit-v0.json');
    await writeFile(join(dir.path, 'presskit.json'), original);
    const notices: string[] = [];
    const clock = fakeClock('2026-11-25T10:00:00.000Z');
    const store = await openStore(dir.path, { now: clock.now, onNotice: (message) => notices.push(message) });

    expect(JSON.parse(await readFile(store.file, 'utf8'))).toMatchObject({ schemaVersion: SCHEMA_VERSION, layout: 'archive/' });
    expect(Object.keys(await storedDocs(dir.path, 'contacts')).sort()).toEqual(['contact-durand', 'contact-ivanova']);
    const kept = 'presskit.v0.2026-11-25T10-00-00-000Z.json';
    expect(await readFile(join(dir.path, 'backups', kept), 'utf8')).toBe(original);
    expect(notices).toEqual([`The data file was upgraded from format 0 to format ${SCHEMA_VERSION}; the previous file was kept as backups/${kept}.`]);

    // The kept copy of the old format is not part of the rotation: later saves never prune it.
    for (let index = 0; index < 15; index += 1) {
      clock.advance(60_000);
      await store.update((draft) => void (draft.brand.organisation = `save ${index}`));
    }
    expect(await readdir(join(dir.path, 'backups'))).toContain(kept);
    await store.close();
  });

  it('treats a version 0 file that does not fit version 0 as damaged', async () => {
    dir = await tempDir();
    await writeFile(join(dir.path, 'presskit.json'), JSON.stringify({ version: 0, releases: 'none' }));
    const notices: string[] = [];
    const store = await openStore(dir.path, { onNotice: (message) => notices.push(message) });
    expect(await store.read()).toEqual(emptyStore());
    expect(notices[0]).toMatch(/^The data file was damaged/);
    await store.close();
  });
});

describe('version 1 to 2', () => {
  /** The version 1 fixture with the contacts a press office typed: numbers in every form, roles in one language. */
  async function v1WithContacts(): Promise<Record<string, unknown>> {
    const v1 = JSON.parse(await fixture('presskit-v1.json')) as Record<string, unknown>;
    const base = { organisation: '', email: '', photo: null, notes: '' };
    v1.contacts = [
      ...(v1.contacts as unknown[]),
      { ...base, id: 'mobile', name: 'A', role: '', languages: [], phones: [{ label: '', number: '06 12 34 56 78' }, { label: 'Fax', number: '01.44.76.75.39' }] },
      { ...base, id: 'moscow', name: 'B', role: 'Пресс-атташе', languages: ['ru'], phones: [{ label: 'Portable', number: '+7 (495) 123-45-67' }] },
      { ...base, id: 'lost', name: 'C', role: 'Chargée de presse', languages: [], notes: 'Le matin.', phones: [{ label: 'Standard', number: 'poste 4242' }] },
    ];
    return v1;
  }

  it('stores the numbers in E.164 with their type, the role in its language, and France as the country', async () => {
    const data = StoreData.parse(migrate(await v1WithContacts(), 1));
    const [durand, mobile, moscow] = data.contacts;
    expect(durand).toMatchObject({ roles: { fr: 'Attachée de presse' }, country: 'FR', phones: [{ type: 'work', number: '+33144767500' }] });
    expect(mobile).toMatchObject({ roles: {}, phones: [{ type: 'mobile', number: '+33612345678' }, { type: 'fax', number: '+33144767539' }] });
    // A label says the type, even where the number alone would not.
    expect(moscow).toMatchObject({ roles: { ru: 'Пресс-атташе' }, phones: [{ type: 'mobile', number: '+74951234567' }] });
    expect(data.contacts.every((contact) => !('role' in contact))).toBe(true);
  });

  it('keeps a number that reads as none in the notes, as typed, with a sentence in the interface language', async () => {
    const v1 = await v1WithContacts();
    const lost = (data: unknown) => StoreData.parse(data).contacts.find((contact) => contact.id === 'lost');
    expect(lost(migrate(v1, 1))).toMatchObject({
      phones: [],
      notes: 'Le matin.\nTéléphone gardé tel qu’il a été tapé, faute d’avoir pu le lire comme un numéro\u00a0: Standard poste 4242',
    });
    const english = { ...v1, settings: { ...(v1.settings as object), uiLanguage: 'en' } };
    expect(lost(migrate(english, 1))?.notes).toBe('Le matin.\nPhone kept as typed, since it could not be read as a number: Standard poste 4242');
  });

  it('upgrades a version 1 folder on open, the old file kept in backups/', async () => {
    dir = await tempDir();
    const original = await fixture('presskit-v1.json');
    await writeFile(join(dir.path, 'presskit.json'), original);
    const notices: string[] = [];
    const store = await openStore(dir.path, { now: fakeClock('2026-12-02T10:00:00.000Z').now, onNotice: (message) => notices.push(message) });
    expect((await store.read()).contacts[0]?.phones).toEqual([{ type: 'work', number: '+33144767500' }]);
    expect(await readFile(join(dir.path, 'backups', 'presskit.v1.2026-12-02T10-00-00-000Z.json'), 'utf8')).toBe(original);
    expect(notices[0]).toMatch(/^The data file was upgraded from format 1/);
    await store.close();
  });

  it('keeps each embargo with the zone it was printed in, the office’s, and leaves a release without one as it was', async () => {
    const v1: unknown = JSON.parse(await fixture('presskit-v1-embargo.json'));
    expect(versionOf(v1)).toBe(1);
    const data = StoreData.parse(migrate(v1, 1));
    expect(data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(data.releases[0]?.embargo).toEqual({ at: '2019-08-27T10:30:00+03:00', zone: 'Europe/Moscow' });
    expect(data.settings.timeZone).toBe('Europe/Moscow');
    const plain: unknown = JSON.parse(await fixture('presskit-v1.json'));
    expect(StoreData.parse(migrate(plain, 1)).releases[0]?.embargo).toBeNull();
  });

  it('upgrades a version 1 folder with an embargo on open', async () => {
    dir = await tempDir();
    await writeFile(join(dir.path, 'presskit.json'), await fixture('presskit-v1-embargo.json'));
    const store = await openStore(dir.path);
    expect((await store.read()).releases[0]?.embargo).toEqual({ at: '2019-08-27T10:30:00+03:00', zone: 'Europe/Moscow' });
    await store.close();
  });
});
