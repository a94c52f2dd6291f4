import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../../main/api/app';
import { dispatch } from '../../../main/api/dispatch';
import type { Block } from '../../../main/core/schema';
import { tempDir } from '../../helpers/cli';
import { IPTC, jpegPhoto, largePhoto } from '../../helpers/photos';

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

function figure(image: string): Extract<Block, { type: 'figure' }> {
  return { type: 'figure', image, alt: '', caption: '', credit: '', width: 'column' };
}

describe('the media library', () => {
  it('keeps the original file byte for byte, with its size', async () => {
    const { api, store } = await demoApp();
    const bytes = await jpegPhoto({ width: 120, height: 80 });
    const media = await api['media.add']({ bytes, fileName: 'kourou.jpg' });
    expect(media).toMatchObject({ fileName: 'kourou.jpg', width: 120, height: 80, usedBy: [] });
    expect(readFileSync(join(store.dataDir, 'images', media.image))).toEqual(Buffer.from(bytes));
    expect((await api['images.get']({ name: media.image })).bytes).toEqual(bytes);
  });

  it('reads the caption, credit and date a photo desk wrote in IPTC, into the given language', async () => {
    const { api } = await demoApp();
    const bytes = await jpegPhoto({
      iptc: [
        [IPTC.caption, 'Lancement d’Ariane 6 à Kourou'],
        [IPTC.credit, '© CNES/ESA – S. Corvaja'],
        [IPTC.dateCreated, '20260315'],
      ],
    });
    const media = await api['media.add']({ bytes, fileName: 'ariane.jpg', language: 'ru' });
    expect(media.text).toEqual({ ru: { caption: 'Lancement d’Ariane 6 à Kourou', credit: '© CNES/ESA – S. Corvaja', alt: '' } });
    expect(media.date).toBe('2026-03-15');
  });

  it('takes the copyright notice as the credit when there is no credit, in the interface language by default', async () => {
    const { api } = await demoApp();
    const media = await api['media.add']({ bytes: await jpegPhoto({ iptc: [[IPTC.copyright, 'CNES 2026']] }), fileName: 'a.jpg' });
    expect(media.text).toEqual({ fr: { caption: '', credit: 'CNES 2026', alt: '' } });
  });

  it('accepts a 24-megapixel press photo of more than 10 MB, unchanged', async () => {
    const { api, store } = await demoApp();
    const bytes = await largePhoto();
    expect(bytes.length).toBeGreaterThan(10 * 1024 * 1024);
    const media = await api['media.add']({ bytes, fileName: 'maks.jpg' });
    expect(media).toMatchObject({ width: 6000, height: 4000 });
    expect(readFileSync(join(store.dataDir, 'images', media.image)).equals(Buffer.from(bytes))).toBe(true);
  }, 120_000);

  it('keeps one record for a photo added twice', async () => {
    const { api } = await demoApp();
    const bytes = await jpegPhoto();
    const first = await api['media.add']({ bytes, fileName: 'a.jpg' });
    const again = await api['media.add']({ bytes, fileName: 'b.jpg' });
    expect(again.id).toBe(first.id);
    expect(await api['media.list']({})).toHaveLength(1);
  });

  it('changes one language’s words without touching the others', async () => {
    const { api } = await demoApp();
    const media = await api['media.add']({ bytes: await jpegPhoto({ iptc: [[IPTC.caption, 'Au Bourget']] }), fileName: 'a.jpg', language: 'fr' });
    const changed = await api['media.update']({ id: media.id, changes: { text: { fr: { alt: 'Une fusée' }, en: { caption: 'At Le Bourget' } }, people: ['Jean Dupont'] } });
    expect(changed.text).toEqual({ fr: { caption: 'Au Bourget', credit: '', alt: 'Une fusée' }, en: { caption: 'At Le Bourget', credit: '', alt: '' } });
    expect(changed.people).toEqual(['Jean Dupont']);
  });

  it('learns from a release’s figure the words it lacks in that language, never replacing its own, for the next release', async () => {
    const { api } = await demoApp();
    const media = await api['media.add']({ bytes: await jpegPhoto({ iptc: [[IPTC.caption, 'Au Bourget']] }), fileName: 'a.jpg', language: 'fr' });
    const release = await api['releases.get']({ ref: 'CP124-2019' });
    const edited = { ...figure(media.image), caption: 'Sur le tarmac du Bourget', credit: '© CNES/S. Martin', alt: 'Une fusée sur le tarmac' };
    await api['releases.update']({ id: release.id, changes: { body: [edited, ...release.body] } });
    const [learnt] = await api['media.list']({});
    // The caption the library had stays; the credit and alt text it lacked in French come from the figure.
    expect(learnt?.text).toEqual({ fr: { caption: 'Au Bourget', credit: '© CNES/S. Martin', alt: 'Une fusée sur le tarmac' } });

    // A release in another language fills that language only; spaces are no words.
    const english = await api['releases.translate']({ id: release.id, language: 'en' });
    await api['releases.update']({ id: english.id, changes: { body: [{ ...figure(media.image), caption: 'At Le Bourget', credit: '  ' }] } });
    expect((await api['media.list']({}))[0]?.text).toEqual({
      fr: { caption: 'Au Bourget', credit: '© CNES/S. Martin', alt: 'Une fusée sur le tarmac' },
      en: { caption: 'At Le Bourget', credit: '', alt: '' },
    });

    // Words the library has are not overwritten by a later edit.
    await api['releases.update']({ id: english.id, changes: { body: [{ ...figure(media.image), caption: 'Le Bourget, 27 August', credit: '© CNES' }] } });
    expect((await api['media.list']({}))[0]?.text.en).toEqual({ caption: 'At Le Bourget', credit: '© CNES', alt: '' });
  });

  it('says where a photo is used and refuses to delete it then, with a sentence', async () => {
    const { api } = await demoApp();
    const media = await api['media.add']({ bytes: await jpegPhoto(), fileName: 'a.jpg' });
    const release = await api['releases.get']({ ref: 'CP124-2019' });
    await api['releases.update']({ id: release.id, changes: { body: [...release.body, figure(media.image)] } });
    expect((await api['media.list']({}))[0]?.usedBy).toEqual(['CP124-2019']);

    const refused = await dispatch(api, 'media.delete', { id: media.id });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'media.inUse', params: { refs: 'CP124-2019' } } });
    expect(await api['media.list']({})).toHaveLength(1);

    await api['releases.update']({ id: release.id, changes: { body: release.body } });
    await api['media.delete']({ id: media.id });
    expect(await api['media.list']({})).toEqual([]);
  });

  it('carries the library and the figures’ images in a backup, and brings them back on restore', async () => {
    const { api } = await demoApp();
    const media = await api['media.add']({ bytes: await jpegPhoto({ iptc: [[IPTC.caption, 'Kourou']] }), fileName: 'a.jpg' });
    const release = await api['releases.get']({ ref: 'CP124-2019' });
    await api['releases.update']({ id: release.id, changes: { body: [...release.body, figure(media.image)] } });
    const backup = await api['bundle.export']({});

    const other = await openApp({ dataDir: tempDir() });
    opened.push(other);
    await other.api['bundle.restore']({ bytes: backup.bytes });
    expect((await other.api['media.list']({})).map(({ id, image, text, usedBy }) => ({ id, image, text, usedBy }))).toEqual([
      { id: media.id, image: media.image, text: media.text, usedBy: ['CP124-2019'] },
    ]);
    expect((await other.api['images.get']({ name: media.image })).bytes.length).toBeGreaterThan(0);
  });

  it('adds a colleague’s photos on import, keeping the words of a photo already in the library', async () => {
    const { api } = await demoApp();
    const shared = await api['media.add']({ bytes: await jpegPhoto({ color: '#aa0000' }), fileName: 'shared.jpg' });
    const own = await api['media.add']({ bytes: await jpegPhoto({ color: '#00aa00' }), fileName: 'own.jpg' });
    await api['media.update']({ id: shared.id, changes: { text: { fr: { caption: 'Sa légende' } } } });
    const bundle = await api['bundle.export']({});

    const other = await openApp({ dataDir: tempDir() });
    opened.push(other);
    const mine = await other.api['media.add']({ bytes: await jpegPhoto({ color: '#aa0000' }), fileName: 'mine.jpg' });
    await other.api['media.update']({ id: mine.id, changes: { text: { fr: { caption: 'Ma légende' } } } });
    await other.api['releases.import']({ files: [{ name: 'colleague.presskit.json', bytes: bundle.bytes }] });
    const library = await other.api['media.list']({});
    expect(library.map((media) => [media.image, media.text.fr?.caption]).sort()).toEqual(
      [
        [shared.image, 'Ma légende'],
        [own.image, ''],
      ].sort(),
    );
  });
});
