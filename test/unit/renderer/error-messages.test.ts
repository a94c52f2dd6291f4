// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../renderer/src/api';
import { createI18n } from '../../../renderer/src/i18n';
import { en } from '../../../renderer/src/i18n/en';
import { fr } from '../../../renderer/src/i18n/fr';
import { freshArchivePerTest } from './render-app';

const api = freshArchivePerTest();

async function refusal(): Promise<unknown> {
  const { client } = api();
  await client.demo.seed({});
  return client.releases.delete({ ref: 'CP124-2019' }).then(
    () => new Error('the delete was not refused'),
    (error: unknown) => error,
  );
}

describe('main’s refusals in the interface’s language', () => {
  it('says in French what main refused, with its values, when the interface is in French', async () => {
    createI18n('fr');
    expect(errorMessage(await refusal(), 'repli')).toBe('CP124-2019 fait partie du dossier de presse «\u202fMAKS 2019\u202f»\u00a0: retirez-le d’abord du dossier.');
  });

  it('keeps main’s English sentence in English, and main’s words where no translation exists', async () => {
    createI18n('en');
    const error = await refusal();
    expect(errorMessage(error, 'fallback')).toBe('CP124-2019 is part of the kit « MAKS 2019 »: remove it from the kit first.');
    expect(errorMessage(error, 'fallback')).toBe((error as Error).message);
    createI18n('fr');
    expect(errorMessage(Object.assign(new Error('A sentence main has not named.'), { code: 'nothing.like.this' }), 'repli')).toBe('A sentence main has not named.');
    expect(errorMessage('not an error', 'repli')).toBe('repli');
  });

  it('words every sentence in both languages', () => {
    const keys = (tree: object, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`)));
    expect(keys(en.main)).toEqual(keys(fr.main));
  });
});

describe('the importer’s refusals in French', () => {
  it('names the file and says what to do', async () => {
    createI18n('fr');
    const refused = await api()
      .client.releases.import({ files: [{ name: 'photo.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) }] })
      .catch((error: unknown) => error);
    expect(errorMessage(refused, 'repli')).toBe('«\u202fphoto.png\u202f» est une image, pas un communiqué\u00a0: importez des fichiers .md, .txt, .docx ou .presskit.json.');
  });
});

describe('the typesetter’s and the boundary’s refusals in French', () => {
  const refused = (call: Promise<unknown>) => call.then(() => new Error('the call was not refused'), (error: unknown) => error);

  it('names a character the brand’s fonts cannot print', async () => {
    createI18n('fr');
    const { client } = api();
    await client.demo.seed({});
    const release = await client.releases.get({ ref: 'CP124-2019' });
    const error = await refused(client.preview.render({ release: { ...release, title: 'Lancement 🚀 réussi' } }));
    expect(errorMessage(error, 'repli')).toBe(
      'Le caractère « 🚀 » (U+1F680) ne peut pas être imprimé avec les polices de l’identité\u00a0: remplacez-le, ou choisissez dans Identité une police qui le contient.',
    );
  });

  it('names the fields of a request the boundary refused', async () => {
    createI18n('fr');
    const error = await refused(api().client.contacts.create({ contact: { name: '', email: 'pas une adresse' } } as never));
    expect(errorMessage(error, 'repli')).toMatch(/^PressKit Studio a refusé des valeurs inutilisables \(.*contact\..*\)\. Vérifiez les champs et réessayez\.$/u);
  });
});
