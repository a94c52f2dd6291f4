import { describe, expect, it, vi } from 'vitest';
import { UserError } from '../../../main/core/errors';
import { wordDetail } from '../../../main/core/wording';
import { isBundleFileName, parseBundle, serializeBundle, type PresskitBundle } from '../../../main/core/import';
import { Contact, Kit, Release } from '../../../main/core/schema';
import { bytesOf } from './fixtures';

const PHOTO = `${'a'.repeat(64)}.jpg`;
const COVER = `${'b'.repeat(64)}.png`;
const AT = '2019-08-27T10:00:00+02:00';

function sampleBundle(): PresskitBundle {
  const contact = Contact.parse({ id: 'c1', name: 'Pascale Bresson', email: 'pascale.bresson@cnes.fr', phones: [{ number: '+33144767539' }], photo: PHOTO });
  const release = Release.parse({
    id: 'r1',
    ref: 'CP124-2019',
    language: 'fr',
    date: '2019-08-27',
    title: 'Coopération spatiale entre la France et la Russie',
    body: [{ type: 'paragraph', content: [{ text: 'Mardi 27 août 2019, ' }, { text: 'à Moscou', bold: true }] }],
    contactIds: ['c1'],
    createdAt: AT,
    updatedAt: AT,
  });
  const kit = Kit.parse({
    id: 'k1',
    name: 'Salon MAKS 2019',
    event: { name: 'MAKS' },
    language: 'fr',
    cover: { title: 'MAKS 2019', image: COVER },
    items: [{ type: 'release', releaseId: 'r1' }, { type: 'contacts' }],
    contactIds: ['c1'],
    output: {},
    createdAt: AT,
    updatedAt: AT,
  });
  return {
    format: 'presskit-bundle',
    version: 2,
    releases: [release],
    contacts: [contact],
    kits: [kit],
    images: [
      { name: PHOTO, bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]) },
      { name: COVER, bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 255]) },
    ],
  };
}

type Json = Record<string, unknown> & { releases: Array<Record<string, unknown>>; contacts: Array<Record<string, unknown>>; images: Array<{ name: string; base64: string }> };

function jsonOf(bundle: PresskitBundle): Json {
  return JSON.parse(new TextDecoder().decode(serializeBundle(bundle))) as Json;
}

function refusalOf(json: unknown, name = 'sauvegarde.presskit.json'): string {
  try {
    parseBundle(bytesOf(JSON.stringify(json)), { purpose: 'import', name });
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).message;
  }
  throw new Error('the bundle was accepted');
}

describe('the .presskit.json bundle', () => {
  it('round-trips releases, contacts, kits and image bytes', () => {
    const bundle = sampleBundle();
    const restored = parseBundle(serializeBundle(bundle), { purpose: 'restore' });
    expect(restored).toEqual({ ...bundle, images: [...bundle.images].sort((a, b) => (a.name < b.name ? -1 : 1)) });
  });

  it('reads an embargo written before it had a zone as the hour it was written with', () => {
    const json = jsonOf(sampleBundle());
    json.releases[0] = { ...json.releases[0], embargo: '2019-08-27T10:30:00+03:00' };
    const [release] = parseBundle(bytesOf(JSON.stringify(json)), { purpose: 'restore' }).releases;
    expect(release?.embargo).toEqual({ at: '2019-08-27T10:30:00+03:00', zone: 'Etc/GMT-3' });
  });

  it('writes the same bytes for the same content: pretty JSON, images sorted, base64', () => {
    const bundle = sampleBundle();
    const reversed = { ...bundle, images: [...bundle.images].reverse() };
    const bytes = serializeBundle(bundle);
    expect(serializeBundle(reversed)).toEqual(bytes);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('{\n  "format": "presskit-bundle",\n  "version": 2,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(jsonOf(bundle).images).toEqual([
      { name: PHOTO, base64: '/9j/4AAQSkZJRg==' },
      { name: COVER, base64: 'iVBORw0KGgoAAAANSUhEUv8=' },
    ]);
  });

  it('writes, image by image, the very bytes JSON.stringify would', () => {
    const bundle = sampleBundle();
    const json = jsonOf(bundle);
    expect(new TextDecoder().decode(serializeBundle(bundle))).toBe(`${JSON.stringify(json, null, 2)}\n`);
    expect(new TextDecoder().decode(serializeBundle({ ...bundle, images: [] }))).toBe(`${JSON.stringify({ ...json, images: [] }, null, 2)}\n`);
  });

  it('never decodes the bundle as one string, which could not hold a whole archive of gigabytes', () => {
    const bytes = serializeBundle(sampleBundle());
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    try {
      parseBundle(bytes, { purpose: 'restore' });
      const longest = Math.max(...decode.mock.calls.map(([input]) => (input as Uint8Array | undefined)?.byteLength ?? 0));
      // The largest piece is the releases; the images, together larger, are each read alone.
      expect(longest).toBeLessThan(bytes.byteLength / 2);
    } finally {
      decode.mockRestore();
    }
  });

  it('recognises bundle file names', () => {
    expect(isBundleFileName('Sauvegarde 2019.PRESSKIT.json')).toBe(true);
    expect(isBundleFileName('communique.json')).toBe(false);
  });

  it('refuses what is not a bundle', () => {
    expect(() => parseBundle(bytesOf('not json'), { purpose: 'import', name: 'x.presskit.json' })).toThrow('« x.presskit.json » cannot be imported: it is not a PressKit Studio bundle.');
    expect(() => parseBundle(new Uint8Array([0xff, 0xfe, 0x00]), { purpose: 'restore' })).toThrow('The bundle cannot be restored: it is not a PressKit Studio bundle.');
    expect(refusalOf({ format: 'other', version: 1 })).toMatch(/not a PressKit Studio bundle/);
  });

  it('says whether it refuses an import or a restore, in English and French', () => {
    const refused = (use: Parameters<typeof parseBundle>[1]): UserError => {
      try {
        parseBundle(bytesOf('{"format": "presskit-bundle", "version": 9}'), use);
      } catch (error) {
        return error as UserError;
      }
      throw new Error('the bundle was accepted');
    };
    const imported = refused({ purpose: 'import', name: 'x.presskit.json' });
    expect(imported.message).toBe('« x.presskit.json » cannot be imported: it was made by a newer PressKit Studio (bundle version 9); update the app to open it.');
    expect(wordDetail(imported.detail ?? {}, 'en')).toBe(imported.message);
    expect(wordDetail(imported.detail ?? {}, 'fr')).toBe(
      '«\u202fx.presskit.json\u202f» ne peut pas être importé\u00a0: il a été créé par une version plus récente de PressKit Studio (version 9 du format)\u202f; mettez l’application à jour pour l’ouvrir.',
    );
    const restored = refused({ purpose: 'restore' });
    expect(restored.message).toBe('The bundle cannot be restored: it was made by a newer PressKit Studio (bundle version 9); update the app to open it.');
    expect(wordDetail(restored.detail ?? {}, 'en')).toBe(restored.message);
    expect(wordDetail(restored.detail ?? {}, 'fr')).toMatch(/^Le fichier PressKit ne peut pas être restauré\u00a0: il a été créé/u);
  });

  it('refuses versions it does not know, saying so', () => {
    expect(refusalOf({ ...jsonOf(sampleBundle()), version: 3 })).toBe(
      '« sauvegarde.presskit.json » cannot be imported: it was made by a newer PressKit Studio (bundle version 3); update the app to open it.',
    );
    expect(refusalOf({ ...jsonOf(sampleBundle()), version: '1' })).toMatch(/its bundle version \("1"\) is unknown; this app opens version 2 bundles/);
  });

  it('reads a version 1 bundle, its contacts brought to today’s shape: roles per language, numbers in E.164', () => {
    const json = jsonOf(sampleBundle());
    const { roles: _roles, country: _country, ...contact } = json.contacts[0] ?? {};
    json.version = 1;
    json.contacts[0] = { ...contact, role: 'Attachée de presse', phones: [{ label: 'Portable', number: '06 12 34 56 78' }, { label: '', number: 'poste 12' }] };
    const bundle = parseBundle(bytesOf(JSON.stringify(json)), { purpose: 'restore' });
    expect(bundle.contacts[0]).toMatchObject({
      roles: { fr: 'Attachée de presse' },
      country: 'FR',
      phones: [{ type: 'mobile', number: '+33612345678' }],
      notes: 'Téléphone gardé tel qu’il a été tapé, faute d’avoir pu le lire comme un numéro\u00a0: poste 12',
    });
    const { version: _dropped, ...unversioned } = jsonOf(sampleBundle());
    expect(refusalOf(unversioned)).toMatch(/its bundle version \(–\) is unknown/);
  });

  it('validates the content against the schemas, and says where it is damaged', () => {
    const json = jsonOf(sampleBundle());
    json.releases[0] = { ...json.releases[0], date: '27/08/2019' };
    expect(refusalOf(json)).toBe('« sauvegarde.presskit.json » cannot be imported: it is damaged at releases[0].date.');
  });

  it('checks image names and bytes', () => {
    const badName = jsonOf(sampleBundle());
    badName.images[0] = { name: '../../etc/passwd', base64: 'AAAA' };
    expect(refusalOf(badName)).toMatch(/damaged at images\[0\]\.name\./);
    const notBase64 = jsonOf(sampleBundle());
    notBase64.images[0] = { name: PHOTO, base64: 'not base64!' };
    expect(refusalOf(notBase64)).toMatch(/the image a+\.jpg is damaged/);
    const wrongKind = jsonOf(sampleBundle());
    wrongKind.images[0] = { name: PHOTO, base64: 'iVBORw0KGgoAAAANSUhEUv8=' };
    expect(refusalOf(wrongKind)).toMatch(/the image a+\.jpg is damaged/);
  });

  it('checks that what the bundle refers to is in it, once', () => {
    const missingImage = jsonOf(sampleBundle());
    missingImage.images = missingImage.images.slice(1);
    expect(refusalOf(missingImage)).toMatch(/it refers to a+\.jpg, which it does not contain\./);
    const twice = jsonOf(sampleBundle());
    twice.releases.push({ ...twice.releases[0], id: 'r2' });
    expect(refusalOf(twice)).toMatch(/CP124-2019 \(fr\) appears twice in it\./);
    // A translation shares its source's reference: the same reference in another language is no duplicate.
    const translated = jsonOf(sampleBundle());
    translated.releases.push({ ...translated.releases[0], id: 'r2', language: 'en' });
    expect(() => parseBundle(bytesOf(JSON.stringify(translated)), { purpose: 'import', name: 'sauvegarde.presskit.json' })).not.toThrow();
    const noRelease = jsonOf(sampleBundle());
    noRelease.releases = [];
    expect(refusalOf(noRelease)).toMatch(/it refers to r1, which/);
  });
});
