import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../../main/api/app';
import { dispatch } from '../../../main/api/dispatch';
import { tempDir } from '../../helpers/cli';

let counter = 0;
const clock = { now: () => new Date('2026-12-02T10:00:00Z'), newId: () => `id-${(counter += 1)}` };
const opened: App[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((a) => a.close()));
});

async function app(): Promise<App> {
  const instance = await openApp({ dataDir: tempDir(), clock });
  opened.push(instance);
  return instance;
}

const pascale = {
  name: 'Pascale Bresson',
  roles: { fr: 'Attachée de presse', en: 'Press officer' },
  organisation: 'CNES',
  email: 'pascale.bresson@cnes.fr',
  phones: [
    { type: 'work', number: '01 44 76 75 39' },
    { type: 'mobile', number: '06.12.34.56.78' },
  ],
};

/** A 600 x 400 photo, larger than a vCard needs. */
function photoPng(): Uint8Array {
  const png = new PNG({ width: 600, height: 400 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([30, 90, 200, 255], i);
  return new Uint8Array(PNG.sync.write(png));
}

describe('contacts through the contract', () => {
  it('stores a number typed in any common form in E.164, read in the contact’s country', async () => {
    const { api } = await app();
    const created = await dispatch(api, 'contacts.create', { contact: pascale });
    expect(created).toMatchObject({ ok: true, value: { country: 'FR', phones: [{ type: 'work', number: '+33144767539' }, { type: 'mobile', number: '+33612345678' }] } });
    const id = (created as { value: { id: string } }).value.id;
    const moved = await dispatch(api, 'contacts.update', { id, changes: { country: 'RU', phones: [{ type: 'work', number: '8 (495) 123-45-67' }] } });
    expect(moved).toMatchObject({ ok: true, value: { phones: [{ type: 'work', number: '+74951234567' }] } });
  });

  it('refuses a number that is no phone number, in a sentence of ours, and stores nothing', async () => {
    const { api } = await app();
    const refused = await dispatch(api, 'contacts.create', { contact: { ...pascale, phones: [{ type: 'work', number: 'poste 4242' }] } });
    expect(refused).toEqual({
      ok: false,
      error: {
        kind: 'bad-input',
        code: 'phone.invalid',
        params: { number: 'poste 4242' },
        message: '« poste 4242 » is not a phone number: type it as it is dialled, e.g. 01 44 76 75 39 or +33 1 44 76 75 39.',
      },
    });
    expect(await api['contacts.list']({})).toEqual([]);
  });

  it('exports vCards 3.0 by default and 4.0 on request, each with its photo as a 256 px JPEG', async () => {
    const { api } = await app();
    const { name } = await api['images.save']({ bytes: photoPng() });
    await dispatch(api, 'contacts.create', { contact: { ...pascale, photo: name } });
    const v3 = await dispatch(api, 'export.vcard', { language: 'en' });
    const text3 = (v3 as { value: { text: string } }).value.text.replace(/\r\n /g, '');
    expect(text3).toMatch(/^VERSION:3\.0\r$/mu);
    expect(text3).toContain('TITLE:Press officer\r\n');
    expect(text3).toContain('TEL;TYPE=CELL:+33612345678\r\n');
    const photo = /^PHOTO;ENCODING=b;TYPE=JPEG:(.+)\r$/mu.exec(text3)?.[1] ?? '';
    const decoded = jpeg.decode(Buffer.from(photo, 'base64'));
    expect([decoded.width, decoded.height]).toEqual([256, 256]);

    const v4 = await dispatch(api, 'export.vcard', { version: 4 });
    const text4 = (v4 as { value: { text: string } }).value.text.replace(/\r\n /g, '');
    expect(text4).toMatch(/^VERSION:4\.0\r$/mu);
    expect(text4).toContain('TITLE:Attachée de presse\r\n');
    expect(text4).toMatch(/^PHOTO:data:image\/jpeg;base64,[A-Za-z0-9+/=]+\r$/mu);
    expect(await dispatch(api, 'export.vcard', { version: 2 })).toMatchObject({ ok: false, error: { kind: 'bad-input' } });
  });

  it('refuses a vCard export whose photo is missing or damaged, naming the contact or the photo', async () => {
    const { api } = await app();
    await dispatch(api, 'contacts.create', { contact: { ...pascale, photo: `${'a'.repeat(64)}.png` } });
    expect(await dispatch(api, 'export.vcard', {})).toMatchObject({
      ok: false,
      error: { kind: 'not-found', code: 'contactPhoto.missing', message: 'The photo of Pascale Bresson is missing from the data folder; choose it again on the contact’s card, then export.' },
    });
    const truncated = photoPng().subarray(0, 200);
    const { name } = await api['images.save']({ bytes: truncated });
    const [contact] = await api['contacts.list']({});
    await dispatch(api, 'contacts.update', { id: contact?.id, changes: { photo: name } });
    expect(await dispatch(api, 'export.vcard', {})).toMatchObject({ ok: false, error: { code: 'export.imageDamaged', params: { context: 'photo' } } });
  });
});
